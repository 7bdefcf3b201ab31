using System;
using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Text;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>Word-level matching (LANGUAGE.md, "Matching a quotation"): the tokenizer, declared editing, the alignment's bounds, and a property test.</summary>
public sealed class MatchingTests
{
    private const string Manifest = "title: T\nparticipants: { T1: {}, T2: {} }\ntranscripts:\n  path: transcripts/{id}.*\n  interviewer: [I]\nrules: { FG0008: none }\n";

    private static string[] Check(string page, params (string Name, string Text)[] transcripts) => CheckWith(Manifest, page, transcripts);

    private static string[] CheckWith(string manifest, string page, params (string Name, string Text)[] transcripts) =>
        StudyRunner.Lines(StudyRunner.Check(manifest, new[] { new KeyValuePair<string, string>("results.md", page) },
            transcripts.Select(t => new KeyValuePair<string, string>(t.Name, t.Text))));

    [Theory]
    [InlineData("was—well—tired", "was well tired")]
    [InlineData("was – well – tired", "was well tired")]
    [InlineData("well-being", "well being")]
    [InlineData("I didn’t know the “rules”", "I didn't know the rules")]
    [InlineData("the therapists’ room, 'tis", "the therapists room tis")]
    [InlineData("«\u00A0bonjour\u00A0», dit-elle", "bonjour dit elle")]
    [InlineData("Cafe\u0301 au lait", "Café au lait")]
    [InlineData("3.5 days — £20", "3 5 days 20")]
    public void Words_are_letters_digits_and_in_word_apostrophes(string text, string words) =>
        Assert.Equal(words, WordTokenizer.MatchForm(text));

    [Fact]
    public void Declared_fillers_without_repetitions_leave_the_repetition_a_located_difference()
    {
        const string fillersOnly = Manifest + "editing:\n  fillers: [um, like]\n";
        const string both = Manifest + "editing:\n  fillers: [um, like]\n  repetitions: true\n";
        const string transcript = "I: And?\nT1: Honestly, I was, um, I was, like, completely done by March.\n";
        const string page = "[\"Honestly, I was completely done by March\"]{.quote from=T1}\n";
        Assert.Empty(CheckWith(both, page, ("T1.txt", transcript)));
        var repetition = Assert.Single(CheckWith(fillersOnly, page, ("T1.txt", transcript)));
        Assert.Contains("warning FG0104", repetition);
        // The closest passage starts at the repeated words, so "Honestly" is out of place there, though said before.
        Assert.Contains("'Honestly' (word 1) is not in the transcript at this point", repetition);
        // Without any declared editing, the undeclared filler is a difference too, located by the quotation's words.
        var undeclared = Assert.Single(Check(page, ("T1.txt", transcript)));
        Assert.Contains("warning FG0104", undeclared);
        Assert.Contains("after 'I was', 1 word is left out without an elision mark", undeclared);
        // A quotation may keep what was declared.
        Assert.Empty(CheckWith(both, "[\"Honestly, I was, um, I was, like, completely done by March\"]{.quote from=T1}\n", ("T1.txt", transcript)));
    }

    [Fact]
    public void A_declared_filler_is_tolerated_only_where_the_transcript_has_it()
    {
        const string manifest = Manifest + "editing:\n  fillers: [um]\n";
        const string transcript = "I: And?\nT1: It was hard, to be honest, at first.\n";
        // "um" is declared, but "to be honest" is not: leaving it out is still a difference.
        Assert.Contains("warning FG0104", Assert.Single(CheckWith(manifest, "[\"It was hard at first\"]{.quote from=T1}\n", ("T1.txt", transcript))));
    }

    private const string HouseTranscript =
        "I: How was the first year?\nT1: I was – well – tired. The rota changed every week, and nobody told us why. We learned to ask twice.\n";

    [Theory] // field cases apa-spaced-ellipsis and dash-spacing-house-style, and other samples of their kinds
    [InlineData("[\"The rota changed every week . . . nobody told us why\"]{.quote from=T1}")]
    [InlineData("[\"The rota changed every week, and nobody told us why. . . . We learned to ask twice\"]{.quote from=T1}")]
    [InlineData("[\"The rota changed every week.... We learned to ask twice\"]{.quote from=T1}")]
    [InlineData("[\"The rota changed (…) nobody told us why\"]{.quote from=T1}")]
    [InlineData("[\"The rota changed ( ... ) nobody told us why\"]{.quote from=T1}")]
    [InlineData("[\"The rota changed [ . . . ] nobody told us why\"]{.quote from=T1}")]
    [InlineData("[\"I was—well—tired\"]{.quote from=T1}")]
    [InlineData("[\"I was ― well ― tired\"]{.quote from=T1}")]
    [InlineData("[\"I was −well− tired\"]{.quote from=T1}")]
    [InlineData("[\"I was -- well -- tired\"]{.quote from=T1}")]
    [InlineData("[« I was – well – tired »]{.quote from=T1}")]
    [InlineData("[„I was – well – tired“]{.quote from=T1}")]
    [InlineData("::: {.quote from=T1}\n> I was—well—tired. The rota changed every week . . .  we learned to ask twice.\n:::")]
    public void House_styles_of_elisions_dashes_and_quote_marks_check_clean(string page) =>
        Assert.Empty(Check(page + "\n", ("T1.txt", HouseTranscript)));

    [Fact]
    public void The_lock_hash_is_of_words_and_a_lock_written_before_still_vouches_for_its_quotations()
    {
        const string page = "::: {.quote from=T1}\nI was—well—tired, and the \"rules\" were nowhere.\n:::\n";
        var traced = StudyRunner.Check(Manifest, new[] { new KeyValuePair<string, string>("results.md", page) }, lockText: "version: 1\n");
        var record = traced.Traces[0];
        // Dash spacing, punctuation and quote style do not change the hash; a word does.
        string Hash(string p) => StudyRunner.Check(Manifest, new[] { new KeyValuePair<string, string>("results.md", p) }, lockText: "version: 1\n").Traces[0].QuotationHash;
        Assert.Equal(record.QuotationHash, Hash("::: {.quote from=T1}\nI was – well – tired; and the ‘rules’ were nowhere\n:::\n"));
        Assert.NotEqual(record.QuotationHash, Hash("::: {.quote from=T1}\nI was – well – tired; and the ‘rules’ were everywhere\n:::\n"));

        // A lock written with the hash of before (whitespace and quote marks folded, punctuation kept) still counts.
        string legacy = FindingsGen.Language.Tracing.QuotationHash.Legacy(record.Quotation.Traced, "T1");
        Assert.NotEqual(legacy, record.QuotationHash);
        string Lock(string hash) => $"version: 1\nquotations:\n  - quote: {hash}\n    participant: \"T1\"\n    transcript: {new string('0', 64)}\n    lines: 2\n    match: verbatim\n";
        Assert.Empty(StudyRunner.Lines(StudyRunner.Check(Manifest, new[] { new KeyValuePair<string, string>("results.md", page) }, lockText: Lock(legacy))));
        Assert.Empty(StudyRunner.Lines(StudyRunner.Check(Manifest, new[] { new KeyValuePair<string, string>("results.md", page) }, lockText: Lock(record.QuotationHash))));
        Assert.Contains("FG0106", Assert.Single(StudyRunner.Lines(StudyRunner.Check(Manifest, new[] { new KeyValuePair<string, string>("results.md", page) }, lockText: Lock(new string('a', 64))))));
    }

    [Fact]
    public void Two_dots_are_not_an_elision()
    {
        Assert.Contains("after 'rota changed', 3 words are left out without an elision mark",
            Assert.Single(Check("[\"The rota changed . . nobody told us why\"]{.quote from=T1}\n", ("T1.txt", HouseTranscript))));
    }

    [Fact]
    public void A_long_quotation_against_a_long_transcript_is_aligned_in_bounded_time_and_memory()
    {
        // Before: an n×m table per turn, 1.6 GB for a 2,001-word quotation against a 200,000-word turn.
        var random = new Random(7);
        string Word() => "w" + random.Next(5000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        string transcript = "T1: " + string.Join(" ", Enumerable.Range(0, 200_000).Select(_ => Word())) + "\n";
        string quotation = string.Join(" ", Enumerable.Range(0, 2001).Select(_ => Word()));
        long before = GC.GetAllocatedBytesForCurrentThread();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = Check($"[\"{quotation}\"]{{.quote from=T1}}\n", ("T1.txt", transcript));
        watch.Stop();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Contains("error FG0101", Assert.Single(result));
        Assert.True(allocated < 400_000_000, $"allocated {allocated / 1_000_000} MB");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }

    private static readonly string[] Vocabulary =
    {
        "the", "ward", "was", "quiet", "at", "night", "and", "I", "didn't", "know", "anyone", "there", "nurses", "we",
        "called", "it", "handover", "hour", "nobody", "liked", "tired", "honestly", "patients", "doctor", "floor", "better",
    };

    private static readonly string[] Between = { " ", ", ", " — ", "—", " – ", "; ", ": ", " - ", "... ".Substring(3), "! ", "? " };

    [Fact]
    public void Random_quotations_with_random_punctuation_are_verbatim_and_one_changed_word_is_named_by_position()
    {
        var random = new Random(1313);
        for (int round = 0; round < 60; round++)
        {
            // A synthetic turn, and a quotation cut from it with every gap between words restyled.
            var words = Enumerable.Range(0, 60).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]).ToList();
            // A unique word per turn makes the quotation's place unambiguous.
            words[30] = "marker" + round;
            string transcript = "I: Go on.\nT1: " + string.Join(" ", words) + ".\n";
            int start = random.Next(20, 30), length = random.Next(8, 20);
            var cut = words.Skip(start).Take(length).ToList();
            string Styled(IReadOnlyList<string> ws) => string.Concat(ws.Select((w, i) => (i == 0 ? "" : Between[random.Next(Between.Length)])
                + (random.Next(6) == 0 ? "‘" + w + "’" : random.Next(6) == 0 ? "“" + w + "”" : w)));
            string quoted = Styled(cut);
            Assert.Empty(Check($"::: {{.quote from=T1}}\n{quoted}\n:::\n", ("T1.txt", transcript)));

            // One word changed, not the first (its case is free) nor the marker's neighbours: FG0104 names it and its position.
            int changed = random.Next(1, length);
            var edited = cut.ToList();
            edited[changed] = "zebra";
            var diagnostics = Check($"::: {{.quote from=T1}}\n{Styled(edited)}\n:::\n", ("T1.txt", transcript));
            Assert.Contains($"'zebra' (word {changed + 1}) is not in the transcript", Assert.Single(diagnostics));
            Assert.Contains("warning FG0104", diagnostics[0]);
        }
    }
}
