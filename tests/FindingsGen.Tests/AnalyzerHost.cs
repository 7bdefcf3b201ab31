using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FindingsGen.Analyzers;
using FindingsGen.Files;
using FindingsGen.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FindingsGen.Tests;

/// <summary>
/// Runs the analyzer as the compiler does for a study folder: its findings.yml, lock and Markdown as
/// AdditionalFiles, plus exactly the files and metadata the build step (BuildFiles.Collect) would add.
/// </summary>
public static class AnalyzerHost
{
    public sealed record Finding(string Id, string File, int Line, int Column, string Severity, string Message);

    public static async Task<List<Finding>> RunAsync(string studyFolder, string? transcriptsOverride = null, CancellationToken cancellation = default)
    {
        var texts = new List<AdditionalText>();
        var metadata = new Dictionary<AdditionalText, Dictionary<string, string>>();
        foreach (var name in new[] { "findings.yml", "findings.lock" })
        {
            string path = Path.Combine(studyFolder, name);
            if (File.Exists(path)) texts.Add(new FileText(path));
        }
        foreach (var md in Directory.GetFiles(studyFolder, "*.md", SearchOption.AllDirectories).OrderBy(p => p, System.StringComparer.Ordinal))
        {
            texts.Add(new FileText(md));
        }
        string obj = Path.Combine(Path.GetTempPath(), "fg-obj-" + System.Guid.NewGuid().ToString("N"));
        foreach (var file in BuildFiles.Collect(studyFolder, obj, transcriptsOverride))
        {
            texts.RemoveAll(t => t.Path == file.Path);
            var text = new FileText(file.Path);
            texts.Add(text);
            metadata[text] = file.Metadata.ToDictionary(p => "build_metadata.AdditionalFiles." + p.Key, p => HostFiles.Encode(p.Value));
        }

        var compilation = CSharpCompilation.Create("Study", new[] { CSharpSyntaxTree.ParseText("class Study { }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new AnalyzerOptions(texts.ToImmutableArray(), new Options(metadata));
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new FindingsAnalyzer()), options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellation);
        try { Directory.Delete(obj, true); } catch (IOException) { }
        return diagnostics.Select(d =>
        {
            var span = d.Location.GetLineSpan();
            string relative = Path.GetRelativePath(studyFolder, span.Path).Replace('\\', '/');
            return new Finding(d.Id, relative, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1,
                d.Severity.ToString().ToLowerInvariant(), d.GetMessage());
        }).OrderBy(f => f.File, System.StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.Id, System.StringComparer.Ordinal).ThenBy(f => f.Message, System.StringComparer.Ordinal).ToList();
    }

    private sealed class FileText : AdditionalText
    {
        private readonly SourceText text;

        public FileText(string path)
        {
            Path = path;
            // As Roslyn reads AdditionalFiles: UTF-8 (a BOM is fine).
            text = SourceText.From(File.ReadAllText(path), System.Text.Encoding.UTF8);
        }

        public override string Path { get; }
        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        private readonly Dictionary<AdditionalText, Dictionary<string, string>> metadata;

        public Options(Dictionary<AdditionalText, Dictionary<string, string>> metadata) => this.metadata = metadata;

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(new Dictionary<string, string>());
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Values(new Dictionary<string, string>());
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            new Values(metadata.TryGetValue(textFile, out var values) ? values : new Dictionary<string, string>());
    }

    private sealed class Values : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> values;

        public Values(Dictionary<string, string> values) => this.values = values;

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
