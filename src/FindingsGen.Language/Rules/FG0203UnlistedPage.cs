using System.Collections.Generic;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Manifest;

namespace FindingsGen.Language.Rules;

/// <summary>
/// FG0203: a page file in the study folder that <c>pages:</c> does not list, so nothing in it is checked or published.
/// The host finds such files (<see cref="PageSelection"/>); <see cref="FindingsChecker"/> reports them here.
/// </summary>
internal sealed class FG0203UnlistedPage : IRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0203", "Page file not read", Severity.Warning, "Manifest");

    /// <inheritdoc />
    public Rule Descriptor => Definition;

    /// <summary>Reports each page file (its path in the study folder) that <c>pages:</c> does not list.</summary>
    public static void Report(IEnumerable<string> unlisted, DiagnosticList diagnostics)
    {
        foreach (var page in unlisted)
        {
            diagnostics.Add(Definition, new SourceLocation(page, 1, 1, 1, 2), $"not read: list it in pages: or move it out ('{ManifestReader.Shorten(page)}' is not in pages:, so nothing in it is checked or published)");
        }
    }
}
