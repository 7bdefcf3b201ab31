using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using FindingsGen.Language.Diagnostics;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// The installed tool and the analyzer package run without this repository beside them, so nothing they print may point
/// at a path inside it ("see docs/language.md"): every string literal of the shipped assemblies, and every template and
/// asset the site is made from, is scanned for one.
/// </summary>
public sealed class UserMessageTests
{
    // A repository folder named at the start of a literal or after a space, quote or bracket: "docs/…", "(see docs/…)".
    // Inside an address ("…/blob/main/docs/") it is preceded by a slash and is not matched.
    private static readonly Regex RepositoryPath = new(@"(?<![\w./:@-])(docs|bench|src|tests|content|eng|fuzz|artifacts)/", RegexOptions.CultureInvariant);

    // Rule.HelpPath: where a rule's page lives in the repository, for the tests and the release-tracking files; never printed.
    private static readonly string[] Allowed = { "docs/rules/" };

    private static IEnumerable<string> ShippedAssemblies()
    {
        string configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}") ? "Debug" : "Release";
        yield return typeof(Cli.CheckCommand).Assembly.Location;
        yield return typeof(Files.StudyLoader).Assembly.Location;
        yield return typeof(RuleTable).Assembly.Location;
        yield return typeof(Analyzers.FindingsAnalyzer).Assembly.Location;
        yield return Path.Combine(RepoRoot.Path, "src", "FindingsGen.MSBuild", "bin", configuration, "net8.0", "FindingsGen.MSBuild.dll");
    }

    private static List<string> StringLiterals(string assembly)
    {
        using var stream = File.OpenRead(assembly);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var literals = new List<string>();
        var handle = MetadataTokens.UserStringHandle(1);
        while (!handle.IsNil)
        {
            literals.Add(metadata.GetUserString(handle));
            handle = metadata.GetNextHandle(handle);
        }
        return literals;
    }

    [Fact]
    public void No_string_in_the_shipped_assemblies_names_a_path_inside_the_repository()
    {
        var found = new List<string>();
        foreach (string assembly in ShippedAssemblies())
        {
            Assert.True(File.Exists(assembly), assembly + " was not built");
            var literals = StringLiterals(assembly);
            Assert.NotEmpty(literals);
            found.AddRange(literals.Where(s => RepositoryPath.IsMatch(s) && !Allowed.Contains(s)).Select(s => $"{Path.GetFileName(assembly)}: \"{s}\""));
        }
        Assert.True(found.Count == 0, "points into the repository: " + string.Join("; ", found));
    }

    [Fact]
    public void No_site_template_or_asset_names_a_path_inside_the_repository()
    {
        var assembly = typeof(Cli.CheckCommand).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith("templates/") || n.StartsWith("assets/")).ToList();
        Assert.Contains("templates/layout.html", names);
        foreach (string name in names)
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            string text = reader.ReadToEnd();
            Assert.False(RepositoryPath.IsMatch(text), $"{name}: '{RepositoryPath.Match(text).Value}' points into the repository");
        }
    }

    [Fact]
    public void The_scan_finds_a_repository_path_where_one_is_written()
    {
        Assert.Matches(RepositoryPath, "a study folder needs one (see docs/language.md)");
        Assert.Matches(RepositoryPath, "docs/language.md");
        Assert.Matches(RepositoryPath, "run bench/publish-tool.sh");
        Assert.DoesNotMatch(RepositoryPath, RuleTable.DocsBaseUrl + "language.md");
        Assert.DoesNotMatch(RepositoryPath, "transcripts/{id}.*");
    }

    [Fact]
    public void A_folder_without_a_manifest_is_told_how_to_start_a_study_and_where_the_manifest_is_documented()
    {
        using var temp = new TempStudy();
        var (exit, _, error) = StudyCommands.Check(temp.Path);
        Assert.Equal(2, exit);
        Assert.Contains("run 'findings new' to start a study", error);
        Assert.Contains(RuleTable.DocsBaseUrl + "language.md#the-manifest-findingsyml", error);
        Assert.DoesNotMatch(RepositoryPath, error);
    }
}
