using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using BenchmarkDotNet.Attributes;
using FindingsGen.Analyzers;
using FindingsGen.Language;
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
    private InMemoryText[] editedPage = null!;
    private Options options = null!;
    private int run;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = SyntheticCorpus.Generate(quotations: 1000);
        var files = new List<AdditionalText>();
        var metadata = new Dictionary<string, Dictionary<string, string>>();
        string manifest = corpus.Manifest.Replace("rules: { FG0008: none }", "rules: { FG0008: none }\npages: [" + string.Join(", ", Enumerable.Range(1, 50).Select(i => $"p{i:00}.md")) + "]");
        files.Add(new InMemoryText("/study/findings.yml", manifest));
        var quotes = corpus.Page.Split("\n\n").Where(b => b.StartsWith(":::", System.StringComparison.Ordinal)).ToList();
        for (int p = 0; p < 50; p++)
        {
            var page = new StringBuilder($"# Page {p} {{#page-{p}}}\n\n");
            foreach (var quote in quotes.Skip(p * 20).Take(20)) page.Append("Some prose around the quotation.\n\n").Append(quote).Append("\n\n");
            files.Add(new InMemoryText($"/study/p{p + 1:00}.md", page.ToString()));
        }
        files.Add(new InMemoryText("/study/obj/available", "x"));
        metadata["/study/obj/available"] = new() { ["build_metadata.AdditionalFiles." + HostFiles.Role] = HostFiles.Encode(HostFiles.AvailableRole) };
        foreach (var (id, text) in corpus.Transcripts)
        {
            string path = $"/study/transcripts/{id}.txt";
            files.Add(new InMemoryText(path, text));
            metadata[path] = new()
            {
                ["build_metadata.AdditionalFiles." + HostFiles.Participant] = HostFiles.Encode(id),
                ["build_metadata.AdditionalFiles." + HostFiles.Format] = HostFiles.Encode("txt"),
                ["build_metadata.AdditionalFiles." + HostFiles.Name] = HostFiles.Encode(id + ".txt"),
            };
        }
        baseFiles = files.ToImmutableArray();
        var page7 = (InMemoryText)files.Single(f => f.Path == "/study/p07.md");
        editedPage = new[] { new InMemoryText(page7.Path, page7.Content + "\nAn added sentence.\n"), new InMemoryText(page7.Path, page7.Content + "\nAnother added sentence.\n") };
        options = new Options(metadata);
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

    private sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText text;

        public InMemoryText(string path, string content)
        {
            Path = path;
            Content = content;
            text = SourceText.From(content, Encoding.UTF8);
        }

        public string Content { get; }
        public override string Path { get; }
        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        private readonly Dictionary<string, Dictionary<string, string>> metadata;

        public Options(Dictionary<string, Dictionary<string, string>> metadata) => this.metadata = metadata;

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(new());
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Values(new());
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Values(metadata.TryGetValue(textFile.Path, out var v) ? v : new());
    }

    private sealed class Values : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> values;

        public Values(Dictionary<string, string> values) => this.values = values;

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
