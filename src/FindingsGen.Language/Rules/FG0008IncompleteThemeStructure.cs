using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Model;

namespace FindingsGen.Language.Rules;

/// <summary>FG0008: a theme with no subtheme, a subtheme with no quotation (warnings), a subtheme before any theme (error).</summary>
internal sealed class FG0008IncompleteThemeStructure : IStudyRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0008", "Incomplete theme structure", Severity.Warning, "Structure");

    /// <inheritdoc />
    public Rule Descriptor => Definition;

    /// <inheritdoc />
    public void Check(RuleContext context, DiagnosticList diagnostics)
    {
        var study = context.Study;
        foreach (var theme in study.Themes)
        {
            if (theme.Subthemes.Count == 0)
            {
                diagnostics.Add(Definition, theme.Location,
                    $"the theme '{theme.Title}' has no subtheme; add a heading with {{#id .subtheme}} under it, or make it a subtheme of another theme");
            }
        }
        foreach (var subtheme in study.Subthemes)
        {
            if (subtheme.Theme is null)
            {
                diagnostics.Add(Definition, Severity.Error, subtheme.Location,
                    $"the subtheme '{subtheme.Title}' comes before any theme; put a heading with {{#id .theme}} above it");
            }
            else if (subtheme.Quotations.Count == 0)
            {
                diagnostics.Add(Definition, subtheme.Location,
                    $"the subtheme '{subtheme.Title}' has no quotation; back it with at least one ::: {{.quote from=…}} or [\"…\"]{{.quote from=…}}");
            }
        }
    }
}
