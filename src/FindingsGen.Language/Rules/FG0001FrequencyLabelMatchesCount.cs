using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Manifest;
using FindingsGen.Language.Text;

namespace FindingsGen.Language.Rules;

/// <summary>FG0001: a frequency label whose range on the study's scale does not hold the number of participants in <c>of=</c>.</summary>
internal sealed class FG0001FrequencyLabelMatchesCount : IStudyRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0001", "Frequency label does not match the participants cited", Severity.Error, "Claims");

    /// <inheritdoc />
    public Rule Descriptor => Definition;

    /// <inheritdoc />
    public void Check(RuleContext context, DiagnosticList diagnostics)
    {
        // No scale, no label or no of=: FG0002 and FG0009 say why the claim cannot be counted.
        if (context.Manifest.Frequency is not { } scale) return;
        foreach (var claim in context.Study.Claims)
        {
            if (claim.Of is null) continue;
            var words = WordTokenizer.Split(claim.Text);
            var label = words.Count == 0 ? null : ScaleMatcher.Match(scale, words, 0);
            if (label is null) continue;
            var distinct = claim.Of.Select(p => p.Id).Distinct().ToList();
            if (label.Range.Contains(distinct.Count)) continue;
            string written = string.Join(" ", words.Take(label.Words.Length).Select(w => w.Text));
            diagnostics.Add(Definition, claim.Location,
                $"'{written}' means {label.Range} {Participants(label.Range)} on this study's scale, but {distinct.Count} {(distinct.Count == 1 ? "is" : "are")} cited" +
                (distinct.Count > 0 ? $" ({string.Join(", ", distinct)})" : "") +
                $"; use the label that fits {distinct.Count}{Suggest(scale, distinct.Count)} or correct of=");
        }
    }

    private static string Participants(CountRange range) => range.Max == 1 && range.Min == 1 ? "participant" : "participants";

    private static string Suggest(IReadOnlyList<FrequencyLabel> scale, int count)
    {
        var fits = scale.Where(l => l.Range.Contains(count)).Select(l => "'" + l.Label + "'").ToList();
        return fits.Count == 0 ? "" : " (" + string.Join(" or ", fits) + ")";
    }
}
