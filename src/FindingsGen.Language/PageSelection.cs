using System.Collections.Generic;
using FindingsGen.Language.Manifest;

namespace FindingsGen.Language;

/// <summary>Which files of a study are its pages, as <see cref="StudyLayout.Select"/> decided.</summary>
public sealed class PageSelection
{
    internal PageSelection(IReadOnlyList<string> pages, IReadOnlyDictionary<string, PageEntry> listed, IReadOnlyList<FileProblem> problems, IReadOnlyList<string> unlisted)
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
    public IReadOnlyList<FileProblem> Problems { get; }
    /// <summary>Page files that <c>pages:</c> does not list: not read, reported as FG0203.</summary>
    public IReadOnlyList<string> Unlisted { get; }
}
