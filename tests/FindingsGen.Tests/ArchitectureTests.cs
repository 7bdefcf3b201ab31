using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using FindingsGen.Language.Model;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// The layout docs/architecture.md describes, held by tests: data flows files → core → hosts, the disk is touched in
/// one project, the site knows nothing of the command line, and the core keeps no state between calls.
/// </summary>
public sealed class ArchitectureTests
{
    private static string Src => Path.Combine(RepoRoot.Path, "src");

    private static string[] Sources(string under) =>
        Directory.GetFiles(Path.Combine(Src, under), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
            .ToArray();

    [Fact]
    public void The_site_knows_nothing_of_the_command_line()
    {
        var cli = new Regex(@"\bFindingsGen\.Cli\b|(?<![\w.])Cli\.[A-Z]");
        var offenders = Sources(Path.Combine("FindingsGen", "Site")).Where(f => cli.IsMatch(File.ReadAllText(f))).Select(f => Path.GetRelativePath(Src, f)).ToList();
        Assert.True(offenders.Count == 0, "Site/ uses Cli/: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Only_the_file_layer_reads_or_writes_the_disk()
    {
        // Path arithmetic and the current directory are not disk access; a FileSystemWatcher reads no file.
        var disk = new Regex(@"(?<![\w.])(File|Directory)\.(?!GetCurrentDirectory\b)[A-Z]\w*\(|new FileStream\(|File\.OpenHandle|RandomAccess\.");
        var offenders = new[] { "FindingsGen", "FindingsGen.Language", "FindingsGen.Analyzers", "FindingsGen.MSBuild" }
            .SelectMany(Sources)
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (f, i, line)))
            .Where(x => disk.IsMatch(x.line) && !x.line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Select(x => $"{Path.GetRelativePath(Src, x.f)}({x.i + 1}): {x.line.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, "disk access outside FindingsGen.Files:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_core_keeps_no_state_between_calls()
    {
        // A static field that can be assigned after start-up would outlive a check (in the compiler server, for hours).
        // The one exception holds no study data: a SHA-256 hasher reused by its thread.
        var allowed = new[] { "FindingsGen.Language.Tracing.Sha256Hex.shared" };
        var mutable = typeof(Study).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly).Select(f => (Type: t, Field: f)))
            .Where(x => !x.Field.IsInitOnly && !x.Field.IsLiteral && x.Field.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
            .Select(x => x.Type.FullName + "." + x.Field.Name)
            .Where(name => !allowed.Contains(name))
            .ToList();
        Assert.True(mutable.Count == 0, "mutable static fields in the core: " + string.Join(", ", mutable));
    }

    [Fact]
    public void The_tests_mirror_the_source_tree()
    {
        // Each test file sits in the folder named after the project (and folder) it tests; helpers live in Support/.
        string tests = Path.Combine(RepoRoot.Path, "tests", "FindingsGen.Tests");
        var loose = Directory.GetFiles(tests, "*.cs").Select(Path.GetFileName).Where(n => n != "ArchitectureTests.cs").ToList();
        Assert.True(loose.Count == 0, "test files outside a folder: " + string.Join(", ", loose));
        // A helper one test class lends another lives in Support/, not inside a test class.
        var borrowed = new Regex(@"\b(\w+Tests)\.[A-Z]\w*");
        foreach (var file in Directory.GetFiles(tests, "*.cs", SearchOption.AllDirectories).Where(f => f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) == false && f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar) == false))
        {
            string own = Path.GetFileNameWithoutExtension(file);
            var others = borrowed.Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value).Where(c => c != own && c != nameof(ArchitectureTests)).Distinct().ToList();
            Assert.True(others.Count == 0, $"{Path.GetRelativePath(tests, file)} uses helpers of {string.Join(", ", others)}: move them to Support/");
        }
    }
}
