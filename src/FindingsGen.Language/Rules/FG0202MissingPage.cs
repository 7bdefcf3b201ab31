using System.Collections.Generic;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Manifest;
using FindingsGen.Language.Model;

namespace FindingsGen.Language.Rules;

/// <summary>
/// FG0202: a page that is missing, not UTF-8 text, a transcript listed as a page, past a page limit, or whose YAML front
/// matter cannot be read. The problems are found while the host selects and reads the pages (<see cref="PageSelection"/>,
/// <see cref="StudyLayout"/>) and while parsing (<see cref="Page.OverLimit"/>, <see cref="Page.FrontMatterProblem"/>); <see cref="FindingsChecker"/> reports them here.
/// </summary>
public sealed class FG0202MissingPage : IRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0202", "Missing or unreadable page", Severity.Error, "Manifest");

    /// <inheritdoc />
    public Rule Descriptor => Definition;

    /// <summary>An FG0202 at its rule's default severity (the manifest's overrides apply later, with every other diagnostic).</summary>
    public static Diagnostic At(SourceLocation location, string message) => new(Definition, Definition.DefaultSeverity, location, message);

    /// <summary>
    /// The problem for a page the host refused to read (<paramref name="problem"/> names it): at its
    /// <c>pages:</c> entry when listed, else at the file. Every host words it this way.
    /// </summary>
    public static Diagnostic RefusedPage(string page, PageEntry? entry, string problem) => At(
        entry is null ? new SourceLocation(page, 1, 1, 1, 1) : new SourceLocation(StudyManifest.FileName, entry.Line, entry.Column, entry.Line, entry.Column + entry.Length),
        $"the page {problem}; it is not read");

    /// <summary>Reports the pages the host could not read, those the parser stopped reading at a limit, and front matter that cannot be read.</summary>
    public static void Report(IEnumerable<Diagnostic> problems, IEnumerable<Page> pages, DiagnosticList diagnostics)
    {
        diagnostics.AddRange(problems);
        foreach (var page in pages)
        {
            if (page.FrontMatterProblem is { } frontMatter) diagnostics.Add(frontMatter);
            if (page.OverLimit is { } limit) diagnostics.Add(limit);
        }
    }
}
