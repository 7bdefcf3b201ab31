using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Manifest;

namespace FindingsGen.Language;

/// <summary>
/// The FG0202 diagnostics for a page (or a <c>pages:</c> entry) a host could not hand over as text. They are plain
/// <see cref="Diagnostic"/>s, the one shape every problem takes, made here so that every host words them the same way.
/// </summary>
public static class FileProblem
{
    /// <summary>An FG0202 at its rule's default severity (the manifest's overrides apply later, with every other diagnostic).</summary>
    public static Diagnostic At(SourceLocation location, string message) =>
        new(RuleTable.FG0202, RuleTable.FG0202.DefaultSeverity, location, message);

    /// <summary>
    /// The problem for a page the host refused to read (<paramref name="problem"/> names it): at its
    /// <c>pages:</c> entry when listed, else at the file.
    /// </summary>
    public static Diagnostic RefusedPage(string page, PageEntry? entry, string problem) => At(
        entry is null ? new SourceLocation(page, 1, 1, 1, 1) : new SourceLocation(StudyManifest.FileName, entry.Line, entry.Column, entry.Line, entry.Column + entry.Length),
        $"the page {problem}; it is not read");
}
