using System.Collections.Generic;
using FindingsGen.Language;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Manifest;

namespace FindingsGen.Fuzz;

/// <summary>The manifest reader, then the whole check of the fixture's page and transcripts under that manifest.</summary>
internal sealed class ManifestTarget : FuzzTarget
{
    /// <inheritdoc />
    public override string Name => "manifest";
    /// <inheritdoc />
    public override string Extension => ".yml";
    /// <inheritdoc />
    public override string[] Tokens => SyntaxTokens.Manifest;

    /// <inheritdoc />
    protected override void Run(byte[] input, Verdict verdict)
    {
        if (Text(input, verdict) is not { } text) return;
        var diagnostics = new DiagnosticList();
        var manifest = FindingsChecker.ReadManifest(text, diagnostics);
        bool manifestErrors = false;
        foreach (var d in diagnostics.Items) manifestErrors |= d.Severity == Severity.Error;
        // An empty participants: is allowed (a study just begun); it checks nothing in silence, since every from= and
        // of= then names an unknown participant (FG0004). A missing title is never allowed.
        if (!manifestErrors && manifest.Title.Length == 0)
        {
            verdict.Fail("silently-unchecked", "the manifest was read without an error but has no title", "incomplete-manifest");
        }
        verdict.Count("participants", manifest.Participants.Count);
        verdict.Count("labels", manifest.Frequency?.Count ?? 0);
        verdict.Count("pages", manifest.Pages?.Count ?? 0);
        verdict.Count("rules", manifest.RuleSeverities.Count);
        if (manifest.Transcripts is not null) verdict.Feature("transcripts-settings");

        var study = new StudyInput(manifest, diagnostics.Items) { Tracing = Fixture.Tracing() };
        study.Pages.Add(new KeyValuePair<string, string>("results.md", Fixture.Page));
        var result = FindingsChecker.Check(study);
        var files = new Dictionary<string, string> { [StudyManifest.FileName] = text, ["results.md"] = Fixture.Page };
        CheckOracles.Check(verdict, result, files, canaryApplies: !Oracles.Carries(text));
    }
}
