using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using FindingsGen.Language;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Model;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Benchmarks;

/// <summary>
/// Tracing 1,000 quotations against 100 transcripts of ~8,000 words. Cold: read the files, hash and index
/// every transcript, trace, with a fresh <see cref="TracingCache"/> (as <c>check</c> and <c>build</c> do). Warm: the
/// cache <c>serve</c> keeps holds the transcripts (keyed by content hash) and one quotation changed since the last run.
/// </summary>
[MemoryDiagnoser]
public class TracingBenchmarks
{
    private string folder = "";
    private Study study = null!;
    private Study changed = null!;
    private TracingInput warmInput = null!;
    private readonly TracingCache warmCache = new();
    private SyntheticCorpus corpus = null!;

    [GlobalSetup]
    public void Setup()
    {
        corpus = SyntheticCorpus.Generate();
        folder = Path.Combine(Path.GetTempPath(), "findingsgen-bench-" + System.Environment.ProcessId);
        corpus.WriteTo(folder);
        var manifest = FindingsChecker.ReadManifest(corpus.Manifest, new DiagnosticList());
        study = StudyParser.Parse(manifest, new[] { new KeyValuePair<string, string>("results.md", corpus.Page) });
        int firstQuote = corpus.Page.IndexOf(":::\n", System.StringComparison.Ordinal) + 4;
        string edited = corpus.Page.Insert(corpus.Page.IndexOf('\n', firstQuote) , " and more");
        changed = StudyParser.Parse(manifest, new[] { new KeyValuePair<string, string>("results.md", edited) });
        warmInput = ReadTranscripts(1, warmCache);
        QuotationTracer.Trace(study, warmInput, new DiagnosticList());
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    private TracingInput ReadTranscripts(int parallelism, TracingCache? cache)
    {
        var input = new TracingInput { TranscriptsAvailable = true, Parallelism = parallelism, Cache = cache };
        foreach (var file in Directory.GetFiles(Path.Combine(folder, "transcripts")))
        {
            string id = Path.GetFileNameWithoutExtension(file);
            input.Transcripts[id] = new TranscriptSource(id, Path.GetFileName(file), "txt", File.ReadAllText(file));
        }
        return input;
    }

    /// <summary>Read, hash, index and trace everything, with an empty cache, indexing on every core as the CLI does.</summary>
    [Benchmark]
    public int ColdReadIndexAndTraceAll()
    {
        var diagnostics = new DiagnosticList();
        var records = QuotationTracer.Trace(study, ReadTranscripts(System.Environment.ProcessorCount, new TracingCache()), diagnostics);
        return records.Count + diagnostics.Items.Count;
    }

    /// <summary>The same on one thread and with no cache, as inside the compiler.</summary>
    [Benchmark]
    public int ColdReadIndexAndTraceAllSingleThreaded()
    {
        var diagnostics = new DiagnosticList();
        var records = QuotationTracer.Trace(study, ReadTranscripts(1, null), diagnostics);
        return records.Count + diagnostics.Items.Count;
    }

    /// <summary>Re-trace after one quotation changed; the host still holds the transcripts (watch mode).</summary>
    [Benchmark]
    public int WarmRetraceAfterOneQuotationChanged()
    {
        var diagnostics = new DiagnosticList();
        return QuotationTracer.Trace(changed, warmInput, diagnostics).Count + diagnostics.Items.Count;
    }

    /// <summary>Re-trace after one quotation changed, with the transcripts re-read (new strings, same content: found by hash).</summary>
    [Benchmark]
    public int WarmRetraceWithTranscriptsReread()
    {
        var diagnostics = new DiagnosticList();
        return QuotationTracer.Trace(changed, ReadTranscripts(1, warmCache), diagnostics).Count + diagnostics.Items.Count;
    }

    /// <summary>For the report: how the synthetic study traces.</summary>
    public static string Describe()
    {
        var b = new TracingBenchmarks();
        b.Setup();
        try
        {
            var diagnostics = new DiagnosticList();
            var records = QuotationTracer.Trace(b.study, b.ReadTranscripts(1, null), diagnostics);
            return $"{b.corpus.Transcripts.Count} transcripts, {b.corpus.TranscriptWords:N0} words, {b.corpus.TranscriptBytes:N0} bytes; " +
                   $"{b.study.Quotations.Count} quotations: {records.Count(r => r.Status == TraceStatus.Verbatim)} verbatim, {diagnostics.Items.Count} diagnostics";
        }
        finally
        {
            b.Cleanup();
        }
    }
}
