using System;
using System.Collections.Generic;

namespace FindingsGen.Language.Manifest;

/// <summary>
/// The editing a study declares (<c>editing:</c>), as the sentence a Method section would state it: the site's report
/// and its COREQ item 29 say it, so what the checker tolerated is what the paper says was done.
/// </summary>
public static class EditingSentence
{
    /// <summary>
    /// "Fillers (um, uh) and repeated words were removed from quotations.", or the part of it that is declared;
    /// empty when nothing is declared (quotations are then verbatim with no editing at all).
    /// </summary>
    public static string Of(EditingSettings editing)
    {
        var fillers = new List<string>();
        foreach (string filler in editing.Fillers)
        {
            // The same filler written twice, or in two cases, is one filler of the sentence.
            if (!fillers.Exists(f => string.Equals(f, filler, StringComparison.OrdinalIgnoreCase))) fillers.Add(filler);
        }
        string? named = fillers.Count switch
        {
            0 => null,
            1 => $"The filler ({fillers[0]})",
            _ => $"Fillers ({string.Join(", ", fillers)})",
        };
        return (named, editing.Repetitions) switch
        {
            (null, false) => "",
            (null, true) => "Repeated words were removed from quotations.",
            (_, true) => named + " and repeated words were removed from quotations.",
            (_, false) => named + (fillers.Count == 1 ? " was" : " were") + " removed from quotations.",
        };
    }
}
