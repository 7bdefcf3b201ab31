using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// FindingsGen as a researcher gets it, without this repository: eng/release.sh packs the tool and the analyzer into a
/// folder feed (once for the class, the portable packages only, from a copy of the sources built with another
/// repository address), the tool is installed from it with the compiler server shut down and run from an empty folder
/// outside the repository, and a study project restores the analyzer from the same feed, as docs/install.md and
/// docs/build.md say.
/// </summary>
[Trait("Category", "Slow")]
[Collection(EnvironmentCollection.Name)]
public sealed class ReleaseTests : IClassFixture<ReleaseTests.Released>
{
    internal const string ForkAddress = "https://example.org/fg";

    private readonly Released release;

    public ReleaseTests(Released release) => this.release = release;

    /// <summary>The release artifacts in a folder feed, and the tool installed from it.</summary>
    public sealed class Released : IDisposable
    {
        public Released()
        {
            Root = Path.Combine(Path.GetTempPath(), "fg-release-" + Guid.NewGuid().ToString("N"));
            Feed = Path.Combine(Root, "feed");
            Packages = Path.Combine(Root, "packages");
            Version = "0.0.0-release." + DateTime.UtcNow.ToString("yyyyMMddHHmmss");
            string sources = Path.Combine(Root, "sources");
            CopySources(sources);

            var (exit, output) = ChildProcess.Run("bash", sources, "eng/release.sh", "--portable-only", "--out", Feed, "--version", Version, "--repository-url", ForkAddress);
            Assert.True(exit == 0, output);
            ReleaseOutput = output;

            ChildProcess.Run("dotnet", Root, "build-server", "shutdown");
            string tools = Path.Combine(Root, "tools");
            (exit, output) = Isolated("dotnet", Root, "tool", "install", "--tool-path", tools, "--add-source", Feed, "FindingsGen", "--version", Version);
            Assert.True(exit == 0, output);
            Findings = Path.Combine(tools, OperatingSystem.IsWindows() ? "findings.exe" : "findings");
        }

        public string Root { get; }
        public string Feed { get; }
        public string Version { get; }
        public string Findings { get; }
        public string ReleaseOutput { get; }
        private string Packages { get; }

        /// <summary>Runs a command with its own NuGet package folder, so nothing installed here reaches the user's.</summary>
        public (int Exit, string Output) Isolated(string fileName, string workingDirectory, params string[] args) =>
            ChildProcess.RunWith(new Dictionary<string, string> { ["NUGET_PACKAGES"] = Packages }, fileName, workingDirectory, args);

        /// <summary>The repository's files as a clone has them (tracked, or new and not ignored), without its build output.</summary>
        private static void CopySources(string target)
        {
            var (exit, list) = ChildProcess.Run("git", RepoRoot.Path, "ls-files", "-z", "--cached", "--others", "--exclude-standard");
            Assert.True(exit == 0, list);
            foreach (string relative in list.Split('\0', StringSplitOptions.RemoveEmptyEntries))
            {
                string source = Path.Combine(RepoRoot.Path, relative);
                if (!File.Exists(source)) continue; // deleted in the working tree
                string destination = Path.Combine(target, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(source, destination);
            }
        }

        public void Dispose()
        {
            try { Directory.Delete(Root, true); } catch (IOException) { }
        }
    }

    /// <summary>
    /// A copy of the example study's own files (no project file, no second study) in <paramref name="folder"/>: the
    /// study whose scale and participants the analyzer and address tests plant their findings against. (The newcomer's
    /// path, <c>findings new</c> with the installed tool, is the first test's.)
    /// </summary>
    private static void CopyExampleStudy(string folder)
    {
        string content = StudyCommands.Content;
        foreach (string file in Directory.GetFiles(content, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(content, file);
            string top = relative.Split(Path.DirectorySeparatorChar)[0];
            if (top is "_site" or "bin" or "obj" or "translated" || relative.EndsWith(".csproj")) continue;
            string destination = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    private string EmptyFolder(string name)
    {
        string folder = Path.Combine(release.Root, name);
        Directory.CreateDirectory(folder);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
        Assert.False(folder.StartsWith(RepoRoot.Path, StringComparison.Ordinal));
        return folder;
    }

    [Fact]
    public void The_release_script_lists_each_artifact_with_its_size_and_the_folder_is_a_feed()
    {
        foreach (string artifact in new[] { $"FindingsGen.{release.Version}.nupkg", $"FindingsGen.any.{release.Version}.nupkg", $"FindingsGen.Analyzers.{release.Version}.nupkg", "SHA256SUMS" })
        {
            Assert.True(File.Exists(Path.Combine(release.Feed, artifact)), artifact + " is missing");
            Assert.Matches(new Regex(Regex.Escape(artifact) + @"\s+" + new FileInfo(Path.Combine(release.Feed, artifact)).Length + " bytes"), release.ReleaseOutput);
        }
        string sums = File.ReadAllText(Path.Combine(release.Feed, "SHA256SUMS"));
        using (var sha = System.Security.Cryptography.SHA256.Create())
        {
            string any = $"FindingsGen.any.{release.Version}.nupkg";
            string hash = Convert.ToHexString(sha.ComputeHash(File.ReadAllBytes(Path.Combine(release.Feed, any)))).ToLowerInvariant();
            Assert.Contains($"{hash}  {any}", sums);
        }
        // The pointer package names only what the feed holds: here the portable package alone.
        using var pointer = ZipFile.OpenRead(Path.Combine(release.Feed, $"FindingsGen.{release.Version}.nupkg"));
        using var settings = new StreamReader(pointer.Entries.Single(e => e.Name == "DotnetToolSettings.xml").Open());
        string xml = settings.ReadToEnd();
        Assert.Contains("RuntimeIdentifier=\"any\" Id=\"FindingsGen.any\"", xml);
        Assert.DoesNotContain("linux-x64", xml);
    }

    [Fact]
    public void The_installed_tool_starts_checks_and_builds_a_study_in_an_empty_folder_outside_the_repository()
    {
        string folder = EmptyFolder("first-study");
        var (exit, output) = ChildProcess.Run(release.Findings, folder, "--version");
        Assert.True(exit == 0, output);
        Assert.StartsWith(release.Version, output.Trim());

        // As a newcomer does: the compiler server shut down, a study started with the installed tool, checked, built.
        ChildProcess.Run("dotnet", folder, "build-server", "shutdown");
        (exit, output) = ChildProcess.Run(release.Findings, folder, "new");
        Assert.True(exit == 0, output);
        Assert.True(File.Exists(Path.Combine(folder, "findings.lock")), output);
        Assert.Contains($"FINDINGSGEN_VERSION: \"{release.Version}\"", File.ReadAllText(Path.Combine(folder, ".github", "workflows", "findings.yml")));
        (exit, output) = ChildProcess.Run(release.Findings, folder, "check");
        Assert.True(exit == 0, output);
        Assert.StartsWith("findings check: clean", output);

        (exit, output) = ChildProcess.Run(release.Findings, folder, "build");
        Assert.True(exit == 0, output);
        Assert.True(File.Exists(Path.Combine(folder, "_site", "index.html")), output);
        Assert.True(File.Exists(Path.Combine(folder, "_site", "findings.json")), output);

        // Without a manifest, the installed tool says how to start a study, not where a repository file is.
        (exit, output) = ChildProcess.Run(release.Findings, EmptyFolder("not-a-study"), "check");
        Assert.Equal(2, exit);
        Assert.Contains("run 'findings new'", output);
        Assert.DoesNotContain("(see docs/", output);
    }

    [Fact]
    public void The_generated_workflow_installs_the_tool_from_a_committed_folder_feed_alone()
    {
        string folder = EmptyFolder("ci-feed");
        var (exit, output) = ChildProcess.Run(release.Findings, folder, "new");
        Assert.True(exit == 0, output);
        // As the README says to until the package is on nuget.org: the release's tool packages committed in tools/feed.
        string feed = Path.Combine(folder, "tools", "feed");
        Directory.CreateDirectory(feed);
        foreach (string package in Directory.GetFiles(release.Feed, "FindingsGen*.nupkg").Where(p => !Path.GetFileName(p).StartsWith("FindingsGen.Analyzers.", StringComparison.Ordinal)))
            File.Copy(package, Path.Combine(feed, Path.GetFileName(package)));

        var workflow = new YamlDotNet.RepresentationModel.YamlStream();
        workflow.Load(new StringReader(File.ReadAllText(Path.Combine(folder, ".github", "workflows", "findings.yml"))));
        var root = (YamlDotNet.RepresentationModel.YamlMappingNode)workflow.Documents.Single().RootNode;
        string At(YamlDotNet.RepresentationModel.YamlNode node, string key) => ((YamlDotNet.RepresentationModel.YamlScalarNode)((YamlDotNet.RepresentationModel.YamlMappingNode)node)[key]).Value!;
        var check = (YamlDotNet.RepresentationModel.YamlMappingNode)((YamlDotNet.RepresentationModel.YamlMappingNode)root["jobs"])["check"];
        var install = ((YamlDotNet.RepresentationModel.YamlSequenceNode)check["steps"]).Children.Single(step => At(step, "name") == "Install FindingsGen");

        // The runner's environment: a home of its own (where --global installs), its temporary folder and GITHUB_PATH.
        string home = Path.Combine(release.Root, "ci-home"), temp = Path.Combine(release.Root, "ci-temp"), githubPath = Path.Combine(temp, "github_path");
        Directory.CreateDirectory(home);
        Directory.CreateDirectory(temp);
        var env = new Dictionary<string, string>
        {
            ["HOME"] = home, ["RUNNER_TEMP"] = temp, ["GITHUB_PATH"] = githubPath,
            ["FINDINGSGEN_VERSION"] = At(root["env"], "FINDINGSGEN_VERSION"), ["NUGET_PACKAGES"] = Path.Combine(release.Root, "ci-packages"),
        };
        (exit, output) = ChildProcess.RunWith(env, "bash", folder, "-e", "-c", At(install, "run"));
        Assert.True(exit == 0, output);
        string tools = Path.Combine(home, ".dotnet", "tools");
        Assert.Equal(tools, File.ReadAllText(githubPath).Trim());
        (exit, output) = ChildProcess.Run(Path.Combine(tools, "findings"), folder, "--version");
        Assert.True(exit == 0, output);
        Assert.StartsWith(release.Version, output.Trim());
    }

    [Fact]
    public void A_study_project_restores_the_analyzer_from_the_feed_and_a_planted_FG0001_fails_the_build_at_its_place()
    {
        string folder = EmptyFolder("study-project");
        CopyExampleStudy(folder);
        File.WriteAllText(Path.Combine(folder, "Study.csproj"), DocsBlocks.Xml("build.md", "<Project Sdk=").Replace("Version=\"0.1.0\"", $"Version=\"{release.Version}\""));
        // As docs/install.md says: the package in the study's packages/ folder, and its nuget.config, verbatim.
        File.WriteAllText(Path.Combine(folder, "nuget.config"), DocsBlocks.Xml("install.md", "<packageSources>"));
        Directory.CreateDirectory(Path.Combine(folder, "packages"));
        File.Copy(Path.Combine(release.Feed, $"FindingsGen.Analyzers.{release.Version}.nupkg"), Path.Combine(folder, "packages", $"FindingsGen.Analyzers.{release.Version}.nupkg"));
        string results = Path.Combine(folder, "results.md");
        int line = File.ReadAllLines(results).Length + 2;
        File.AppendAllText(results, "\n[Most]{.freq of=\"T1 T2\"} therapists planted this claim.\n");

        ChildProcess.Run("dotnet", folder, "build-server", "shutdown");
        string sarif = Path.Combine(folder, "build.sarif");
        var (exit, output) = release.Isolated("dotnet", folder, "build", "-nodeReuse:false", $"-p:ErrorLog={sarif}%2Cversion=2.1");
        Assert.NotEqual(0, exit);
        Assert.Contains($"{results}({line},1): error FG0001: 'Most' means 4–5 participants on this study's scale, but 2 are cited (T1, T2)", output);
        Assert.DoesNotContain("NU1101", output);
        Assert.DoesNotContain("CS9057", output);
        Assert.DoesNotContain("AD0001", output);

        // The analyzer's help link comes from the repository address the package was built with.
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        var rule = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "FG0001");
        Assert.Equal(ForkAddress + "/blob/main/docs/rules/FG0001.md", rule.GetProperty("helpUri").GetString());
    }

    [Fact]
    public void Built_with_another_repository_address_every_link_schema_and_package_names_it()
    {
        string folder = EmptyFolder("address");
        CopyExampleStudy(folder);
        string docs = ForkAddress + "/blob/main/docs/";

        var (exit, output) = ChildProcess.Run(release.Findings, folder, "check", "--format", "sarif");
        Assert.True(exit == 0, output);
        using (var sarif = JsonDocument.Parse(output))
        {
            var driver = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
            Assert.Equal(ForkAddress, driver.GetProperty("informationUri").GetString());
            Assert.All(driver.GetProperty("rules").EnumerateArray(), r => Assert.StartsWith(docs + "rules/FG", r.GetProperty("helpUri").GetString()));
        }

        (exit, output) = ChildProcess.Run(release.Findings, folder, "build", "-o", Path.Combine(release.Root, "address-site"));
        Assert.True(exit == 0, output);
        using (var findings = JsonDocument.Parse(File.ReadAllText(Path.Combine(release.Root, "address-site", "findings.json"))))
        {
            Assert.Equal(docs + "findings.schema.json", findings.RootElement.GetProperty("schema").GetString());
        }

        // Every schema in docs/, as released and as embedded in the installed tool.
        var schemas = Directory.GetFiles(Path.Combine(RepoRoot.Path, "docs"), "*.schema.json").Select(f => Path.GetFileName(f)).ToList();
        Assert.NotEmpty(schemas);
        foreach (string name in schemas)
        {
            using var released = JsonDocument.Parse(File.ReadAllText(Path.Combine(release.Feed, "schemas", name)));
            Assert.Equal(docs + name, released.RootElement.GetProperty("$id").GetString());
            string installed = Directory.GetFiles(Path.Combine(release.Root, "tools", ".store"), name, SearchOption.AllDirectories).Single();
            Assert.Contains($"\"$id\": \"{docs}{name}\"", File.ReadAllText(installed));
        }

        // The packages' metadata.
        foreach (string id in new[] { "FindingsGen", "FindingsGen.any", "FindingsGen.Analyzers" })
        {
            using var package = ZipFile.OpenRead(Path.Combine(release.Feed, $"{id}.{release.Version}.nupkg"));
            using var nuspec = new StreamReader(package.Entries.Single(e => e.FullName.EndsWith(".nuspec")).Open());
            string text = nuspec.ReadToEnd();
            Assert.Contains($"<projectUrl>{ForkAddress}</projectUrl>", text);
            Assert.Contains($"url=\"{ForkAddress}\"", text);
        }

        // The analyzer package's core: its help links (checked in a real build above) and nothing of the default address.
        using (var analyzer = ZipFile.OpenRead(Path.Combine(release.Feed, $"FindingsGen.Analyzers.{release.Version}.nupkg")))
        {
            using var core = new MemoryStream();
            analyzer.GetEntry("analyzers/dotnet/cs/FindingsGen.Language.dll")!.Open().CopyTo(core);
            // String constants are stored as UTF-16, at any byte offset.
            byte[] bytes = core.ToArray();
            Assert.True(bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(ForkAddress + "/blob/main/docs/")) >= 0, "the fork's address is not in the analyzer's core");
            Assert.True(bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes("github.com/findingsgen")) < 0, "the default address is still in the analyzer's core");
        }
    }
}
