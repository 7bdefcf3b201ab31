using System.Collections.Generic;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Model;

namespace FindingsGen.Language.Rules;

/// <summary>
/// FG0202: a page that is missing, not UTF-8 text, a transcript listed as a page, or past a page limit. The problems are
/// found while the host selects and reads the pages (<see cref="PageSelection"/>, <see cref="StudyLayout"/>) and while
/// parsing (<see cref="Page.OverLimit"/>); <see cref="FindingsChecker"/> reports them here.
/// </summary>
public sealed class FG0202MissingPage : IRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0202", "Missing or unreadable page", Severity.Error, "Manifest");

    /// <inheritdoc />
    public Rule Descriptor => Definition;

    /// <summary>Reports the pages the host could not read and those the parser stopped reading at a limit.</summary>
    public static void Report(IEnumerable<FileProblem> problems, IEnumerable<Page> pages, DiagnosticList diagnostics)
    {
        foreach (var problem in problems) diagnostics.Add(Definition, problem.Location, problem.Message);
        foreach (var page in pages)
        {
            if (page.OverLimit is { } limit) diagnostics.Add(Definition, limit.Location, limit.Message);
        }
    }
}
