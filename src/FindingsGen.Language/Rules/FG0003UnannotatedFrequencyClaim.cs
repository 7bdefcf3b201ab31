using System;
using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Manifest;
using FindingsGen.Language.Model;
using FindingsGen.Language.Text;

namespace FindingsGen.Language.Rules;

/// <summary>
/// FG0003: prose that counts participants without a <c>.freq</c> span. A quantifier (a scale label, a number
/// word, or many/several/few/a majority/a number of…) fires when it is followed by a quantifier noun
/// ("most participants", "two of the therapists") or stands alone as the subject of a reporting verb
/// ("Most described…"). Ordinary phrases ("some time ago", "most important", "one of the reasons") do not.
/// </summary>
internal sealed class FG0003UnannotatedFrequencyClaim : IStudyRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0003", "Unannotated frequency claim", Severity.Warning, "Claims");

    /// <inheritdoc />
    public Rule Descriptor => Definition;

    private static readonly string[][] BuiltInQuantifiers =
    {
        new[] { "a", "majority" }, new[] { "the", "majority" }, new[] { "a", "minority" }, new[] { "a", "number", "of" },
        new[] { "a", "few" }, new[] { "a", "handful" }, new[] { "many" }, new[] { "several" }, new[] { "few" },
        new[] { "all" }, new[] { "most" }, new[] { "some" }, new[] { "half" }, new[] { "none" }, new[] { "both" },
    };

    private static readonly HashSet<string> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    };

    // Words that may stand between a quantifier and its noun: "two of the therapists", "all our participants".
    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "these", "those", "our", "my", "interviewed", "other", "remaining", "included",
    };

    // A word before the quantifier that makes it something else: "at most", "the most", "no one", "any one".
    private static readonly HashSet<string> Blockers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "at", "no", "any", "every", "each", "this", "that", "which", "than", "for", "in", "a", "an", "of",
    };

    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "say", "says", "described", "describe", "reported", "report", "mentioned", "mention", "noted", "note",
        "pointed", "explained", "felt", "feel", "expressed", "stated", "spoke", "talked", "emphasised", "emphasized",
        "highlighted", "recalled", "reflected", "suggested", "indicated", "shared", "discussed", "admitted",
        "acknowledged", "agreed", "believed", "thought", "considered", "commented", "remarked", "told", "raised",
        "voiced", "experienced", "perceived", "wanted", "worried", "struggled", "preferred", "valued", "stressed",
        "argued", "claimed", "complained", "echoed", "insisted", "observed", "recounted", "referred", "viewed", "saw",
        "found", "spoke", "regarded", "identified", "linked", "attributed", "questioned", "doubted", "feared",
    };

    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "often", "still", "further", "even", "again", "instead", "likewise", "too",
    };

    /// <inheritdoc />
    public void Check(RuleContext context, DiagnosticList diagnostics)
    {
        var study = context.Study;
        var nouns = NounForms(study.Manifest.QuantifierNouns);
        var scale = study.Manifest.Frequency ?? Array.Empty<FrequencyLabel>();
        // Most words can begin no quantifier: one look-up rules them out before any phrase is compared.
        var firstWords = new HashSet<string>(NumberWords, StringComparer.OrdinalIgnoreCase);
        foreach (var q in BuiltInQuantifiers) firstWords.Add(q[0]);
        foreach (var label in scale) if (label.Words.Length > 0) firstWords.Add(label.Words[0]);
        var candidates = new WordSet(firstWords);
        foreach (var run in study.Prose)
        {
            string text = run.Text.Text;
            bool CanBegin(int start, int end) => candidates.Contains(text, start, end) || IsSmallNumber(text, start, end);
            // Most paragraphs hold no word that can begin a quantifier: they are scanned without making a string per word.
            if (!WordTokenizer.AnyWord(text, CanBegin)) continue;
            var words = WordTokenizer.Split(text);
            for (int i = 0; i < words.Count; i++)
            {
                if (!CanBegin(words[i].Start, words[i].End)) continue;
                int length = QuantifierLength(words, i, scale);
                if (length == 0) continue;
                if (i > 0 && Blockers.Contains(words[i - 1].Text) && WordTokenizer.OnlySpacesBetween(text, words[i - 1].End, words[i].Start)) continue;
                int end = ClaimEnd(text, words, i + length, nouns);
                if (end < 0) continue;

                var start = words[i];
                var last = words[end];
                string phrase = text.Substring(start.Start, last.End - start.Start);
                var label = ScaleMatcher.Match(scale, words, i);
                string quantifier = string.Join(" ", words.Skip(i).Take(length).Select(w => w.Text));
                string message = label is not null
                    ? $"'{phrase}' is a frequency claim without a .freq span; write [{quantifier}]{{.freq of=\"…\"}} with the participants it counts so it can be checked"
                    : $"'{phrase}' counts participants with '{quantifier}', which is not on this study's frequency scale{(scale.Count > 0 ? $" ({ScaleMatcher.Describe(scale)})" : "")}; use the label that applies and annotate it, e.g. [Most]{{.freq of=\"…\"}}";
                diagnostics.Add(Definition, run.Page.Lines.Locate(run.Text.SourceOffset(start.Start), run.Text.SourceEnd(last.End)), message);
                i = end;
            }
        }
    }

    private static int QuantifierLength(List<WordTokenizer.Word> words, int i, IReadOnlyList<FrequencyLabel> scale)
    {
        var label = ScaleMatcher.Match(scale, words, i);
        int best = label?.Words.Length ?? 0;
        foreach (var q in BuiltInQuantifiers)
        {
            if (q.Length <= best || i + q.Length > words.Count) continue;
            bool all = true;
            for (int k = 0; k < q.Length && all; k++) all = string.Equals(q[k], words[i + k].Text, StringComparison.OrdinalIgnoreCase);
            if (all) best = q.Length;
        }
        if (best == 0 && (NumberWords.Contains(words[i].Text) || IsSmallNumber(words[i].Text))) best = 1;
        return best;
    }

    /// <summary>A set of words that answers for a range of a string without cutting it out (case-insensitive).</summary>
    private sealed class WordSet
    {
        private readonly Dictionary<int, List<string>> byShape = new();

        public WordSet(IEnumerable<string> words)
        {
            foreach (var word in words)
            {
                if (word.Length == 0) continue;
                int shape = Shape(word, 0, word.Length);
                if (!byShape.TryGetValue(shape, out var list)) byShape[shape] = list = new List<string>();
                list.Add(word);
            }
        }

        public bool Contains(string text, int start, int end)
        {
            if (!byShape.TryGetValue(Shape(text, start, end), out var list)) return false;
            foreach (var word in list)
            {
                if (string.Compare(text, start, word, 0, end - start, StringComparison.OrdinalIgnoreCase) == 0) return true;
            }
            return false;
        }

        // Length and first letter: enough to rule out nearly every word with one dictionary look-up.
        private static int Shape(string text, int start, int end) => ((end - start) << 16) | char.ToUpperInvariant(text[start]);
    }

    private static bool IsSmallNumber(string word) => IsSmallNumber(word, 0, word.Length);

    private static bool IsSmallNumber(string text, int start, int end)
    {
        if (end - start > 3) return false;
        for (int i = start; i < end; i++) if (!char.IsDigit(text[i])) return false;
        return true;
    }

    /// <summary>Index of the claim's last word (the noun or the verb), or -1 when the quantifier does not count people.</summary>
    private static int ClaimEnd(string text, List<WordTokenizer.Word> words, int next, HashSet<string> nouns)
    {
        // "Q [of the …] NOUN"
        int j = next;
        int fillers = 0;
        while (j < words.Count && fillers <= 3 && Adjacent(text, words, j))
        {
            if (nouns.Contains(words[j].Text)) return j;
            if (!Fillers.Contains(words[j].Text)) break;
            fillers++;
            j++;
        }

        // "Q [of them] [adverb] VERB": the quantifier is the subject of a reporting verb.
        j = next;
        if (j + 1 < words.Count && words[j].Lower == "of" && (words[j + 1].Lower is "them" or "these" or "those") && Adjacent(text, words, j) && Adjacent(text, words, j + 1)) j += 2;
        if (j < words.Count && Adjacent(text, words, j) && (Adverbs.Contains(words[j].Text) || words[j].Lower.EndsWith("ly", StringComparison.Ordinal)) && j + 1 < words.Count && ReportingVerbs.Contains(words[j + 1].Text)) j++;
        if (j < words.Count && Adjacent(text, words, j) && ReportingVerbs.Contains(words[j].Text)) return j;
        return -1;
    }

    private static bool Adjacent(string text, List<WordTokenizer.Word> words, int j) =>
        j > 0 && WordTokenizer.OnlySpacesBetween(text, words[j - 1].End, words[j].Start);

    private static HashSet<string> NounForms(IReadOnlyList<string> nouns)
    {
        var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var noun in nouns)
        {
            string n = noun.Trim();
            if (n.Length == 0) continue;
            forms.Add(n);
            if (n.EndsWith("s", StringComparison.OrdinalIgnoreCase)) forms.Add(n.Substring(0, n.Length - 1));
            else forms.Add(n + "s");
        }
        return forms;
    }
}
