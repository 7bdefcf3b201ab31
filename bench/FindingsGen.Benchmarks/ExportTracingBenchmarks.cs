using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FindingsGen.Files;
using FindingsGen.Language;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Manifest;
using FindingsGen.Language.Model;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Benchmarks;

/// <summary>
/// The tracing benchmark (<see cref="TracingBenchmarks"/>) with the corpus as transcription services export it:
/// half the transcripts Microsoft Teams <c>.docx</c> (a <c>Name   0:03</c> header paragraph, then the text), half
/// Zoom <c>.vtt</c> (numbered cues of about twelve words, the speaker's name inside each cue), the interviewer a
/// display name. Cold: read the files as the CLI does (the .docx extracted), hash, read layouts, index, trace.
/// </summary>
[MemoryDiagnoser]
public class ExportTracingBenchmarks
{
    private const string Interviewer = "Rowan Hale";
    private string folder = "";
    private StudyManifest manifest = null!;
    private Study study = null!;
    private Study changed = null!;
    private TracingInput warmInput = null!;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = SyntheticCorpus.Generate();
        folder = Path.Combine(Path.GetTempPath(), "findingsgen-bench-export-" + System.Environment.ProcessId);
        Directory.CreateDirectory(Path.Combine(folder, "transcripts"));
        string manifestText = corpus.Manifest.Replace("interviewer: [I]", $"interviewer: [I, {Interviewer}]");
        File.WriteAllText(Path.Combine(folder, "findings.yml"), manifestText);
        for (int t = 0; t < corpus.Transcripts.Count; t++)
        {
            var (id, text) = corpus.Transcripts[t];
            var turns = Turns(text);
            if (t % 2 == 0) File.WriteAllBytes(Path.Combine(folder, "transcripts", id + ".docx"), TeamsDocx(turns));
            else File.WriteAllText(Path.Combine(folder, "transcripts", id + ".vtt"), ZoomVtt(turns));
        }
        manifest = FindingsChecker.ReadManifest(manifestText, new DiagnosticList());
        study = StudyParser.Parse(manifest, new[] { new KeyValuePair<string, string>("results.md", corpus.Page) });
        int firstQuote = corpus.Page.IndexOf(":::\n", System.StringComparison.Ordinal) + 4;
        string edited = corpus.Page.Insert(corpus.Page.IndexOf('\n', firstQuote), " and more");
        changed = StudyParser.Parse(manifest, new[] { new KeyValuePair<string, string>("results.md", edited) });
        warmInput = ReadTranscripts(1, new TracingCache());
        QuotationTracer.Trace(study, warmInput, new DiagnosticList());
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    private TracingInput ReadTranscripts(int parallelism, TracingCache? cache = null)
    {
        var input = new TracingInput { Parallelism = parallelism, Cache = cache };
        TranscriptFolder.Read(folder, manifest, null, input);
        return input;
    }

    /// <summary>Read (extracting every .docx), hash, read layouts, index and trace everything, with an empty cache, on every core.</summary>
    [Benchmark]
    public int ColdReadIndexAndTraceAll()
    {
        var diagnostics = new DiagnosticList();
        return QuotationTracer.Trace(study, ReadTranscripts(System.Environment.ProcessorCount, new TracingCache()), diagnostics).Count + diagnostics.Items.Count;
    }

    /// <summary>Re-trace after one quotation changed; the host still holds the transcripts (watch mode).</summary>
    [Benchmark]
    public int WarmRetraceAfterOneQuotationChanged()
    {
        var diagnostics = new DiagnosticList();
        return QuotationTracer.Trace(changed, warmInput, diagnostics).Count + diagnostics.Items.Count;
    }

    /// <summary>For the report: how the exported study traces (every quotation should be verbatim).</summary>
    public static string Describe()
    {
        var b = new ExportTracingBenchmarks();
        b.Setup();
        try
        {
            var diagnostics = new DiagnosticList();
            var records = QuotationTracer.Trace(b.study, b.ReadTranscripts(1), diagnostics);
            return $"{Directory.GetFiles(Path.Combine(b.folder, "transcripts"), "*.docx").Length} Teams .docx + {Directory.GetFiles(Path.Combine(b.folder, "transcripts"), "*.vtt").Length} Zoom .vtt; " +
                   $"{b.study.Quotations.Count} quotations: {records.Count(r => r.Status == TraceStatus.Verbatim)} verbatim, {diagnostics.Items.Count} diagnostics";
        }
        finally
        {
            b.Cleanup();
        }
    }

    /// <summary>The synthetic transcript's turns (label, words), the interviewer renamed to a display name.</summary>
    private static List<(string Label, string[] Words)> Turns(string text)
    {
        var turns = new List<(string, List<string>)>();
        foreach (var line in text.Split('\n'))
        {
            int colon = line.IndexOf(": ", System.StringComparison.Ordinal);
            string label = colon > 0 && colon <= 4 ? line.Substring(0, colon) : "";
            if (label.Length > 0) turns.Add((label == "I" ? Interviewer : label, new List<string>()));
            string speech = label.Length > 0 ? line.Substring(colon + 2) : line;
            if (turns.Count > 0) turns[^1].Item2.AddRange(speech.Split(' ', System.StringSplitOptions.RemoveEmptyEntries));
        }
        return turns.Select(t => (t.Item1, t.Item2.ToArray())).ToList();
    }

    private static string Clock(int seconds) => $"{seconds / 60}:{seconds % 60:00}";

    private static byte[] TeamsDocx(List<(string Label, string[] Words)> turns)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            int seconds = 3;
            foreach (var (label, words) in turns)
            {
                body.AppendChild(new Paragraph(new Run(new Text($"{label}   {Clock(seconds)}") { Space = SpaceProcessingModeValues.Preserve })));
                body.AppendChild(new Paragraph(new Run(new Text(string.Join(' ', words)) { Space = SpaceProcessingModeValues.Preserve })));
                seconds += words.Length / 2 + 1;
            }
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static string ZoomVtt(List<(string Label, string[] Words)> turns)
    {
        var vtt = new StringBuilder("WEBVTT\n\n");
        int cue = 1;
        double at = 1;
        foreach (var (label, words) in turns)
        {
            for (int w = 0; w < words.Length; w += 12)
            {
                var chunk = words.Skip(w).Take(12).ToArray();
                double end = at + chunk.Length * 0.4;
                vtt.Append(cue++).Append('\n').Append(Time(at)).Append(" --> ").Append(Time(end)).Append('\n')
                   .Append(label).Append(": ").Append(string.Join(' ', chunk)).Append("\n\n");
                at = end + 0.2;
            }
        }
        return vtt.ToString();
    }

    private static string Time(double seconds)
    {
        var t = System.TimeSpan.FromSeconds(seconds);
        return string.Format(CultureInfo.InvariantCulture, "{0:00}:{1:00}:{2:00}.{3:000}", (int)t.TotalHours, t.Minutes, t.Seconds, t.Milliseconds);
    }
}
