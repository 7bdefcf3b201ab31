using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Model;

namespace FindingsGen.Language.Rules;

/// <summary>FG0005: a theme or subtheme heading with no ID, an ID that is not lower-case letters, digits and hyphens, or an ID used twice.</summary>
internal sealed class FG0005DuplicateOrMalformedId : IStudyRule
{
    private static readonly Regex IdPattern = new("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant);

    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0005", "Duplicate or malformed ID", Severity.Error, "Structure");

    /// <inheritdoc />
    public Rule Descriptor => Definition;

    /// <inheritdoc />
    public void Check(RuleContext context, DiagnosticList diagnostics)
    {
        var study = context.Study;
        foreach (var (kind, location) in study.UnnamedSections)
        {
            diagnostics.Add(Definition, location, $"this {kind} heading has no ID; add one, e.g. {{#my-{kind} .{kind}}}");
        }
        var first = new Dictionary<string, Anchor>(StringComparer.Ordinal);
        foreach (var anchor in study.Anchors)
        {
            if (!IdPattern.IsMatch(anchor.Id))
            {
                diagnostics.Add(Definition, anchor.Location,
                    $"the ID '{anchor.Id}' must use lower-case letters, digits and hyphens, starting with a letter or digit (e.g. '{Suggest(anchor.Id)}')");
            }
            if (first.TryGetValue(anchor.Id, out var earlier))
            {
                diagnostics.Add(Definition, anchor.Location,
                    $"the ID '{anchor.Id}' is already used by the {earlier.Kind} at {earlier.Location}; IDs must be unique across the study");
            }
            else
            {
                first[anchor.Id] = anchor;
            }
        }
    }

    private static string Suggest(string id)
    {
        // The site's slug of the ID, with runs of hyphens made one, as an ID is written.
        string s = Text.Slug.Of(id);
        while (s.Contains("--")) s = s.Replace("--", "-");
        return s.Length == 0 ? "my-id" : s;
    }
}
