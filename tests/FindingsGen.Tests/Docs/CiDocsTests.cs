using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using FindingsGen.Cli;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace FindingsGen.Tests;

/// <summary>docs/ci.md kept true: the workflow it shows is the one findings new writes, the GitLab snippet is YAML that runs the same commands.</summary>
public sealed class CiDocsTests
{
    private static string Doc => File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "ci.md")).Replace("\r\n", "\n");

    private static string[] YamlBlocks() => Regex.Matches(Doc, "```yaml\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToArray();

    private static string Skeleton(string path) => System.Text.Encoding.UTF8.GetString(SkeletonFile.All().Single(f => f.Path == path).Content);

    [Fact]
    public void The_github_workflow_shown_is_the_one_new_writes()
    {
        Assert.Contains(Skeleton(".github/workflows/findings.yml"), YamlBlocks());
    }

    [Fact]
    public void The_gitlab_snippet_is_yaml_that_checks_and_publishes_pages_with_this_version()
    {
        string gitlab = YamlBlocks().Single(b => b.StartsWith("# .gitlab-ci.yml", System.StringComparison.Ordinal));
        var stream = new YamlStream();
        stream.Load(new StringReader(gitlab));
        var root = (YamlMappingNode)stream.Documents.Single().RootNode;
        YamlNode At(YamlNode node, string key) => ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        string[] Script(YamlNode job) => ((YamlSequenceNode)At(job, "script")).Children.Select(c => ((YamlScalarNode)c).Value!).ToArray();

        Assert.Equal(SkeletonFile.ToolVersion, ((YamlScalarNode)At(At(root, "variables"), "FINDINGSGEN_VERSION")).Value);
        var install = ((YamlSequenceNode)At(At(root, "default"), "before_script")).Children.Select(c => ((YamlScalarNode)c).Value!).ToArray();
        Assert.Contains("dotnet tool install --global FindingsGen --version \"$FINDINGSGEN_VERSION\" $(test -d tools/feed && echo --configfile /tmp/nuget.config)", install);
        Assert.Contains(install, line => line.StartsWith("if [ -d tools/feed ]") && line.Contains("<clear />"));
        Assert.Contains("findings check \"$STUDY\"", Script(At(root, "check")));
        Assert.Contains("findings build \"$STUDY\" -o public", Script(At(root, "pages")));
        Assert.Equal("public", ((YamlScalarNode)((YamlSequenceNode)At(At(At(root, "pages"), "artifacts"), "paths")).Children.Single()).Value);
    }

    [Fact]
    public void The_gitlab_snippet_s_scripts_run_on_a_study_without_its_private_files()
    {
        string gitlab = YamlBlocks().Single(b => b.StartsWith("# .gitlab-ci.yml", System.StringComparison.Ordinal));
        var stream = new YamlStream();
        stream.Load(new StringReader(gitlab));
        var root = (YamlMappingNode)stream.Documents.Single().RootNode;
        YamlNode At(YamlNode node, string key) => ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        string[] Lines(YamlNode node) => ((YamlSequenceNode)node).Children.Select(c => ((YamlScalarNode)c).Value!).ToArray();

        using var temp = new TempStudy();
        string study = Path.Combine(temp.Path, "study");
        Assert.Equal(0, NewCommand.Run(study, false, new StringWriter(), new StringWriter()));
        Directory.Delete(Path.Combine(study, "transcripts"), recursive: true); // not in git
        File.Delete(Path.Combine(study, "identifiers.txt"));
        string secretFile = temp.Write("secret/identifiers", "Jane Doe\n"); // a File variable is a path
        string bin = Path.Combine(temp.Path, "bin");
        Directory.CreateDirectory(bin);
        File.WriteAllText(Path.Combine(bin, "findings"), $"#!/bin/sh\nexec dotnet '{Path.Combine(System.AppContext.BaseDirectory, "findings.dll")}' \"$@\"\n");
        if (!System.OperatingSystem.IsWindows()) File.SetUnixFileMode(Path.Combine(bin, "findings"), System.IO.UnixFileMode.UserRead | System.IO.UnixFileMode.UserExecute | System.IO.UnixFileMode.UserWrite);
        var env = ((YamlMappingNode)At(root, "variables")).Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value!);
        env["PATH"] = bin + ":" + System.Environment.GetEnvironmentVariable("PATH");
        env["FINDINGS_IDENTIFIERS"] = secretFile;
        // The tool's installation is the release's to test; the rest runs as GitLab runs it, each job after before_script.
        var before = Lines(At(At(root, "default"), "before_script")).Where(l => !l.StartsWith("dotnet tool install") && !l.StartsWith("export PATH") && !l.StartsWith("if [ -d tools/feed ]"));
        foreach (string job in new[] { "check", "pages" })
        {
            string script = string.Join("\n", before.Concat(Lines(At(At(root, job), "script"))));
            var (exit, output) = ChildProcess.RunWith(env, "bash", study, "-e", "-c", script);
            Assert.True(exit == 0, job + ": " + output);
        }
        Assert.True(File.Exists(Path.Combine(study, "public", "index.html")));
        Assert.True(File.Exists(Path.Combine(study, "findings.sarif")));
    }

    [Fact]
    public void The_problem_matcher_shown_is_the_one_new_writes_and_every_file_written_is_described()
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip };
        using var tasks = JsonDocument.Parse(Skeleton(".vscode/tasks.json"), options);
        string regexp = tasks.RootElement.GetProperty("tasks")[0].GetProperty("problemMatcher").GetProperty("pattern").GetProperty("regexp").GetString()!;
        Assert.Contains("`" + regexp + "`", Doc);
        foreach (var file in SkeletonFile.All()) Assert.Contains("`" + file.Path + "`", Doc);
        Assert.Contains("`findings.lock`", Doc);
    }
}
