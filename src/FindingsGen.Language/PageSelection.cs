using System;
using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Manifest;

namespace FindingsGen.Language;

/// <summary>Which files of a study are its pages, as <see cref="StudyLayout.Select"/> decided.</summary>
public sealed class PageSelection
{
    internal PageSelection(IReadOnlyList<string> pages, IReadOnlyDictionary<string, PageEntry> listed, IReadOnlyList<Diagnostic> problems, IReadOnlyList<string> unlisted)
    {
        Pages = pages;
        Listed = listed;
        Problems = problems;
        Unlisted = unlisted;
    }

    /// <summary>The pages to read, in reading order (study-relative, forward slashes).</summary>
    public IReadOnlyList<string> Pages { get; }
    /// <summary>The <c>pages:</c> entry of each listed page, for locating a missing one.</summary>
    public IReadOnlyDictionary<string, PageEntry> Listed { get; }
    /// <summary>FG0202 problems found in the selection itself: a transcript listed as a page, a study without pages.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }
    /// <summary>Page files that <c>pages:</c> does not list: not read, reported as FG0203.</summary>
    public IReadOnlyList<string> Unlisted { get; }

    /// <summary>
    /// Hands <paramref name="input"/> the selection and the pages' texts, deciding for both hosts what a page that is
    /// not read is: one that is a transcript (<paramref name="transcriptOf"/> names it, by what the file is) is no page,
    /// an FG0202 when listed; one the host could not read comes with <paramref name="read"/>'s problem; one missing is
    /// an FG0202 at its <c>pages:</c> entry when listed. <paramref name="read"/> returns the text, or a problem, or
    /// neither when the file does not exist.
    /// </summary>
    public void ReadInto(StudyInput input, Func<string, string?> transcriptOf, Func<string, PageEntry?, (string? Text, Diagnostic? Problem)> read)
    {
        input.PageProblems.AddRange(Problems);
        input.UnlistedPages.AddRange(Unlisted.Where(p => transcriptOf(p) is null));
        foreach (var page in Pages)
        {
            PageEntry? entry = Listed.TryGetValue(page, out var listedEntry) ? listedEntry : null;
            if (transcriptOf(page) is { } transcript)
            {
                // A transcript found by the walk is simply not a page, as one in the transcripts folder is not; a listed one is an error.
                if (entry is not null) input.PageProblems.Add(StudyLayout.TranscriptPage(entry, transcript));
                continue;
            }
            var (text, problem) = read(page, entry);
            if (text is not null) input.Pages.Add(new KeyValuePair<string, string>(page, text));
            else if (problem is not null) input.PageProblems.Add(problem);
            else if (entry is not null) input.PageProblems.Add(StudyLayout.MissingPage(entry));
        }
    }
}
