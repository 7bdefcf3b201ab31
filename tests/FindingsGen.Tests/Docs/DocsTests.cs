using System.IO;
using FindingsGen.Language.Diagnostics;
using Xunit;

namespace FindingsGen.Tests;

public sealed class DocsTests
{
    [Theory]
    [MemberData(nameof(RuleIds.All), MemberType = typeof(RuleIds))]
    public void Every_rule_has_a_page_with_the_required_sections(string id)
    {
        var rule = RuleTable.Find(id)!;
        string path = Path.Combine(RepoRoot.Path, rule.HelpPath);
        Assert.True(File.Exists(path), $"{rule.HelpPath} is missing");
        string text = File.ReadAllText(path);
        Assert.StartsWith($"# {id}: {rule.Title}\n", text);
        foreach (var section in new[] { "## Cause", "## Wrong", "## Right", "## How to fix", "## How to suppress" })
        {
            Assert.Contains("\n" + section + "\n", text);
        }
        // FG0201 and FG0301 guard the privacy screen: their pages say why they cannot be switched off instead.
        if (FindingsGen.Language.Manifest.ManifestReader.IsGuardRule(id)) Assert.Contains("cannot be switched off", text);
        else Assert.Contains($"  {id}: none", text);
    }

    [Theory]
    [MemberData(nameof(RuleIds.All), MemberType = typeof(RuleIds))]
    public void The_language_guide_lists_every_rule(string id)
    {
        string guide = File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "language.md"));
        Assert.Contains($"| [{id}](rules/{id}.md) |", guide);
    }
}
