using System.Linq;
using FindingsGen.Language.Coding;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Model;
using FindingsGen.Language.Text;

namespace FindingsGen.Language.Rules;

/// <summary>
/// FG0502: the first frequency claim of a theme or subtheme whose heading names codes (the claim that states how many
/// participants the section speaks for) has a label whose count on the study's scale does not hold the number of
/// participants the coding shows under those codes. Later claims of the section speak of a part of it and are checked
/// by FG0001 and FG0501 only. Reported by <see cref="CodingCheck"/>, at the claim.
/// </summary>
internal sealed class FG0502CodedCountContradictsLabel : IRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0502", "Coded count contradicts the claim", Severity.Warning, "Coding");

    /// <inheritdoc />
    public Rule Descriptor => Definition;

    /// <summary>Checks each coded section's first claim against its coded count.</summary>
    internal static void Check(Study study, CodingScope scope, DiagnosticList diagnostics)
    {
        if (study.Manifest.Frequency is not { } scale) return;
        var ids = study.Manifest.Participants.Select(p => p.Id).ToList();
        foreach (var theme in study.Themes)
        {
            if (scope.Own(theme) is { } section) Check(study.Claims.FirstOrDefault(c => c.Theme == theme && c.Subtheme is null), section, scale, ids, scope, diagnostics);
        }
        foreach (var subtheme in study.Subthemes)
        {
            if (scope.Own(subtheme) is { } section) Check(study.Claims.FirstOrDefault(c => c.Subtheme == subtheme), section, scale, ids, scope, diagnostics);
        }
    }

    private static void Check(FrequencyClaim? claim, CodingSection section, System.Collections.Generic.IReadOnlyList<Manifest.FrequencyLabel> scale,
        System.Collections.Generic.List<string> ids, CodingScope scope, DiagnosticList diagnostics)
    {
        if (claim is null) return;
        var words = WordTokenizer.Split(claim.Text);
        var label = words.Count == 0 ? null : ScaleMatcher.Match(scale, words, 0);
        if (label is null) return; // FG0002 says the claim has no label
        var coded = scope.Facts.ParticipantsUnder(section.Codes, ids);
        if (label.Range.Contains(coded.Count)) return;
        string written = string.Join(" ", words.Take(label.Words.Length).Select(w => w.Text));
        var fits = scale.Where(l => l.Range.Contains(coded.Count)).Select(l => "'" + l.Label + "'").ToList();
        diagnostics.Add(Definition, claim.Location,
            $"'{written}' means {label.Range} on this study's scale, but {coded.Count} participant(s) are coded under '{CodeBook.Shown(section.Title)}' " +
            $"({section.CodeNames} in {scope.Facts.Source}{(coded.Count > 0 ? ": " + string.Join(", ", coded) : "")}); " +
            (fits.Count > 0 ? $"use {string.Join(" or ", fits)}, or say why the claim counts fewer" : "say why the claim counts another number") + ", or correct the coding");
    }
}
