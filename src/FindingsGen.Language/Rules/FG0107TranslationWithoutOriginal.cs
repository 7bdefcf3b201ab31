using System.Linq;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Manifest;
using FindingsGen.Language.Model;
using FindingsGen.Language.Text;

namespace FindingsGen.Language.Rules;

/// <summary>
/// FG0107: a quotation from a participant interviewed in another language than the findings must carry its
/// original words (they are what is traced); an original where the languages are the same is a warning.
/// </summary>
internal sealed class FG0107TranslationWithoutOriginal : IStudyRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0107", "Translated quotation without its original", Severity.Error, "Tracing");

    /// <inheritdoc />
    public Rule Descriptor => Definition;

    /// <summary>True when <paramref name="quotation"/> needs an original: one of its participants was interviewed in another language.</summary>
    public static bool NeedsOriginal(StudyManifest manifest, Quotation quotation) =>
        quotation.From.Select(f => manifest.FindParticipant(f.Id)).Any(p => p is not null && !LanguageNames.Same(manifest.InterviewLanguage(p), manifest.Language));

    /// <inheritdoc />
    public void Check(RuleContext context, DiagnosticList diagnostics)
    {
        var study = context.Study;
        var manifest = study.Manifest;
        foreach (var quotation in study.Quotations)
        {
            var participants = quotation.From.Select(f => manifest.FindParticipant(f.Id)).Where(p => p is not null).Select(p => p!).ToList();
            if (participants.Count == 0) continue;
            var foreign = participants.FirstOrDefault(p => !LanguageNames.Same(manifest.InterviewLanguage(p), manifest.Language));
            if (foreign is not null && quotation.Original is null)
            {
                string language = manifest.InterviewLanguage(foreign);
                diagnostics.Add(Definition, quotation.Text.Location,
                    $"{foreign.Id} was interviewed in {LanguageNames.Name(language)} ({language}) and the findings are in {LanguageNames.Name(manifest.Language)} ({manifest.Language}): " +
                    (quotation.IsBlock ? "add the original words in a ::: {.original} div inside the quotation" : "add the original words as original=\"…\"") +
                    "; the original is what is traced against the transcript");
            }
            else if (foreign is null && quotation.Original is { } original)
            {
                diagnostics.Add(Definition, Severity.Warning, original.Location,
                    $"this quotation has an original, but {string.Join(", ", participants.Select(p => p.Id))} {(participants.Count == 1 ? "was" : "were")} interviewed in the findings' language ({LanguageNames.Name(manifest.Language)}); " +
                    "remove the original, or set the interview language (transcripts.language, or a participant's language)");
            }
        }
    }
}
