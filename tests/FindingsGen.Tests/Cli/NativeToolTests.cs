using System;
using System.IO;
using FindingsGen.Cli;
using FindingsGen.Site;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// The tool as it is shipped and benchmarked: a native executable (Native AOT, trimmed), published by
/// bench/publish-tool.sh. Trimming must keep what templates reach by reflection (the view models, Scriban's
/// built-in functions) and what reads a Word transcript.
/// </summary>
[Collection(EnvironmentCollection.Name)]
[Trait("Category", "Slow")]
public sealed class NativeToolTests
{
    [Fact]
    public void The_native_tool_builds_and_checks_the_example_exactly_as_the_library_does()
    {
        string root = Path.Combine(Path.GetTempPath(), "fg-native-" + Guid.NewGuid().ToString("N"));
        try
        {
            string tool = Path.Combine(root, "tool");
            var (published, log) = Run("bash", Path.Combine(RepoRoot.Path, "bench", "publish-tool.sh"), tool);
            Assert.True(published == 0, log);

            using var study = StudyCommands.CopyOfExample(); // transcripts in four formats, one of them .docx
            // A study's own template using Scriban's built-in functions, which trimming could otherwise drop.
            study.Write("_templates/report.html", "<h1>{{ site.title | string.upcase }}</h1><p>{{ site.authors | array.size }} {{ 'a,b' | string.split ',' | array.join '+' }}</p>");

            var (built, output) = Run(Path.Combine(tool, "findings"), "build", study.Path, "-o", Path.Combine(root, "native"));
            Assert.True(built == 0, output);
            var outcome = SiteBuild.Run(new SiteBuild.Options(study.Path, Path.Combine(root, "library"), false), new StringWriter(), new StringWriter());
            Assert.Equal(0, outcome.ExitCode);
            var native = SiteBuilds.Files(Path.Combine(root, "native"));
            Assert.Equal(SiteBuilds.Files(Path.Combine(root, "library")), native);
            Assert.Contains("<h1>BETWEEN SESSIONS</h1>", native["report.html"]);
            Assert.Contains("a+b</p>", native["report.html"]);

            var (checkedExit, json) = Run(Path.Combine(tool, "findings"), "check", study.Path, "--format", "json");
            var expected = new StringWriter();
            Assert.Equal(CheckCommand.Run(study.Path, "json", expected), checkedExit);
            Assert.Equal(expected.ToString(), json);
        }
        finally
        {
            try { Directory.Delete(root, true); } catch (IOException) { }
        }
    }

    private static (int Exit, string Output) Run(string fileName, params string[] args) => ChildProcess.Run(fileName, RepoRoot.Path, args);
}
