using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace FindingsGen.Benchmarks;

/// <summary>
/// A deterministic synthetic study for benchmarks: transcripts of alternating interviewer and participant
/// turns drawn from a fixed pseudo-vocabulary, and quotations sampled from participant turns (10–40 words,
/// one in five with an elision). The same seed always gives the same files.
/// </summary>
public sealed class SyntheticCorpus
{
    public required string Manifest { get; init; }
    public required string Page { get; init; }
    public required IReadOnlyList<(string Participant, string Text)> Transcripts { get; init; }
    public int QuotationCount { get; init; }

    /// <summary>The quotations as the page writes them, one fenced div each.</summary>
    public IReadOnlyList<string> QuotationBlocks => Page.Split("\n\n").Where(b => b.StartsWith(":::", StringComparison.Ordinal)).ToList();

    public long TranscriptBytes => Transcripts.Sum(t => (long)Encoding.UTF8.GetByteCount(t.Text));
    public long TranscriptWords => Transcripts.Sum(t => (long)t.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);

    public static SyntheticCorpus Generate(int seed = 20261125, int transcripts = 100, int wordsEach = 8000, int quotations = 1000)
    {
        var random = new Random(seed);
        var vocabulary = Vocabulary(random, 6000);
        var texts = new List<(string, string)>();
        var participantTurns = new List<(string Participant, string[] Words)>();
        for (int t = 0; t < transcripts; t++)
        {
            string id = "P" + (t + 1).ToString("000", CultureInfo.InvariantCulture);
            var builder = new StringBuilder();
            int words = 0;
            while (words < wordsEach)
            {
                var question = Sentence(random, vocabulary, 8, 20);
                builder.Append("I: ").Append(string.Join(' ', question)).Append('\n');
                var answer = Enumerable.Range(0, random.Next(2, 8)).SelectMany(_ => Sentence(random, vocabulary, 6, 24)).ToArray();
                builder.Append(id).Append(": ");
                for (int w = 0; w < answer.Length; w++)
                {
                    builder.Append(answer[w]);
                    builder.Append(w % 14 == 13 ? '\n' : ' '); // reflowed lines, as transcribers write them
                }
                builder.Append('\n');
                participantTurns.Add((id, answer));
                words += question.Length + answer.Length;
            }
            texts.Add((id, builder.ToString()));
        }

        var page = new StringBuilder("# Synthetic theme {#synthetic .theme}\n\n## Synthetic subtheme {#synthetic-sub .subtheme}\n\n");
        for (int q = 0; q < quotations; q++)
        {
            var (participant, turn) = participantTurns[random.Next(participantTurns.Count)];
            int length = random.Next(10, 41);
            if (turn.Length < length + 12) length = Math.Max(4, turn.Length - 12);
            int start = random.Next(0, turn.Length - length);
            string quote;
            if (q % 5 == 0 && length >= 12)
            {
                int split = length / 2;
                int skipped = random.Next(1, 8);
                quote = string.Join(' ', turn.Skip(start).Take(split)) + " [...] " + string.Join(' ', turn.Skip(start + split + skipped).Take(length - split));
            }
            else
            {
                quote = string.Join(' ', turn.Skip(start).Take(length));
            }
            page.Append("::: {.quote from=").Append(participant).Append("}\n").Append(quote).Append("\n:::\n\n");
        }

        var manifest = new StringBuilder("title: Synthetic benchmark study\nparticipants:\n");
        foreach (var (id, _) in texts) manifest.Append("  ").Append(id).Append(": {}\n");
        manifest.Append("transcripts:\n  path: transcripts/{id}.*\n  interviewer: [I]\nrules: { FG0008: none }\n");
        return new SyntheticCorpus { Manifest = manifest.ToString(), Page = page.ToString(), Transcripts = texts, QuotationCount = quotations };
    }

    /// <summary>About <paramref name="words"/> words of prose from the corpus's vocabulary (no quantifiers, so no FG0003).</summary>
    public static string Prose(Random random, int words)
    {
        var vocabulary = ProseVocabulary.Value; // the same words every call: made once (it was most of writing a 1,000-page study)
        var text = new StringBuilder();
        int written = 0;
        while (written < words)
        {
            var sentence = Sentence(random, vocabulary, 8, 24);
            text.Append(string.Join(' ', sentence)).Append(' ');
            written += sentence.Length;
            if (random.Next(6) == 0) text.Append("\n\n");
        }
        return text.ToString().TrimEnd();
    }

    /// <summary>
    /// A study for <c>findings check</c> at scale (bench/check-large.sh): <paramref name="transcripts"/> transcripts of
    /// ~<paramref name="wordsEach"/> words and <paramref name="quotations"/> quotations, on pages of 100 quotations each
    /// (well inside the page size limit), every quotation traced. Returns the corpus, for its size.
    /// </summary>
    public static SyntheticCorpus WriteCheckStudy(string folder, int transcripts, int wordsEach, int quotations)
    {
        var corpus = Generate(transcripts: transcripts, wordsEach: wordsEach, quotations: quotations);
        corpus.WriteTo(folder);
        File.Delete(Path.Combine(folder, "results.md"));
        var quotes = corpus.QuotationBlocks;
        var pages = new List<string>();
        for (int p = 0; p * 100 < quotes.Count; p++)
        {
            string name = "p" + (p + 1).ToString("0000", CultureInfo.InvariantCulture) + ".md";
            pages.Add(name);
            string heading = $"# Theme {p + 1} {{#t{p + 1} .theme}}\n\n## Subtheme {p + 1} {{#s{p + 1} .subtheme}}\n\n";
            File.WriteAllText(Path.Combine(folder, name), heading + string.Join("\n\n", quotes.Skip(p * 100).Take(100)) + "\n");
        }
        File.AppendAllText(Path.Combine(folder, "findings.yml"), "pages: [" + string.Join(", ", pages) + "]\n");
        return corpus;
    }

    public void WriteTo(string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "transcripts"));
        File.WriteAllText(Path.Combine(folder, "findings.yml"), Manifest);
        File.WriteAllText(Path.Combine(folder, "results.md"), Page);
        foreach (var (id, text) in Transcripts) File.WriteAllText(Path.Combine(folder, "transcripts", id + ".txt"), text);
    }

    private static readonly Lazy<string[]> ProseVocabulary = new(() => Vocabulary(new Random(7), 6000));

    private static string[] Vocabulary(Random random, int size)
    {
        const string consonants = "bcdfghjklmnprstvwz";
        const string vowels = "aeiou";
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < size)
        {
            int syllables = random.Next(1, 4);
            var builder = new StringBuilder();
            for (int s = 0; s < syllables; s++) builder.Append(consonants[random.Next(consonants.Length)]).Append(vowels[random.Next(vowels.Length)]);
            if (random.Next(3) == 0) builder.Append(consonants[random.Next(consonants.Length)]);
            words.Add(builder.ToString());
        }
        return words.ToArray();
    }

    private static string[] Sentence(Random random, string[] vocabulary, int min, int max)
    {
        int n = random.Next(min, max + 1);
        var words = new string[n];
        for (int i = 0; i < n; i++)
        {
            // Zipf-like: common words much more often, as in speech.
            double u = random.NextDouble();
            words[i] = vocabulary[(int)(Math.Pow(u, 3) * vocabulary.Length)];
        }
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        if (random.Next(4) == 0) words[random.Next(n)] += ",";
        words[n - 1] += random.Next(6) == 0 ? "?" : ".";
        return words;
    }
}
