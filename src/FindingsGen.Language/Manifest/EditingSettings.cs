using System.Collections.Generic;

namespace FindingsGen.Language.Manifest;

/// <summary>
/// The manifest's <c>editing:</c> section: the editing of quotations that the study's Method declares. Only what is
/// declared is tolerated when a quotation is matched, and the site states it as a sentence of method.
/// </summary>
public sealed class EditingSettings
{
    /// <summary>
    /// Fillers that may be left out of a quotation without an elision mark, as written in the manifest (each one word
    /// or a short phrase such as "you know"); empty when none are declared.
    /// </summary>
    public IReadOnlyList<string> Fillers { get; internal set; } = new string[0];

    /// <summary>True when an immediately repeated word or phrase ("I was, I was") may be quoted once.</summary>
    public bool Repetitions { get; internal set; }

    /// <summary>True when anything is declared.</summary>
    public bool DeclaresAny => Fillers.Count > 0 || Repetitions;
}
