using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Manifest;
using FindingsGen.Language.Model;
using FindingsGen.Language.Text;

namespace FindingsGen.Language.Rules;

/// <summary>FG0001 (label vs count), FG0002 (no label of the scale) and FG0009 (nothing to count).</summary>
public static class FrequencyRules
{
    /// <summary>Checks every frequency claim.</summary>
    public static void Check(Study study, DiagnosticList diagnostics)
    {
        var scale = study.Manifest.Frequency;
        if (study.Claims.Count > 0 && scale is null)
        {
            var first = study.Claims[0].Location;
            diagnostics.Add(RuleTable.FG0201, SourceLocation.StartOf(StudyManifest.FileName),
                $"the findings use frequency claims ({first}) but findings.yml has no 'frequency' scale; add e.g. frequency: {{ all: 6, most: 4-5, some: 3 }}");
            return;
        }

        foreach (var claim in study.Claims)
        {
            var words = WordTokenizer.Split(claim.Text);
            var label = words.Count == 0 ? null : ScaleMatcher.Match(scale!, words, 0);
            if (label is null)
            {
                diagnostics.Add(RuleTable.FG0002, claim.Location,
                    $"'{claim.Text.Trim()}' does not begin with a label of this study's frequency scale ({ScaleMatcher.Describe(scale!)}); start the span with one, or add the word to 'frequency' in findings.yml");
                continue;
            }
            if (claim.Of is null)
            {
                diagnostics.Add(RuleTable.FG0009, claim.Location,
                    $"'{claim.Text.Trim()}' has no of= listing the participants it counts, so it cannot be checked; add e.g. of=\"T1 T2\"");
                continue;
            }

            var distinct = claim.Of.Select(p => p.Id).Distinct().ToList();
            if (label.Range.Contains(distinct.Count)) continue;
            string written = string.Join(" ", words.Take(label.Words.Length).Select(w => w.Text));
            diagnostics.Add(RuleTable.FG0001, claim.Location,
                $"'{written}' means {label.Range} {Participants(label.Range)} on this study's scale, but {distinct.Count} {(distinct.Count == 1 ? "is" : "are")} cited" +
                (distinct.Count > 0 ? $" ({string.Join(", ", distinct)})" : "") +
                $"; use the label that fits {distinct.Count}{Suggest(scale!, distinct.Count)} or correct of=");
        }
    }

    private static string Participants(CountRange range) => range.Max == 1 && range.Min == 1 ? "participant" : "participants";

    private static string Suggest(IReadOnlyList<FrequencyLabel> scale, int count)
    {
        var fits = scale.Where(l => l.Range.Contains(count)).Select(l => "'" + l.Label + "'").ToList();
        return fits.Count == 0 ? "" : " (" + string.Join(" or ", fits) + ")";
    }
}
