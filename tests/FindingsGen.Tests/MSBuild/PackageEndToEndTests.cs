using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// The packed analyzer in a fresh consumer project, restored from a local folder feed and built with the
/// compiler server shut down (a warm server can hide a missing dependency).
/// </summary>
[Collection(EnvironmentCollection.Name)]
[Trait("Category", "Slow")]
public sealed class PackageEndToEndTests : IClassFixture<PackageEndToEndTests.PackedAnalyzer>
{
    private readonly PackedAnalyzer package;

    public PackageEndToEndTests(PackedAnalyzer package) => this.package = package;

    public sealed class PackedAnalyzer : IDisposable
    {
        public PackedAnalyzer()
        {
            Root = Path.Combine(Path.GetTempPath(), "fg-e2e-" + Guid.NewGuid().ToString("N"));
            Feed = Path.Combine(Root, "feed");
            Version = "0.0.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss");
            Directory.CreateDirectory(Feed);
            var (exit, output) = Dotnet(RepoRoot.Path, "pack", "src/FindingsGen.Analyzers", "-c", "Release", "-o", Feed, "-p:PackageVersion=" + Version, "-nodeReuse:false");
            Assert.True(exit == 0, output);
            Package = Path.Combine(Feed, $"FindingsGen.Analyzers.{Version}.nupkg");
        }

        public string Root { get; }
        public string Feed { get; }
        public string Version { get; }
        public string Package { get; }

        public void Dispose()
        {
            try { Directory.Delete(Root, true); } catch (IOException) { }
        }
    }

    internal static (int Exit, string Output) Dotnet(string workingDirectory, params string[] args) => ChildProcess.Run("dotnet", workingDirectory, args);

    private string Consumer(string name, string page)
    {
        string folder = Path.Combine(package.Root, name);
        Directory.CreateDirectory(Path.Combine(folder, "transcripts"));
        File.WriteAllText(Path.Combine(folder, "nuget.config"),
            $"<configuration><packageSources><clear /><add key=\"local\" value=\"{package.Feed}\" /></packageSources></configuration>");
        File.WriteAllText(Path.Combine(folder, "Study.csproj"),
            "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework>" +
            $"<RestorePackagesPath>{Path.Combine(package.Root, "packages")}</RestorePackagesPath></PropertyGroup>" +
            $"<ItemGroup><PackageReference Include=\"FindingsGen.Analyzers\" Version=\"{package.Version}\" PrivateAssets=\"all\" /></ItemGroup></Project>");
        File.WriteAllText(Path.Combine(folder, "findings.yml"),
            "title: E2E\nparticipants: { T1: {}, T2: {}, T3: {}, T4: {} }\nfrequency: { most: 3-4, one: 1 }\ntranscripts:\n  path: transcripts/{id}.*\nrules: { FG0008: none }\n");
        File.WriteAllText(Path.Combine(folder, "results.md"), page);
        File.WriteAllBytes(Path.Combine(folder, "transcripts", "T1.docx"), DocxWriter.Write(new[] { "I: And then?", "T1: I kept going, every day." }));
        return folder;
    }

    [Fact]
    public void The_package_holds_the_analyzer_and_every_dependency_and_no_runtime_dependency()
    {
        using var zip = ZipFile.OpenRead(package.Package);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        foreach (var dll in new[] { "FindingsGen.Analyzers.dll", "FindingsGen.Language.dll", "Markdig.dll", "YamlDotNet.dll" })
        {
            Assert.Contains("analyzers/dotnet/cs/" + dll, names);
        }
        Assert.Contains("build/FindingsGen.Analyzers.props", names);
        Assert.Contains("build/FindingsGen.Analyzers.targets", names);
        Assert.Contains("tasks/net8.0/FindingsGen.MSBuild.dll", names);
        Assert.DoesNotContain(names, n => n.StartsWith("lib/"));
        using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec")).Open());
        Assert.DoesNotContain("<dependency ", nuspec.ReadToEnd());
    }

    [Fact]
    public void A_planted_error_fails_the_build_at_its_file_line_and_column_and_sarif_matches_the_cli()
    {
        string folder = Consumer("planted", "Intro.\n\n[Most]{.freq of=\"T1 T2\"} said [\"I kept going\"]{.quote from=T1}.\n");
        Dotnet(folder, "build-server", "shutdown");
        string sarif = Path.Combine(folder, "build.sarif");
        var (exit, output) = Dotnet(folder, "build", "-nodeReuse:false", $"-p:ErrorLog={sarif}%2Cversion=2.1");
        Assert.NotEqual(0, exit);
        Assert.Contains(Path.Combine(folder, "results.md") + "(3,1): error FG0001: 'Most' means 3–4 participants on this study's scale, but 2 are cited (T1, T2)", output);
        Assert.DoesNotContain("FG0101", output); // the .docx transcript reached the analyzer as text and the quotation traced
        Assert.DoesNotContain("CS9057", output);

        using var built = JsonDocument.Parse(File.ReadAllText(sarif));
        var result = built.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "FG0001");
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(3, region.GetProperty("startLine").GetInt32());
        Assert.Equal(1, region.GetProperty("startColumn").GetInt32());

        var cliOutput = new StringWriter();
        Cli.CheckCommand.Run(folder, "sarif", cliOutput, new StringWriter());
        using var cli = JsonDocument.Parse(cliOutput.ToString());
        var cliResult = cli.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Equal(result.GetProperty("message").GetProperty("text").GetString(), cliResult.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal(result.GetProperty("level").GetString(), cliResult.GetProperty("level").GetString());
        var cliRegion = cliResult.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        foreach (var key in new[] { "startLine", "startColumn", "endLine", "endColumn" })
        {
            Assert.Equal(region.GetProperty(key).GetInt32(), cliRegion.GetProperty(key).GetInt32());
        }
    }

    [Fact]
    public void A_clean_study_builds_and_a_crashing_analyzer_fails_the_build()
    {
        string folder = Consumer("clean", "[Most]{.freq of=\"T1 T2 T3\"} said [\"I kept going\"]{.quote from=T1}.\n");
        Dotnet(folder, "build-server", "shutdown");
        var (exit, output) = Dotnet(folder, "build", "-nodeReuse:false");
        Assert.True(exit == 0, output);

        (exit, output) = Dotnet(folder, "build", "-nodeReuse:false", "--no-incremental", "-p:FindingsTestThrow=true");
        Assert.NotEqual(0, exit);
        Assert.Contains("error AD0001", output);
    }

    [Fact]
    public void The_example_study_project_builds_clean_with_the_analyzer_running()
    {
        Dotnet(RepoRoot.Path, "build-server", "shutdown");
        var (exit, output) = Dotnet(RepoRoot.Path, "build", "content", "-nodeReuse:false", "--no-incremental", "-p:ReportAnalyzer=true", "-v:d");
        Assert.True(exit == 0, output);
        Assert.Contains("FindingsGen.Analyzers.FindingsAnalyzer (FG0001, FG0002", output); // it was loaded and ran
        Assert.DoesNotContain(": error FG0", output);
        Assert.DoesNotContain(": warning FG0", output);
    }
}
