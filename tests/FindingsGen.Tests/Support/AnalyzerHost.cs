using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FindingsGen.Analyzers;
using FindingsGen.Files;
using FindingsGen.Language;
using FindingsGen.Testing;
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
    // As Roslyn reads AdditionalFiles: UTF-8 (a BOM is fine).
    private static AdditionalText FromFile(string path) => new InMemoryAdditionalText(path, File.ReadAllText(path));

    public sealed record Finding(string Id, string File, int Line, int Column, string Severity, string Message);

    public static async Task<List<Finding>> RunAsync(string studyFolder, string? transcriptsOverride = null, CancellationToken cancellation = default)
    {
        var texts = new List<AdditionalText>();
        var metadata = new Dictionary<string, Dictionary<string, string>>();
        var paths = new List<string>();
        foreach (var name in new[] { "findings.yml", "findings.lock" })
        {
            string path = Path.Combine(studyFolder, name);
            if (File.Exists(path)) paths.Add(path);
        }
        paths.AddRange(Directory.GetFiles(studyFolder, "*.md", SearchOption.AllDirectories).OrderBy(p => p, System.StringComparer.Ordinal));
        string obj = Path.Combine(Path.GetTempPath(), "fg-obj-" + System.Guid.NewGuid().ToString("N"));
        // As the targets do: the build step vets the study's files first, and the refused ones are never opened.
        var refused = new List<string>();
        var added = BuildFiles.VetStudyFiles(studyFolder, obj, paths, refused, transcriptsOverride);
        foreach (var path in paths.Where(p => !refused.Contains(p))) texts.Add(FromFile(path));
        foreach (var file in added.Concat(BuildFiles.Collect(studyFolder, obj, transcriptsOverride)))
        {
            texts.RemoveAll(t => t.Path == file.Path);
            texts.Add(FromFile(file.Path));
            metadata[file.Path] = file.Metadata.ToDictionary(p => "build_metadata.AdditionalFiles." + p.Key, p => HostFiles.Encode(p.Value));
        }

        var compilation = CSharpCompilation.Create("Study", new[] { CSharpSyntaxTree.ParseText("class Study { }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new AnalyzerOptions(texts.ToImmutableArray(), new MetadataOptionsProvider(metadata));
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
}
