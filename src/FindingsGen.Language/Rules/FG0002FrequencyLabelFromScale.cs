using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Manifest;
using FindingsGen.Language.Text;

namespace FindingsGen.Language.Rules;

/// <summary>
/// FG0002: a <c>.freq</c> span that does not begin with a label of the study's scale. Findings with frequency claims
/// and no scale at all are one FG0201 at the manifest instead (reported here, once, as no claim can be checked).
/// </summary>
internal sealed class FG0002FrequencyLabelFromScale : IStudyRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0002", "Frequency span without a label of the scale", Severity.Error, "Claims");

    /// <inheritdoc />
    public Rule Descriptor => Definition;

    /// <inheritdoc />
    public void Check(RuleContext context, DiagnosticList diagnostics)
    {
        var study = context.Study;
        var scale = context.Manifest.Frequency;
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
            if (words.Count > 0 && ScaleMatcher.Match(scale!, words, 0) is not null) continue;
            diagnostics.Add(Definition, claim.Location,
                $"'{claim.Text.Trim()}' does not begin with a label of this study's frequency scale ({ScaleMatcher.Describe(scale!)}); start the span with one, or add the word to 'frequency' in findings.yml");
        }
    }
}
