using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FindingsGen.Language.Manifest;
using FindingsGen.Site;

namespace FindingsGen.Fuzz;

/// <summary>
/// The site generator, whole: a study folder with the page (section 1), the manifest (section 2, the fixture's when
/// absent) and T1's transcript (section 3, likewise), built as a draft so that every input is published.
/// </summary>
internal sealed class SiteTarget : FuzzTarget
{
    private ScratchFolder? folder;

    /// <inheritdoc />
    public override string Name => "site";
    /// <inheritdoc />
    public override string Extension => ".md";
    /// <inheritdoc />
    public override string[] Tokens => SyntaxTokens.Page.Concat(SyntaxTokens.Manifest).ToArray();

    /// <inheritdoc />
    protected override void Run(byte[] input, Verdict verdict)
    {
        if (folder is null)
        {
            folder = new ScratchFolder(Name);
            folder.Write("transcripts/T2.vtt", Fixture.T2);
            folder.Write("transcripts/T3.md", Fixture.T3);
        }
        string text = new System.Text.UTF8Encoding(false).GetString(input);
        var sections = Sections.Split(text);
        string page = sections[0];
        string manifest = Sections.At(sections, 1) ?? Fixture.Manifest;
        string t1 = Sections.At(sections, 2) ?? Fixture.T1;
        folder.Write("results.md", page);
        folder.Write(StudyManifest.FileName, manifest);
        folder.Write("transcripts/T1.txt", t1);
        verdict.Count("sections", sections.Length);

        var output = new StringWriter();
        var errors = new StringWriter();
        var outcome = SiteBuild.Run(new SiteBuild.Options(folder.Root, null, Draft: true), output, errors);
        verdict.Feature("exit:" + outcome.ExitCode);
        string printed = output.ToString(), complaints = errors.ToString();
        bool canaryApplies = !Oracles.Carries(page) && !Oracles.Carries(manifest);
        if (canaryApplies)
        {
            Oracles.NoCanary(verdict, "the build's output", printed);
            Oracles.NoCanary(verdict, "the build's errors", complaints);
        }
        if (outcome.ExitCode == 2)
        {
            if (complaints.Trim().Length == 0) verdict.Fail("exit-contract", "exit code 2 without a word on standard error", "silent-2");
            return;
        }
        var files = new Dictionary<string, string>(StringComparer.Ordinal) { [StudyManifest.FileName] = manifest, ["results.md"] = page };
        // A manifest in error (FG0201) stops every build, drafts too: exit 1, the diagnostics printed, nothing written.
        if (outcome.ExitCode == 1 && outcome.Result is { } refused && outcome.OutputFolder is null
            && refused.Diagnostics.Any(d => d.Id == "FG0201" && d.Severity == Language.Diagnostics.Severity.Error))
        {
            CheckOracles.Check(verdict, refused, files, canaryApplies);
            return;
        }
        if (outcome.ExitCode is not (0 or 1) || outcome.Result is null || outcome.OutputFolder is null)
        {
            verdict.Fail("exit-contract", $"exit code {outcome.ExitCode} with result {(outcome.Result is null ? "missing" : "present")} and output {(outcome.OutputFolder is null ? "missing" : "present")}", "exit");
            return;
        }
        var result = outcome.Result;
        if (outcome.ExitCode != (result.Errors > 0 ? 1 : 0)) verdict.Fail("exit-contract", $"exit code {outcome.ExitCode} with {result.Errors} error(s)", "exit-vs-errors");
        foreach (string line in printed.Split('\n')) Oracles.PrintedLine(verdict, line.TrimEnd('\r'), "findings build:");
        CheckOracles.Check(verdict, result, files, canaryApplies);

        var written = Directory.GetFiles(outcome.OutputFolder, "*", SearchOption.AllDirectories);
        int html = 0;
        foreach (string path in written)
        {
            string name = Path.GetRelativePath(outcome.OutputFolder, path).Replace('\\', '/');
            string content = File.ReadAllText(path);
            if (canaryApplies) Oracles.NoCanary(verdict, name, content);
            if (!name.EndsWith(".html", StringComparison.Ordinal)) continue;
            html++;
            Oracles.Html(verdict, name, content);
        }
        verdict.Count("html-pages", html);
        int expected = 4 + result.Study.Manifest.Participants.Count + result.Study.Themes.Count;
        if (result.Errors == 0 && html != expected) verdict.Fail("page-complete", $"{expected} pages expected (4 — overview, quotations, participants, report — one per participant and one per theme), {html} written", "page-count");
    }
}
