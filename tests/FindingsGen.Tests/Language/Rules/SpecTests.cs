using System.Collections.Generic;
using System.IO;
using System.Linq;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Rules;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>Runs every example of every spec file (docs/rules/*.md and Specs/*.md) and compares the diagnostics exactly.</summary>
public sealed class SpecTests
{
    public static IEnumerable<object[]> Examples() => SpecFile.ReadAll().Select(e => new object[] { e });

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_gives_exactly_the_expected_diagnostics(SpecFile.Example example)
    {
        var result = StudyRunner.Check(example.Manifest, example.Pages, example.Transcripts.Count > 0 ? example.Transcripts : null, example.Identifiers,
            example.Lock, example.Unlisted);
        Assert.Equal(string.Join("\n", example.Expected), string.Join("\n", StudyRunner.Lines(result)));
    }

    /// <summary>
    /// Rules the spec runner cannot reach, because a host finds them outside the core, with the tests that cover them.
    /// Every other rule's page carries a firing and a quiet example.
    /// </summary>
    private static readonly Dictionary<string, string> FoundOnlyByAHost = new()
    {
        ["FG0204"] = "the site's templates (SiteHtmlTests)",
        ["FG0505"] = "reading the coding project (QdaProjectReaderTests, QdaPackageTests)",
    };

    [Theory]
    [MemberData(nameof(RuleIds.All), MemberType = typeof(RuleIds))]
    public void Every_rule_in_the_table_has_its_file_its_page_and_a_firing_and_a_quiet_example(string id)
    {
        // Its class, in a file of its own named by the ID (one type per file, so the class name is the file name).
        var rule = RuleTable.Rules.Single(r => r.Descriptor.Id == id);
        Assert.StartsWith(id, rule.GetType().Name);
        string file = Path.Combine(RepoRoot.Path, "src", "FindingsGen.Language", "Rules", rule.GetType().Name + ".cs");
        Assert.True(File.Exists(file), $"{id}: {file} is missing");

        // Its page, which is its spec file.
        Assert.True(File.Exists(Path.Combine(RepoRoot.Path, RuleTable.Find(id)!.HelpPath)), $"{id}: its page is missing");
        if (FoundOnlyByAHost.ContainsKey(id)) return;
        var examples = SpecFile.Read(Path.Combine(SpecFile.RulePages, id + ".md")).ToList();
        Assert.True(examples.Any(e => e.Expected.Any(l => l.Contains($" {id}: "))), $"{id}: its page has no example where it fires");
        Assert.True(examples.Any(e => e.Expected.Count == 0), $"{id}: its page has no example that is clean");
    }

    [Fact]
    public void Every_rule_class_is_in_the_table_once()
    {
        var classes = typeof(IRule).Assembly.GetTypes().Where(t => typeof(IRule).IsAssignableFrom(t) && !t.IsInterface && !t.IsAbstract).ToList();
        Assert.Equal(classes.OrderBy(t => t.Name), RuleTable.Rules.Select(r => r.GetType()).OrderBy(t => t.Name));
        Assert.Equal(RuleTable.All.Select(r => r.Id).OrderBy(id => id, System.StringComparer.Ordinal), RuleTable.All.Select(r => r.Id));
        Assert.Equal(RuleTable.All.Count, RuleTable.All.Select(r => r.Id).Distinct().Count());
    }
}
