using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Model;
using FindingsGen.Language.Tracing;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>The tracing cache is the host's: what it keeps never changes an answer, and a host without one traces from scratch.</summary>
public sealed class TracingCacheTests
{
    private const string Manifest = "title: T\nparticipants: { T1: {}, T2: {} }\ntranscripts:\n  path: transcripts/{id}.*\n  interviewer: [I]\nrules: { FG0008: none }\n";

    private const string Page =
        "[\"the morning shift was the hardest part\"]{.quote from=T1}\n\n" +
        "[\"nobody ever told us why\"]{.quote from=T2}\n\n" +
        "[\"the evening shift was fine\"]{.quote from=T1}\n";

    private static TracingInput Input(TracingCache? cache, string t1 = "I: How was it?\nT1: Honestly the morning shift was the hardest part of it.\n") =>
        new()
        {
            TranscriptsAvailable = true,
            Cache = cache,
            Transcripts =
            {
                ["T1"] = new TranscriptSource("T1", "T1.txt", "txt", new string(t1.ToCharArray())), // a new string each time
                ["T2"] = new TranscriptSource("T2", "T2.txt", "txt", "I: And then?\nT2: Nobody ever told us why, not once.\n"),
            },
        };

    /// <summary>Every record (participant, outcome, lines, hash) and every diagnostic, one a line.</summary>
    private static string Trace(TracingInput input)
    {
        var manifest = FindingsChecker.ReadManifest(Manifest, new DiagnosticList());
        var study = StudyParser.Parse(manifest, new[] { new KeyValuePair<string, string>("results.md", Page) });
        var diagnostics = new DiagnosticList();
        var records = QuotationTracer.Trace(study, input, diagnostics);
        return string.Join("\n", records.Select(r => $"{r.Participant} {r.Status} {r.FirstLine}-{r.LastLine} {r.QuotationHash}")
            .Concat(diagnostics.Items.Select(d => d.ToString())));
    }

    private static int Verbatim(string traced) => traced.Split('\n').Count(line => line.Contains(" Verbatim "));

    [Fact]
    public void Tracing_with_no_cache_a_fresh_one_or_a_warm_one_gives_the_same_answer()
    {
        var fresh = Trace(Input(null));
        Assert.Equal(2, Verbatim(fresh)); // the evening shift is nowhere: a failure, never remembered
        var cache = new TracingCache();
        Assert.Equal(fresh, Trace(Input(cache)));
        Assert.Equal(fresh, Trace(Input(cache))); // warm: indexes and verbatim results from the run before
    }

    [Fact]
    public void A_kept_cache_finds_an_unchanged_transcript_by_content_and_indexes_a_changed_one_again()
    {
        var cache = new TracingCache();
        var first = Input(cache);
        var again = Input(cache); // the same words read again: another string
        Assert.Same(cache.Index(first.Transcripts["T1"], new[] { "I" }), cache.Index(again.Transcripts["T1"], new[] { "I" }));

        var edited = Input(cache, "I: How was it?\nT1: Honestly the evening shift was fine, the morning shift was the hardest part of it.\n");
        Assert.NotSame(cache.Index(first.Transcripts["T1"], new[] { "I" }), cache.Index(edited.Transcripts["T1"], new[] { "I" }));
        // The quotation that failed against the old transcript is found in the edited one: nothing stale is kept.
        Assert.Equal(3, Verbatim(Trace(edited)));
    }

    [Fact]
    public void A_full_cache_empties_and_goes_on_answering()
    {
        var cache = new TracingCache(transcripts: 1, verbatimResults: 1);
        var expected = Trace(Input(null));
        for (int i = 0; i < 3; i++) Assert.Equal(expected, Trace(Input(cache)));
    }
}
