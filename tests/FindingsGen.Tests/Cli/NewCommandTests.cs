using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using FindingsGen.Cli;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace FindingsGen.Tests;

/// <summary>
/// <c>findings new</c>: a study that checks clean and builds, with and without its transcripts (as in CI); its workflow,
/// VS Code tasks and schema settings; and that it refuses a study, a full folder, and never writes over a file.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class NewCommandTests
{
    private static (int Exit, string Output, string Error) New(string folder, bool force = false)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = NewCommand.Run(folder, force, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Every file under a folder, by its '/'-separated path, with its bytes.</summary>
    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    private static readonly string[] Expected =
    {
        ".github/workflows/findings.yml", ".gitignore", ".vscode/extensions.json", ".vscode/findings.manifest.schema.json",
        ".vscode/settings.json", ".vscode/tasks.json", "findings.lock", "findings.yml", "identifiers.txt", "introduction.md",
        "results.md", "transcripts/P1.txt",
    };

    [Fact]
    public void A_new_study_checks_clean_and_builds_its_site()
    {
        using var temp = new TempStudy();
        string study = Path.Combine(temp.Path, "my study"); // created, with a space in its name
        var (exit, output, error) = New(study);
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Equal(Expected, Snapshot(study).Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (string file in Expected) Assert.Contains("  wrote " + file + "\n", output.Replace("\r\n", "\n"));
        Assert.Contains($"findings check '{study}'", output);
        Assert.Contains($"findings build '{study}'", output);

        var check = StudyCommands.Check(study);
        Assert.Equal(0, check.Exit);
        Assert.StartsWith("findings check: clean \u2014 2 page(s), 1 theme(s), 1 subtheme(s), 1 frequency claim(s), 1 quotation(s), 1 traced", check.Output);

        var (outcome, buildOutput, buildError) = SiteBuilds.BuildWithOutput(study);
        Assert.True(outcome.ExitCode == 0 && outcome.Pages > 0, buildOutput + buildError);
        Assert.Contains("When my hands are in the soil", File.ReadAllText(Path.Combine(study, "_site", "themes", "leaving-work.html")));
    }

    [Fact]
    public void Without_its_transcripts_and_identifiers_as_git_leaves_it_the_lock_vouches_and_ci_restores_the_list()
    {
        using var temp = new TempStudy();
        Assert.Equal(0, New(temp.Path).Exit);
        string identifiers = File.ReadAllText(Path.Combine(temp.Path, "identifiers.txt"));
        Directory.Delete(Path.Combine(temp.Path, "transcripts"), recursive: true);
        File.Delete(Path.Combine(temp.Path, "identifiers.txt"));
        // Without the list the privacy screen fails the check (it never switches itself off)...
        var check = StudyCommands.Check(temp.Path);
        Assert.Equal(1, check.Exit);
        Assert.Contains("identifiers.txt", check.Output);
        Assert.Contains(": error FG0201: ", check.Output);
        // ...so the workflow restores it from the secret first; then the lock vouches for the quotation.
        File.WriteAllText(Path.Combine(temp.Path, "identifiers.txt"), identifiers);
        check = StudyCommands.Check(temp.Path);
        Assert.Equal(0, check.Exit);
        Assert.Contains("findings check: clean", check.Output);
        Assert.Contains("1 verified from findings.lock", check.Output);
        Assert.Equal(0, SiteBuilds.Build(temp.Path, Path.Combine(temp.Path, "out")).ExitCode);
    }

    [Fact]
    public void Git_keeps_the_transcripts_the_identifiers_and_the_site_out()
    {
        using var temp = new TempStudy();
        Assert.Equal(0, New(temp.Path).Exit);
        Assert.Equal(0, SiteBuilds.Build(temp.Path).ExitCode);
        string gitignore = File.ReadAllText(Path.Combine(temp.Path, ".gitignore"));
        foreach (string line in new[] { "transcripts/", "identifiers.txt", "_site/", "bin/", "obj/" }) Assert.Contains("\n" + line + "\n", "\n" + gitignore);
        // What `dotnet build` of a study project leaves: obj/ holds the speech its build step extracts from each transcript.
        temp.Write("obj/Debug/net10.0/findings/P1.transcript.txt", "I: How do you begin?\nP1: With the soil.\n");
        temp.Write("bin/Debug/net10.0/Study.dll", "not really a program");
        var (init, initOutput) = ChildProcess.Run("git", temp.Path, "init", "-q");
        Assert.True(init == 0, initOutput);
        var (exit, added) = ChildProcess.Run("git", temp.Path, "add", "--dry-run", "--all");
        Assert.True(exit == 0, added);
        var files = added.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => Regex.Match(l, "^add '(.*)'$").Groups[1].Value).ToList();
        Assert.Equal(Expected.Except(new[] { "identifiers.txt", "transcripts/P1.txt" }).OrderBy(f => f, StringComparer.Ordinal), files.OrderBy(f => f, StringComparer.Ordinal));
    }

    [Fact]
    public void The_workflow_is_valid_yaml_checks_uploads_sarif_and_deploys_pages_with_every_step_named()
    {
        using var temp = new TempStudy();
        Assert.Equal(0, New(temp.Path).Exit);
        string text = File.ReadAllText(Path.Combine(temp.Path, ".github", "workflows", "findings.yml"));
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var root = (YamlMappingNode)stream.Documents.Single().RootNode;
        YamlNode At(YamlNode node, string key) => ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        string Scalar(YamlNode node) => ((YamlScalarNode)node).Value!;

        var jobs = (YamlMappingNode)At(root, "jobs");
        var steps = jobs.Children.Values.SelectMany(job => ((YamlSequenceNode)At(job, "steps")).Children.Cast<YamlMappingNode>()).ToList();
        Assert.All(steps, step => Assert.False(string.IsNullOrWhiteSpace(Scalar(At(step, "name")))));
        string Run(YamlMappingNode step) => step.Children.TryGetValue(new YamlScalarNode("run"), out var run) ? Scalar(run) : "";
        string Uses(YamlMappingNode step) => step.Children.TryGetValue(new YamlScalarNode("uses"), out var uses) ? Scalar(uses) : "";

        // The tool at this version, from the public feed.
        Assert.Equal(SkeletonFile.ToolVersion, Scalar(At(At(root, "env"), "FINDINGSGEN_VERSION")));
        Assert.Equal(VersionInProps(), SkeletonFile.ToolVersion);
        Assert.Contains(steps, s => Run(s).Contains("dotnet tool install --global FindingsGen --version \"$FINDINGSGEN_VERSION\""));
        // A committed folder feed (until the package is on nuget.org) is used alone: a NuGet configuration clearing every other source.
        Assert.Contains(steps, s => Run(s).Contains("if [ -d tools/feed ]") && Run(s).Contains("<clear />") && Run(s).Contains("--configfile \"$RUNNER_TEMP/nuget.config\""));
        // Annotations, SARIF to code scanning, the site to Pages.
        Assert.Contains(steps, s => Run(s).Contains("findings check \"$STUDY\" --format github"));
        Assert.Contains(steps, s => Run(s).Contains("--format sarif > findings.sarif"));
        var upload = steps.Single(s => Uses(s).StartsWith("github/codeql-action/upload-sarif@", StringComparison.Ordinal));
        Assert.Equal("findings.sarif", Scalar(At(At(upload, "with"), "sarif_file")));
        Assert.Contains(steps, s => Run(s).Contains("findings build \"$STUDY\" -o _site"));
        var pages = steps.Single(s => Uses(s).StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal));
        Assert.Equal("_site", Scalar(At(At(pages, "with"), "path")));
        Assert.Single(steps, s => Uses(s).StartsWith("actions/deploy-pages@", StringComparison.Ordinal));
        // The permissions each needs.
        Assert.Equal("write", Scalar(At(At(At(jobs, "check"), "permissions"), "security-events")));
        Assert.Equal("write", Scalar(At(At(At(jobs, "deploy"), "permissions"), "pages")));
        Assert.Equal("write", Scalar(At(At(At(jobs, "deploy"), "permissions"), "id-token")));
        Assert.Equal("check", Scalar(At(At(jobs, "deploy"), "needs")));
        // Every push is checked, whatever the branch; the site is published from the default branch, main or master.
        Assert.True(At(At(root, "on"), "push") is YamlScalarNode { Value: "" or null });
        Assert.Equal("github.event_name != 'pull_request' && github.ref_name == github.event.repository.default_branch", Scalar(At(At(jobs, "deploy"), "if")));
        Assert.Equal(Scalar(At(At(jobs, "deploy"), "if")), Scalar(At(pages, "if")));
        // Its own schema line first: .vscode/settings.json maps every findings.yml to the manifest schema, and an
        // editor's modeline wins over that mapping, so the workflow is never read as a manifest.
        Assert.StartsWith("# yaml-language-server: $schema=https://json.schemastore.org/github-workflow.json\n", text);
    }

    /// <summary>
    /// The check job's shell steps, run with bash as a runner would, in a clone of the committed study (no transcripts,
    /// no identifiers), with the secret given or not; `findings` is this build (the install step is the release's to test).
    /// </summary>
    private static List<(string Name, int Exit, string Output)> RunCheckJob(string clone, string secret)
    {
        string text = File.ReadAllText(Path.Combine(clone, ".github", "workflows", "findings.yml"));
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var root = (YamlMappingNode)stream.Documents.Single().RootNode;
        var env = ((YamlMappingNode)root.Children[new YamlScalarNode("env")]).Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value!);
        string bin = Path.Combine(clone, "..", "bin");
        Directory.CreateDirectory(bin);
        string wrapper = Path.Combine(bin, "findings");
        File.WriteAllText(wrapper, $"#!/bin/sh\nexec dotnet '{Path.Combine(AppContext.BaseDirectory, "findings.dll")}' \"$@\"\n");
        // The runner is Linux (ubuntu-latest), as is this test's bash.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        env["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH");
        env["FINDINGS_IDENTIFIERS"] = secret;
        var results = new List<(string, int, string)>();
        var steps = ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)root.Children[new YamlScalarNode("jobs")]).Children[new YamlScalarNode("check")]).Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>();
        foreach (var step in steps)
        {
            if (!step.Children.TryGetValue(new YamlScalarNode("run"), out var run)) continue;
            string name = ((YamlScalarNode)step.Children[new YamlScalarNode("name")]).Value!;
            if (name == "Install FindingsGen") continue;
            var (exit, output) = ChildProcess.RunWith(env, "bash", clone, "-e", "-c", ((YamlScalarNode)run).Value!);
            results.Add((name, exit, output));
            if (exit != 0) break; // a failed step stops the job
        }
        return results;
    }

    private static string CommittedClone(string study, string where)
    {
        Assert.Equal(0, ChildProcess.Run("git", study, "init", "-q").Exit);
        Assert.Equal(0, ChildProcess.Run("git", study, "add", "--all").Exit);
        Assert.Equal(0, ChildProcess.Run("git", study, "-c", "user.email=t@example.org", "-c", "user.name=t", "commit", "-qm", "study").Exit);
        Assert.Equal(0, ChildProcess.Run("git", Path.GetDirectoryName(where)!, "clone", "-q", study, where).Exit);
        return where;
    }

    [Fact]
    public void The_check_job_runs_on_a_clone_of_the_committed_study_with_the_secret_and_stops_without_it()
    {
        using var temp = new TempStudy();
        string study = Path.Combine(temp.Path, "study");
        Assert.Equal(0, New(study).Exit);
        string clone = CommittedClone(study, Path.Combine(temp.Path, "clone"));
        Assert.False(Directory.Exists(Path.Combine(clone, "transcripts")));
        Assert.False(File.Exists(Path.Combine(clone, "identifiers.txt")));

        var steps = RunCheckJob(clone, secret: "");
        Assert.Equal("Restore the private identifiers list", steps[^1].Name);
        Assert.Equal(1, steps[^1].Exit);
        Assert.Contains("::error::The secret FINDINGS_IDENTIFIERS is not set", steps[^1].Output);

        steps = RunCheckJob(clone, secret: "Jane Doe\nSt. Olav's Hospital");
        Assert.True(steps.All(s => s.Exit == 0), string.Join("\n", steps.Select(s => $"{s.Name}: {s.Exit} {s.Output}")));
        Assert.Equal(new[] { "Restore the private identifiers list", "Write the findings as SARIF", "Check the findings", "Build the website" }, steps.Select(s => s.Name));
        Assert.True(File.Exists(Path.Combine(clone, "_site", "index.html")));
        using (var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(clone, "findings.sarif"))))
            Assert.Equal(0, sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());

        // A finding: SARIF still written (exit 1 is findings, not a failure to run), the check step fails with its annotation.
        string results = Path.Combine(clone, "results.md");
        File.WriteAllText(results, File.ReadAllText(results).Replace("of=\"P1 P3\"", "of=\"P1\""));
        steps = RunCheckJob(clone, secret: "Jane Doe");
        Assert.Equal(0, steps.Single(s => s.Name == "Write the findings as SARIF").Exit);
        using (var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(clone, "findings.sarif"))))
            Assert.Equal("FG0001", sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("ruleId").GetString());
        Assert.Equal("Check the findings", steps[^1].Name);
        Assert.Equal(1, steps[^1].Exit);
        Assert.StartsWith("::error file=results.md,line=7,col=1,", steps[^1].Output);
    }

    private static string VersionInProps() =>
        Regex.Match(File.ReadAllText(Path.Combine(RepoRoot.Path, "Directory.Build.props")), "<Version>([^<]+)</Version>").Groups[1].Value;

    [Fact]
    public void Every_placeholder_is_filled_and_no_file_points_at_a_path_only_this_repository_has()
    {
        foreach (var file in SkeletonFile.All())
        {
            string text = System.Text.Encoding.UTF8.GetString(file.Content);
            Assert.DoesNotMatch(@"\{\{[a-z]+\}\}", text); // (GitHub's own ${{ … }} expressions have spaces)
            // docs/… exists in this repository, not beside an installed tool: the docs are named by their address.
            Assert.DoesNotMatch(@"(?<![/\w])docs/", text);
        }
        Assert.Contains("# Every key is described in " + Language.Diagnostics.RuleTable.DocsBaseUrl + "language.md",
            System.Text.Encoding.UTF8.GetString(SkeletonFile.All().Single(f => f.Path == "findings.yml").Content));
    }

    [Fact]
    public void The_sarif_and_github_steps_run_on_the_new_study()
    {
        using var temp = new TempStudy();
        Assert.Equal(0, New(temp.Path).Exit);
        var github = StudyCommands.Check(temp.Path, "github");
        Assert.Equal(0, github.Exit);
        Assert.Equal("", github.Output);
        var sarif = StudyCommands.Check(temp.Path, "sarif");
        Assert.Equal(0, sarif.Exit);
        using var json = JsonDocument.Parse(sarif.Output);
        Assert.Equal(0, json.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    private static JsonElement ReadJsonc(string path)
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        using var document = JsonDocument.Parse(File.ReadAllText(path), options);
        return document.RootElement.Clone();
    }

    [Fact]
    public void The_problem_matcher_reads_the_lines_check_prints()
    {
        using var temp = new TempStudy();
        Assert.Equal(0, New(temp.Path).Exit);
        var tasks = ReadJsonc(Path.Combine(temp.Path, ".vscode", "tasks.json")).GetProperty("tasks").EnumerateArray().ToList();
        Assert.Equal(new[] { "findings: check", "findings: build" }, tasks.Select(t => t.GetProperty("label").GetString()));
        var matcher = tasks[0].GetProperty("problemMatcher");
        Assert.Equal(matcher.GetRawText(), tasks[1].GetProperty("problemMatcher").GetRawText());
        Assert.Equal("relative", matcher.GetProperty("fileLocation")[0].GetString());
        var pattern = matcher.GetProperty("pattern");
        var regex = new Regex(pattern.GetProperty("regexp").GetString()!);
        int Group(string name) => pattern.GetProperty(name).GetInt32();

        // Break the study: a claim that cites one participant for "Two", and an unannotated claim in prose.
        string results = Path.Combine(temp.Path, "results.md");
        File.WriteAllText(results, File.ReadAllText(results).Replace("of=\"P1 P3\"", "of=\"P1\"") + "\nTwo participants (P2 and P3) said little.\n");
        var text = StudyCommands.Check(temp.Path);
        var json = StudyCommands.CheckAsFindings(temp.Path);
        Assert.Equal(1, text.Exit);
        var lines = text.Output.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(json.Count + 1, lines.Length); // one line per diagnostic, and the summary
        Assert.Contains(json, d => d.Id == "FG0001" && d.Severity == "error");
        Assert.Contains(json, d => d.Id == "FG0003" && d.Severity == "warning");
        for (int i = 0; i < json.Count; i++)
        {
            var m = regex.Match(lines[i]);
            Assert.True(m.Success, lines[i]);
            Assert.Equal(json[i].File, m.Groups[Group("file")].Value);
            Assert.Equal(json[i].Line.ToString(), m.Groups[Group("line")].Value);
            Assert.Equal(json[i].Column.ToString(), m.Groups[Group("column")].Value);
            Assert.Equal(json[i].Severity, m.Groups[Group("severity")].Value);
            Assert.Equal(json[i].Id, m.Groups[Group("code")].Value);
            Assert.Equal(json[i].Message, m.Groups[Group("message")].Value);
            Assert.True(File.Exists(Path.Combine(temp.Path, m.Groups[Group("file")].Value)));
        }
        Assert.DoesNotMatch(regex, lines[^1]); // the summary is no problem
    }

    [Fact]
    public void Settings_map_findings_yml_to_the_schema_copied_beside_them()
    {
        using var temp = new TempStudy();
        Assert.Equal(0, New(temp.Path).Exit);
        var schemas = ReadJsonc(Path.Combine(temp.Path, ".vscode", "settings.json")).GetProperty("yaml.schemas");
        var mapping = schemas.EnumerateObject().Single();
        Assert.Equal("./.vscode/findings.manifest.schema.json", mapping.Name);
        Assert.Equal(new[] { "findings.yml" }, mapping.Value.EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(File.ReadAllBytes(ManifestSchema.PathInDocs), File.ReadAllBytes(Path.Combine(temp.Path, mapping.Name)));
        var (valid, errors) = ManifestSchema.Validate(File.ReadAllText(Path.Combine(temp.Path, "findings.yml")));
        Assert.True(valid, errors);
        Assert.Contains("redhat.vscode-yaml", File.ReadAllText(Path.Combine(temp.Path, ".vscode", "extensions.json")));
    }

    [Fact]
    public void An_existing_study_is_refused_with_one_line_and_nothing_written_even_with_force()
    {
        using var temp = new TempStudy();
        temp.Write("findings.yml", "title: Mine\nparticipants: {}\n");
        var before = Snapshot(temp.Path);
        foreach (bool force in new[] { false, true })
        {
            var (exit, output, error) = New(temp.Path, force);
            Assert.Equal(2, exit);
            Assert.Empty(output);
            Assert.Equal($"findings new: '{temp.Path}' already holds a study (findings.yml); nothing was written (new never changes a study: run findings check '{temp.Path}')", error.TrimEnd());
            Assert.Equal(before.Keys, Snapshot(temp.Path).Keys);
            Assert.Equal(before["findings.yml"], File.ReadAllBytes(Path.Combine(temp.Path, "findings.yml")));
        }
    }

    [Fact]
    public void A_folder_that_is_not_empty_is_refused_without_force()
    {
        using var temp = new TempStudy();
        temp.Write("notes.txt", "my notes\n");
        var (exit, output, error) = New(temp.Path);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("is not empty; nothing was written", error);
        Assert.Contains("--force", error);
        Assert.Equal(new[] { "notes.txt" }, Snapshot(temp.Path).Keys);
    }

    [Fact]
    public void A_folder_holding_only_git_is_empty_enough()
    {
        using var temp = new TempStudy();
        Assert.Equal(0, ChildProcess.Run("git", temp.Path, "init", "-q").Exit);
        var (exit, _, error) = New(temp.Path);
        Assert.True(exit == 0, error);
        Assert.True(File.Exists(Path.Combine(temp.Path, "findings.lock")));
    }

    [Fact]
    public void Force_writes_only_the_missing_files_and_never_overwrites_one()
    {
        using var temp = new TempStudy();
        temp.Write("results.md", "# My own results\n");
        temp.Write("transcripts/P1.txt", "I: Mine.\nP1: Mine too.\n");
        temp.Write(".gitignore", "secret/\n");
        temp.Write("findings.lock", "# mine\n");
        var before = Snapshot(temp.Path);
        var (exit, output, error) = New(temp.Path, force: true);
        Assert.True(exit == 0, error);
        foreach (var (path, bytes) in before) Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(temp.Path, path)));
        string o = output.Replace("\r\n", "\n");
        foreach (string kept in before.Keys) Assert.Contains("  kept  " + kept + "\n", o);
        foreach (string written in Expected.Except(before.Keys)) Assert.Contains("  wrote " + written + "\n", o);
        Assert.Equal(Expected.OrderBy(f => f, StringComparer.Ordinal), Snapshot(temp.Path).Keys.OrderBy(f => f, StringComparer.Ordinal));
        Assert.Contains("run findings check to see them", o); // the user's own results.md has no theme (FG0008 and others)
    }

    [Fact]
    public void A_kept_gitignore_that_lets_private_files_into_git_is_named_with_the_lines_to_add()
    {
        using var temp = new TempStudy();
        temp.Write(".gitignore", "bin/\nidentifiers.txt\n");
        var (exit, output, _) = New(temp.Path, force: true);
        Assert.Equal(0, exit);
        Assert.Contains("Warning: your .gitignore was kept, and it does not keep private files out of git: add transcripts/ and obj/ to it before you commit.", output);
        Assert.Equal("bin/\nidentifiers.txt\n", File.ReadAllText(Path.Combine(temp.Path, ".gitignore")));

        using var good = new TempStudy();
        good.Write(".gitignore", "transcripts/\nidentifiers.txt\nobj/\n");
        Assert.DoesNotContain("Warning", New(good.Path, force: true).Output);
    }

    [Fact]
    public void A_study_in_a_subfolder_of_a_repository_is_told_where_github_reads_workflows()
    {
        using var temp = new TempStudy();
        Assert.Equal(0, ChildProcess.Run("git", temp.Path, "init", "-q").Exit);
        var (exit, output, _) = New(Path.Combine(temp.Path, "study"));
        Assert.Equal(0, exit);
        Assert.Contains($"Note: this folder is inside the git repository at {temp.Path}", output);
        // At the repository's root the workflow is where GitHub reads it: no note.
        using var root = new TempStudy();
        Assert.Equal(0, ChildProcess.Run("git", root.Path, "init", "-q").Exit);
        Assert.DoesNotContain("Note:", New(root.Path).Output);
    }

    [Fact]
    public void Force_writes_nothing_over_or_through_a_link()
    {
        using var temp = new TempStudy();
        using var elsewhere = new TempStudy();
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, ".vscode"), elsewhere.Path);
        File.CreateSymbolicLink(Path.Combine(temp.Path, "introduction.md"), Path.Combine(elsewhere.Path, "missing.md"));
        var (exit, output, error) = New(temp.Path, force: true);
        Assert.True(exit == 0, error);
        Assert.Empty(Directory.GetFileSystemEntries(elsewhere.Path));
        Assert.Contains("  kept  .vscode/tasks.json (.vscode is a link or a file; nothing is written through it)", output);
        Assert.Contains("  kept  introduction.md\n", output.Replace("\r\n", "\n"));
    }

    [Fact]
    public void It_ignores_FINDINGS_TRANSCRIPTS_which_names_some_other_study_s_transcripts()
    {
        using var temp = new TempStudy();
        using var other = new TempStudy();
        Environment.SetEnvironmentVariable("FINDINGS_TRANSCRIPTS", other.Path);
        try
        {
            var (exit, _, error) = New(Path.Combine(temp.Path, "s"));
            Assert.True(exit == 0, error);
        }
        finally
        {
            Environment.SetEnvironmentVariable("FINDINGS_TRANSCRIPTS", null);
        }
        Assert.Contains("match: verbatim", File.ReadAllText(Path.Combine(temp.Path, "s", "findings.lock")));
    }

    [Fact]
    public void An_unknown_option_is_refused_not_made_a_folder()
    {
        using var temp = new TempStudy();
        var (exit, output) = ChildProcess.Run("dotnet", temp.Path, Path.Combine(AppContext.BaseDirectory, "findings.dll"), "new", "-q");
        Assert.Equal(2, exit);
        Assert.StartsWith("findings new: '-q' is not an option of new (the options: --force); to name a folder that begins with '-', write ./-q", output);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
        Assert.Equal(0, New(Path.Combine(temp.Path, "-q")).Exit); // a path that only ends in such a name is a folder
    }

    [Fact]
    public void A_file_in_the_way_of_the_folder_is_refused()
    {
        using var temp = new TempStudy();
        string file = temp.Write("study", "a file\n");
        var (exit, _, error) = New(file);
        Assert.Equal(2, exit);
        Assert.Equal($"findings new: '{file}' is a file, not a folder", error.TrimEnd());
        (exit, _, error) = New(Path.Combine(file, "below"));
        Assert.Equal(2, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("nothing was written", error);
        Assert.DoesNotContain(".;", error); // the runtime's sentence, joined to ours without a stray full stop
    }

    [Fact]
    public void An_empty_folder_name_is_one_line_not_the_runtimes_parameter_message()
    {
        using var temp = new TempStudy();
        foreach (string name in new[] { "", "  " })
        {
            var (exit, _, error) = New(name);
            Assert.Equal(2, exit);
            Assert.Equal("findings new: the folder name is empty; name a folder, or leave it out to start the study in the current folder", error.TrimEnd());
        }
    }
}
