using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Text;

namespace FindingsGen.Language.Rules;

/// <summary>FG0009: a <c>.freq</c> span with a label of the scale but no <c>of=</c>, so there is nothing to count.</summary>
internal sealed class FG0009UncheckableFrequencyClaim : IStudyRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0009", "Frequency claim that cannot be checked", Severity.Warning, "Claims");

    /// <inheritdoc />
    public Rule Descriptor => Definition;

    /// <inheritdoc />
    public void Check(RuleContext context, DiagnosticList diagnostics)
    {
        // Without a scale FG0002 reports the claims (as one FG0201); a span with no label is FG0002's, not this rule's.
        if (context.Manifest.Frequency is not { } scale) return;
        foreach (var claim in context.Study.Claims)
        {
            if (claim.Of is not null) continue;
            var words = WordTokenizer.Split(claim.Text);
            if (words.Count == 0 || ScaleMatcher.Match(scale, words, 0) is null) continue;
            diagnostics.Add(Definition, claim.Location,
                $"'{claim.Text.Trim()}' has no of= listing the participants it counts, so it cannot be checked; add e.g. of=\"T1 T2\"");
        }
    }
}
