using System.Collections.Generic;
using System.Linq;
using System.Text;
using FindingsGen.Language;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Model;
using FindingsGen.Language.Tracing;
using FindingsGen.Language.Transcripts;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// The transcript index holds UTF-8 bytes (issue 17): words beyond ASCII — accents, a decomposed accent, letters outside
/// the BMP, a first letter in the other case — match exactly as before, the speech hash is the hash of the same text,
/// and a transcript indexed and let go as the CLI reads it traces exactly as one that keeps its text.
/// </summary>
public sealed class Utf8IndexTests
{
    private const string Manifest = "title: T\nparticipants: { T1: {}, T2: {} }\ntranscripts:\n  path: transcripts/{id}.*\n  interviewer: [I]\nrules: { FG0008: none }\n";

    // Decomposed "é" (e + U+0301) in the transcript, composed in the page: NFC makes them one word.
    private const string T1 =
        "I: Comment ça va?\n" +
        "T1: Ça va, l'équipe était épuisée après la réunion.\n" +
        "I: 𝒜nd then?\n" +
        "T1: Then the 𝒜lpha team said naïve things about Zoë and the cafe\u0301 downstairs.\n" +
        "I: Anything else?\n" +
        "T1: Ελληνικά λόγια εδώ, και 日本語の言葉 too.\n";

    private const string T2 = "I: And you?\nT2: Élan was what we lacked, élan and time.\n";

    private const string Page =
        "[\"l'équipe était épuisée après la réunion\"]{.quote from=T1}\n\n" +     // accents, in-word apostrophe
        "[\"the 𝒜lpha team said naïve things\"]{.quote from=T1}\n\n" +          // a letter outside the BMP
        "[\"Zoë and the café downstairs\"]{.quote from=T1}\n\n" +               // composed here, decomposed there
        "[\"λόγια εδώ, και 日本語の言葉\"]{.quote from=T1}\n\n" +                  // Greek, then Japanese
        "[\"élan was what we lacked\"]{.quote from=T2}\n\n" +                    // first letter in the other case, not ASCII
        "[\"Élan and time\"]{.quote from=T2}\n\n" +                              // ... and the other way round
        "[\"ça va l'équipe\"]{.quote from=T1}\n\n" +                             // "Ça" in the transcript
        "[\"the 𝒜lpha team said wise things\"]{.quote from=T1}\n\n" +           // one word differs: aligned, not verbatim
        "[\"Elan was what we lacked\"]{.quote from=T2}\n";                       // an accent missing: not verbatim

    private static TracingInput Input(TracingCache? cache, bool release)
    {
        var input = new TracingInput { TranscriptsAvailable = true, Cache = cache };
        foreach (var (id, text) in new[] { ("T1", T1), ("T2", T2) })
        {
            var source = new TranscriptSource(id, id + ".txt", "txt", text);
            input.Transcripts[id] = release ? cache!.IndexAndRelease(source, new[] { "I" }, SpeakerRoles.DeclaredLabels(FindingsChecker.ReadManifest(Manifest, new DiagnosticList()))) : source;
        }
        return input;
    }

    private static string Trace(TracingInput input)
    {
        var manifest = FindingsChecker.ReadManifest(Manifest, new DiagnosticList());
        var study = StudyParser.Parse(manifest, new[] { new KeyValuePair<string, string>("results.md", Page) });
        var diagnostics = new DiagnosticList();
        var records = QuotationTracer.Trace(study, input, diagnostics);
        return string.Join("\n", records.Select(r => $"{r.Participant} {r.Status} {r.FirstLine}-{r.LastLine} {r.QuotationHash}")
            .Concat(diagnostics.Items.Select(d => d.ToString())));
    }

    [Fact]
    public void Words_beyond_ASCII_are_found_verbatim_on_their_lines_and_a_changed_word_is_not()
    {
        var lines = Trace(Input(null, release: false)).Split('\n');
        string[] statuses = lines.Take(9).Select(l => string.Join(" ", l.Split(' ').Take(3))).ToArray();
        Assert.Equal(new[]
        {
            "T1 Verbatim 2-2", "T1 Verbatim 4-4", "T1 Verbatim 4-4", "T1 Verbatim 6-6", "T2 Verbatim 2-2", "T2 Verbatim 2-2",
            "T1 Verbatim 2-2",
        }, statuses.Take(7));
        Assert.Equal(new[] { "T1 NearVerbatim 4-4", "T2 NearVerbatim 2-2" }, statuses.Skip(7));
        // The differing word is named from the quotation's own words.
        Assert.Contains(lines, l => l.Contains("FG0104") && l.Contains("wise"));
    }

    [Fact]
    public void A_transcript_indexed_and_let_go_traces_exactly_as_one_that_keeps_its_text()
    {
        string kept = Trace(Input(null, release: false));
        var cache = new TracingCache();
        var released = Input(cache, release: true);
        Assert.All(released.Transcripts.Values, s => Assert.True(s.Text is null && s.Readable && s.Indexed is not null));
        Assert.Equal(kept, Trace(released));
        Assert.Equal(kept, Trace(released)); // warm: the verbatim results remembered for the released sources too
        // The same content read again is found in the cache by its hash, and its index is the one kept.
        var again = Input(cache, release: true);
        Assert.Same(released.Transcripts["T1"].Indexed, again.Transcripts["T1"].Indexed);
    }

    [Fact]
    public void An_index_kept_for_other_labels_is_refused_not_used()
    {
        var cache = new TracingCache();
        var released = cache.IndexAndRelease(new TranscriptSource("T1", "T1.txt", "txt", T1), new[] { "Q" });
        Assert.Throws<System.InvalidOperationException>(() => cache.Index(released, new[] { "I" }));
        Assert.Same(released.Indexed, cache.Index(released, new[] { "Q" }));
    }

    [Fact]
    public void The_speech_hash_is_the_hash_of_each_turns_label_and_words_as_text()
    {
        var lines = TextTranscriptReader.Read(T1.Normalize(NormalizationForm.FormC));
        var index = TranscriptIndex.Build(lines);
        // The form the hash has always had: label, U+0001, the turn's words one space apart, a newline.
        var expected = new StringBuilder();
        for (int turn = 0; turn < index.TurnFirstToken.Length; turn++)
        {
            int first = index.TurnFirstToken[turn];
            int end = turn + 1 < index.TurnFirstToken.Length ? index.TurnFirstToken[turn + 1] : index.TokenCount;
            expected.Append(index.TurnSpeakers[turn]).Append('\u0001');
            expected.Append(string.Join(" ", Enumerable.Range(first, end - first).Select(index.TokenText)));
            expected.Append('\n');
        }
        Assert.Contains("𝒜lpha", expected.ToString());
        Assert.Contains("l'équipe", expected.ToString());
        Assert.Equal(Sha256Hex.Of(expected.ToString()), index.SpeechHash);
    }

    [Fact]
    public void The_index_holds_the_words_as_UTF_8_in_half_the_bytes_of_UTF_16_for_ASCII_speech()
    {
        string speech = string.Concat(Enumerable.Repeat("T1: the morning shift was the hardest part of it, honestly.\n", 200));
        var index = TranscriptIndex.Build(TextTranscriptReader.Read(speech));
        Assert.Equal(index.Length, index.Bytes.Length); // trimmed: no spare room kept in a cache
        Assert.True(index.Length < speech.Length, $"{index.Length} bytes for {speech.Length} characters");
        Assert.Equal("hardest", index.TokenText(5));
    }
    [Theory]
    [InlineData(0)]      // short words: 16-bit distances within blocks of 64 tokens
    [InlineData(70_000)] // a word longer than 64 KB: plain offsets
    public void Every_token_is_found_where_it_starts_whatever_the_word_lengths(int giantLength)
    {
        var words = Enumerable.Range(0, 300).Select(i => i == 100 && giantLength > 0 ? new string('x', giantLength) : "w" + i + (i % 3 == 0 ? "é" : "")).ToList();
        string speech = "T1: " + string.Join(" ", words.Take(150)) + "\nI: question here\nT1: " + string.Join(" ", words.Skip(150)) + "\n";
        var index = TranscriptIndex.Build(TextTranscriptReader.Read(speech));
        var tokens = Enumerable.Range(0, index.TokenCount).Select(index.TokenText).ToList();
        Assert.Equal(words.Take(150).Concat(new[] { "question", "here" }).Concat(words.Skip(150)), tokens);
        for (int t = 0; t < index.TokenCount; t++)
        {
            Assert.Equal(t, index.TokenAt(index.TokenStarts[t]));
            Assert.Equal(t, index.TokenAt(index.TokenEnd(t) - 1));
        }
        Assert.Equal(3, index.TurnFirstToken.Length);
    }
}
