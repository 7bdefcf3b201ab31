using System.Collections.Generic;
using FindingsGen.Language;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Manifest;

namespace FindingsGen.Fuzz;

/// <summary>A page through the parser with our Markdown extensions and every rule, traced against the fixture's transcripts.</summary>
internal sealed class PageTarget : FuzzTarget
{
    private static readonly DiagnosticList ManifestDiagnostics = new();
    private static readonly StudyManifest Manifest = FindingsChecker.ReadManifest(Fixture.Manifest, ManifestDiagnostics);

    /// <inheritdoc />
    public override string Name => "page";
    /// <inheritdoc />
    public override string Extension => ".md";
    /// <inheritdoc />
    public override string[] Tokens => SyntaxTokens.Page;

    /// <inheritdoc />
    protected override void Run(byte[] input, Verdict verdict)
    {
        if (Text(input, verdict) is not { } text) return;
        var study = new StudyInput(Manifest, ManifestDiagnostics.Items) { Tracing = Fixture.Tracing() };
        study.Pages.Add(new KeyValuePair<string, string>("results.md", text));
        var result = FindingsChecker.Check(study);
        var files = new Dictionary<string, string> { [StudyManifest.FileName] = Fixture.Manifest, ["results.md"] = text };
        CheckOracles.Check(verdict, result, files, canaryApplies: !Oracles.Carries(text));
    }
}
