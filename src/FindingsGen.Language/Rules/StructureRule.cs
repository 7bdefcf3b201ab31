using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Model;

namespace FindingsGen.Language.Rules;

/// <summary>FG0008: a theme with no subtheme, a subtheme with no quotation (warnings), a subtheme before any theme (error).</summary>
public static class StructureRule
{
    /// <summary>Checks the theme structure.</summary>
    public static void Check(Study study, DiagnosticList diagnostics)
    {
        foreach (var theme in study.Themes)
        {
            if (theme.Subthemes.Count == 0)
            {
                diagnostics.Add(RuleTable.FG0008, theme.Location,
                    $"the theme '{theme.Title}' has no subtheme; add a heading with {{#id .subtheme}} under it, or make it a subtheme of another theme");
            }
        }
        foreach (var subtheme in study.Subthemes)
        {
            if (subtheme.Theme is null)
            {
                diagnostics.Add(RuleTable.FG0008, Severity.Error, subtheme.Location,
                    $"the subtheme '{subtheme.Title}' comes before any theme; put a heading with {{#id .theme}} above it");
            }
            else if (subtheme.Quotations.Count == 0)
            {
                diagnostics.Add(RuleTable.FG0008, subtheme.Location,
                    $"the subtheme '{subtheme.Title}' has no quotation; back it with at least one ::: {{.quote from=…}} or [\"…\"]{{.quote from=…}}");
            }
        }
    }
}
