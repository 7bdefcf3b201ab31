using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Tracing;
using Xunit;

namespace FindingsGen.Tests;

public sealed class TracingTests
{
    private const string Manifest = "title: T\nparticipants: { T1: {}, T2: {} }\ntranscripts:\n  path: transcripts/{id}.*\n  interviewer: [I]\nrules: { FG0008: none }\n";

    private static string[] Check(string page, params (string Name, string Text)[] transcripts) =>
        StudyRunner.Lines(StudyRunner.Check(Manifest, new[] { new KeyValuePair<string, string>("results.md", page) },
            transcripts.Select(t => new KeyValuePair<string, string>(t.Name, t.Text))));

    private static string Filler(int words) => string.Join(" ", Enumerable.Range(0, words).Select(i => "w" + i));

    [Fact]
    public void Segments_may_be_up_to_400_words_apart_but_not_more()
    {
        string near = "T1: The first part is here. " + Filler(400) + " The second part is here.\n";
        string far = "T1: The first part is here. " + Filler(401) + " The second part is here.\n";
        const string page = "[\"The first part is here [...] the second part is here\"]{.quote from=T1}\n";
        Assert.Empty(Check(page, ("T1.txt", near)));
        Assert.Equal(
            "results.md(1,3): error FG0101: the parts of this quotation are in T1's transcript (T1.txt, lines 1, 1) but more than 400 words apart; quote them as separate quotations",
            Assert.Single(Check(page, ("T1.txt", far))));
    }

    [Fact]
    public async System.Threading.Tasks.Task Many_elisions_against_a_repetitive_turn_are_traced_in_bounded_time()
    {
        // Each "a" matches 300 places: trying every placement of every segment took time exponential in the number
        // of elisions (5 elisions: over 30 s). A placement that failed once is not tried again.
        string transcript = "T1: " + string.Join(" ", Enumerable.Repeat("a", 300)) + " b\n";
        string quotation = string.Join(" ... ", Enumerable.Repeat("a", 12)) + " ... c";
        var tracing = System.Threading.Tasks.Task.Run(() => Check($"[\"{quotation}\"]{{.quote from=T1}}\n", ("T1.txt", transcript)));
        var first = await System.Threading.Tasks.Task.WhenAny(tracing, System.Threading.Tasks.Task.Delay(System.TimeSpan.FromSeconds(10)));
        Assert.True(first == tracing, "tracing did not end within 10 s");
        Assert.Contains("'c'", Assert.Single(await tracing));
        // And the one that is there is still found.
        Assert.Empty(Check($"[\"{string.Join(" ... ", Enumerable.Repeat("a", 12))} ... b\"]{{.quote from=T1}}\n", ("T1.txt", transcript)));
    }

    [Fact]
    public void A_segment_never_straddles_two_turns()
    {
        const string transcript = "T1: I went there\nI: Mm-hmm.\nT1: every single day.\n";
        Assert.Contains("FG0101", Assert.Single(Check("[\"I went there every single day\"]{.quote from=T1}\n", ("T1.txt", transcript))));
        Assert.Empty(Check("[\"I went there ... every single day\"]{.quote from=T1}\n", ("T1.txt", transcript)));
    }

    [Fact]
    public void Every_format_traces_to_the_right_lines()
    {
        var result = StudyRunner.Check(Manifest, new[] { new KeyValuePair<string, string>("results.md", "[\"kept going\"]{.quote from=T1} [\"lost track\"]{.quote from=T2}\n") },
            new[]
            {
                new KeyValuePair<string, string>("T1.vtt", "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n<v I>And then?</v>\n\n2\n00:00:02.000 --> 00:00:04.000\n<v T1>I just kept going.</v>\n"),
                new KeyValuePair<string, string>("T2.md", "I: And then?\n\nT2: I lost track\nof time.\n"),
            });
        Assert.Empty(result.Diagnostics);
        Assert.Equal(new[] { ("T1", TraceStatus.Verbatim, 9, 9), ("T2", TraceStatus.Verbatim, 3, 3) },
            result.Traces.Select(t => (t.Participant, t.Status, t.FirstLine, t.LastLine)));
        Assert.All(result.Traces, t => Assert.Matches("^[0-9a-f]{64}$", t.TranscriptHash));
    }

    [Fact]
    public void The_transcript_hash_is_of_the_speech_as_read_whatever_the_encoding_line_ends_and_time_marks()
    {
        const string page = "[\"kept going\"]{.quote from=T1}\n";
        string HashOf(string transcript) =>
            StudyRunner.Check(Manifest, new[] { new KeyValuePair<string, string>("results.md", page) }, new[] { new KeyValuePair<string, string>("T1.txt", transcript) })
                .Traces.Single().TranscriptHash!;
        string plain = HashOf("I: And then?\nT1: I kept going.\n");
        // Each turn's label, then its words as matching sees them.
        Assert.Equal(Sha256Hex.Of("I\u0001And then\nT1\u0001I kept going\n"), plain);
        Assert.Equal(plain, HashOf("\uFEFFI: And then?\r\nT1: I kept going.\r\n"));              // BOM and CRLF
        Assert.Equal(plain, HashOf("[00:00:01] I: And then? [00:00:03]\nT1: I kept going. #00:00:05-2#\n")); // time marks are not speech
        Assert.NotEqual(plain, HashOf("I: And then?\nT1: I kept on going.\n"));                       // a word changed
        Assert.NotEqual(plain, HashOf("Interviewer: And then?\nT1: I kept going.\n"));               // who spoke changed
    }

    [Fact]
    public void The_lock_hash_ignores_reflowing_and_quote_marks_but_not_words()
    {
        string Hash(string page) => StudyRunner.Check(Manifest, new[] { new KeyValuePair<string, string>("results.md", page) }, lockText: "version: 1\n").Traces[0].QuotationHash;
        string a = Hash("::: {.quote from=T1}\nI said \"no\"\nto it.\n:::\n");
        Assert.Equal(a, Hash("::: {.quote from=T1}\nI said \u201cno\u201d to it.\n:::\n"));
        Assert.NotEqual(a, Hash("::: {.quote from=T1}\nI said \"yes\" to it.\n:::\n"));
        Assert.NotEqual(a, Hash("::: {.quote from=T2}\nI said \"no\" to it.\n:::\n"));
    }

    [Fact]
    public void The_same_text_read_in_another_format_is_indexed_again()
    {
        // One string instance, handed over as a .txt (speech) and as a .vtt (no cues, so no speech at all).
        string shared = string.Concat("I: So?\n", "T1: I kept going.\n");
        var result = StudyRunner.Check(Manifest, new[] { new KeyValuePair<string, string>("results.md", "[\"I kept going\"]{.quote from=T1} [\"I kept going\"]{.quote from=T2}\n") },
            new[] { new KeyValuePair<string, string>("T1.txt", shared), new KeyValuePair<string, string>("T2.vtt", shared) });
        Assert.Equal(new[] { TraceStatus.Verbatim, TraceStatus.Misattributed }, result.Traces.Select(t => t.Status));
    }
}
