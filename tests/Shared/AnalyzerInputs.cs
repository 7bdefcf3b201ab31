using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FindingsGen.Testing;

/// <summary>An AdditionalFile held in memory, as the compiler hands one to an analyzer. Shared by the tests and the benchmarks.</summary>
public sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText text;

    public InMemoryAdditionalText(string path, string content)
    {
        Path = path;
        Content = content;
        text = SourceText.From(content, System.Text.Encoding.UTF8);
    }

    public string Content { get; }
    public override string Path { get; }
    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}

/// <summary>AdditionalFiles metadata by file path, as the build's generated .editorconfig gives it.</summary>
public sealed class MetadataOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly Values None = new(new Dictionary<string, string>());
    private readonly IReadOnlyDictionary<string, Dictionary<string, string>> byPath;

    public MetadataOptionsProvider(IReadOnlyDictionary<string, Dictionary<string, string>> byPath) => this.byPath = byPath;

    public override AnalyzerConfigOptions GlobalOptions => None;
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => byPath.TryGetValue(textFile.Path, out var values) ? new Values(values) : None;

    private sealed class Values : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> values;

        public Values(Dictionary<string, string> values) => this.values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
