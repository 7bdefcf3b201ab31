using System;
using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Model;
using FindingsGen.Language.Text;

namespace FindingsGen.Language.Rules;

/// <summary>
/// FG0007: a phrase in quote marks in the prose that nearly matches a theme or subtheme title but differs
/// from it ("Stimulating and emotionally challenging work" for "Stimulating but emotionally challenging work"), in any
/// convention of quote marks that <see cref="QuotationMarks"/> knows (‘…’, «…», „…“, 「…」 and the rest).
/// </summary>
internal sealed class FG0007InconsistentThemeName : IStudyRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0007", "Theme or subtheme named inconsistently", Severity.Warning, "Structure");

    /// <inheritdoc />
    public Rule Descriptor => Definition;

    /// <inheritdoc />
    public void Check(RuleContext context, DiagnosticList diagnostics)
    {
        var study = context.Study;
        var titles = study.Themes.Select(t => (Kind: "theme", t.Id, t.Title))
            .Concat(study.Subthemes.Select(s => (Kind: "subtheme", s.Id, s.Title)))
            .Select(t => (t.Kind, t.Id, t.Title, Words: Words(t.Title)))
            .Where(t => t.Words.Count >= 2)
            .ToList();
        if (titles.Count == 0) return;

        foreach (var run in study.Prose)
        {
            string text = run.Text.Text;
            foreach (var quoted in QuotationMarks.Find(text, MaxPhraseLength))
            {
                // A phrase that runs across a claim or quotation span is not one phrase of prose.
                if (text.IndexOf(ProseRun.Placeholder, quoted.Start, quoted.End - quoted.Start) >= 0) continue;
                int start = quoted.Start, end = quoted.End;
                string phrase = text.Substring(quoted.InnerStart, quoted.InnerEnd - quoted.InnerStart);
                var words = Words(phrase);
                if (words.Count < 2) continue;
                if (titles.Any(t => t.Words.SequenceEqual(words, StringComparer.OrdinalIgnoreCase))) continue;

                foreach (var title in titles)
                {
                    int allowed = Math.Max(title.Words.Count, words.Count) >= 8 ? 2 : 1;
                    int distance = EditDistance.Words(words, title.Words, StringComparer.OrdinalIgnoreCase);
                    if (distance == 0 || distance > allowed) continue;
                    if (distance >= Math.Min(words.Count, title.Words.Count)) continue;
                    // At least two words in common: 'day shifts' is not a misquoted "Night shifts", only a phrase of its own.
                    if (Math.Max(words.Count, title.Words.Count) - distance < 2) continue;
                    var location = run.Page.Lines.Locate(run.Text.SourceOffset(start), run.Text.SourceEnd(end));
                    diagnostics.Add(Definition, location,
                        $"\"{phrase}\" nearly matches the {title.Kind} title \"{title.Title}\" (#{title.Id}) but differs by {(distance == 1 ? "one word" : distance + " words")}; did you mean \"{title.Title}\"? Name it exactly as its heading does, or link to it with [](#{title.Id})");
                    break;
                }
            }
        }
    }

    /// <summary>The words, in NFC, with every apostrophe straight: don’t and don't are the same word in a title.</summary>
    private static List<string> Words(string text) =>
        WordTokenizer.Split(text).Select(w => w.Text.Normalize(System.Text.NormalizationForm.FormC).Replace('\u2019', '\'').Replace('\u02BC', '\'')).ToList();

    /// <summary>Longer than any title worth quoting: a quote mark left open does not swallow the paragraph.</summary>
    private const int MaxPhraseLength = 300;
}
