using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using BenchmarkDotNet.Attributes;
using FindingsGen.Analyzers;
using FindingsGen.Language;
using FindingsGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FindingsGen.Benchmarks;

/// <summary>
/// The analyzer as the compiler server runs it: a 50-page study (20 quotations a page) traced against the
/// synthetic transcripts, re-analysed after one page changed. The transcripts' indexes stay cached in the
/// server process between runs, as they would between builds or keystrokes.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private CSharpCompilation compilation = null!;
    private ImmutableArray<AdditionalText> baseFiles;
    private InMemoryAdditionalText[] editedPage = null!;
    private MetadataOptionsProvider options = null!;
    private int run;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = SyntheticCorpus.Generate(quotations: 1000);
        var files = new List<AdditionalText>();
        var metadata = new Dictionary<string, Dictionary<string, string>>();
        string manifest = corpus.Manifest.Replace("rules: { FG0008: none }", "rules: { FG0008: none }\npages: [" + string.Join(", ", Enumerable.Range(1, 50).Select(i => $"p{i:00}.md")) + "]");
        files.Add(new InMemoryAdditionalText("/study/findings.yml", manifest));
        var quotes = corpus.QuotationBlocks;
        for (int p = 0; p < 50; p++)
        {
            var page = new StringBuilder($"# Page {p} {{#page-{p}}}\n\n");
            foreach (var quote in quotes.Skip(p * 20).Take(20)) page.Append("Some prose around the quotation.\n\n").Append(quote).Append("\n\n");
            files.Add(new InMemoryAdditionalText($"/study/p{p + 1:00}.md", page.ToString()));
        }
        files.Add(new InMemoryAdditionalText("/study/obj/available", "x"));
        metadata["/study/obj/available"] = new() { ["build_metadata.AdditionalFiles." + HostFiles.Role] = HostFiles.Encode(HostFiles.AvailableRole) };
        foreach (var (id, text) in corpus.Transcripts)
        {
            string path = $"/study/transcripts/{id}.txt";
            files.Add(new InMemoryAdditionalText(path, text));
            metadata[path] = new()
            {
                ["build_metadata.AdditionalFiles." + HostFiles.Participant] = HostFiles.Encode(id),
                ["build_metadata.AdditionalFiles." + HostFiles.Format] = HostFiles.Encode("txt"),
                ["build_metadata.AdditionalFiles." + HostFiles.Name] = HostFiles.Encode(id + ".txt"),
            };
        }
        baseFiles = files.ToImmutableArray();
        var page7 = (InMemoryAdditionalText)files.Single(f => f.Path == "/study/p07.md");
        editedPage = new[] { new InMemoryAdditionalText(page7.Path, page7.Content + "\nAn added sentence.\n"), new InMemoryAdditionalText(page7.Path, page7.Content + "\nAnother added sentence.\n") };
        options = new MetadataOptionsProvider(metadata);
        compilation = CSharpCompilation.Create("Study", new[] { CSharpSyntaxTree.ParseText("class Study { }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) }, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Analyze(baseFiles); // the first build: indexes every transcript
    }

    private int Analyze(ImmutableArray<AdditionalText> files)
    {
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new FindingsAnalyzer()), new AnalyzerOptions(files, options));
        return withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult().Length;
    }

    /// <summary>One page edited since the last run; the server still holds the transcripts' indexes.</summary>
    [Benchmark]
    public int ReanalyseAfterEditingOnePage()
    {
        var edited = editedPage[run++ % 2];
        return Analyze(baseFiles.Select(f => f.Path == edited.Path ? edited : f).ToImmutableArray());
    }
}
