using System.Linq;
using System.Threading.Tasks;
using FindingsGen.Analyzers;
using FindingsGen.Language.Diagnostics;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>The analyzer under Microsoft.CodeAnalysis.Testing: the study in AdditionalFiles, expected spans marked inline.</summary>
public sealed class AnalyzerTests
{
    private const string Manifest = "title: T\nparticipants: { T1: {}, T2: {}, T3: {}, T4: {} }\nfrequency: { most: 3-4, one: 1 }\nquantifier_nouns: [participants]\n";

    private static Task Verify(string manifest, string page, string? transcript = null, string? identifiers = null)
    {
        var test = new CSharpAnalyzerTest<FindingsAnalyzer, DefaultVerifier>
        {
            TestCode = "class Study { }",
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.AdditionalFiles.Add(("/study/findings.yml", manifest));
        test.TestState.AdditionalFiles.Add(("/study/results.md", page));
        // What the build step hands the analyzer: files with metadata, as its generated .editorconfig carries them.
        var config = new System.Text.StringBuilder("root = true\n");
        string Meta(string name, string value) => $"build_metadata.AdditionalFiles.{name} = {Language.HostFiles.Encode(value)}\n";
        if (transcript is not null)
        {
            test.TestState.AdditionalFiles.Add(("/study/obj/available", "x"));
            test.TestState.AdditionalFiles.Add(("/study/transcripts/T1.txt", transcript));
            config.Append("[/study/obj/available]\n").Append(Meta(Language.HostFiles.Role, Language.HostFiles.AvailableRole));
            config.Append("[/study/transcripts/T1.txt]\n").Append(Meta(Language.HostFiles.Participant, "T1")).Append(Meta(Language.HostFiles.Format, "txt")).Append(Meta(Language.HostFiles.Name, "T1.txt"));
        }
        if (identifiers is not null)
        {
            test.TestState.AdditionalFiles.Add(("/private/identifiers.txt", identifiers));
            config.Append("[/private/identifiers.txt]\n").Append(Meta(Language.HostFiles.Role, Language.HostFiles.IdentifiersRole));
        }
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", config.ToString()));
        return test.RunAsync();
    }

    private const string Transcript = "I: How was it?\nT1: I kept going, every single day.\n";
    private const string Traced = Manifest + "transcripts:\n  path: transcripts/{id}.*\n  interviewer: [I]\nrules: { FG0008: none }\n";

    [Fact]
    public Task Tracing_clean() => Verify(Traced, "[\"I kept going\"]{.quote from=T1}\n", Transcript);

    [Fact]
    public Task Tracing_failing() => Verify(Traced,
        "[\"{|FG0101:Nothing like this was said|}\"]{.quote from=T1} [\"{|FG0103:How was it?|}\"]{.quote from=T1} [\"{|FG0104:I kept going, every day|}\"]{.quote from=T1}\n",
        Transcript);

    [Fact]
    public Task Privacy_clean() => Verify(Traced, "[\"I kept going\"]{.quote from=T1}\n", Transcript, "Oslo\n");

    [Fact]
    public Task Privacy_failing() => Verify(Traced.Replace("FG0008: none", "FG0008: none, FG0101: none, FG0104: none"), "[\"I kept going in {|FG0301:Oslo|}\"]{.quote from=T1}\n", Transcript, "Oslo\n");

    [Fact]
    public Task Claims_clean() => Verify(Manifest + "rules: { FG0008: none, FG0106: none }\n",
        "[Most]{.freq of=\"T1 T2 T3\"} participants agreed, and [one]{.freq of=T4} did not.\n");

    [Fact]
    public Task Claims_failing() => Verify(Manifest + "rules: { FG0008: none, FG0106: none }\n",
        "{|FG0001:[Most]{.freq of=\"T1 T2\"}|} agreed. {|FG0002:[Many]{.freq of=T1}|} too. {|FG0003:Most participants|} said so.\n" +
        "[one]{.freq of={|FG0004:T9|}} and {|FG0009:[one]{.freq}|}.\n");

    [Fact]
    public Task Structure_clean() => Verify(Manifest + "rules: { FG0106: none }\n",
        "# Theme {#theme .theme}\n\n## Sub {#sub .subtheme}\n\n[\"yes\"]{.quote from=T1}\n\nSee [](#sub).\n");

    [Fact]
    public Task Structure_failing() => Verify(Manifest + "rules: { FG0106: none }\n",
        "# Theme {#theme .theme}\n\n## Sub {{|FG0005:#theme|} .subtheme}\n\n[\"yes\"]{.quote from=T1}\n\nSee {|FG0006:[](#nowhere)|}.\n\n{|FG0008:# Lonely at work {#lonely .theme}|}\n\nThe theme {|FG0007:\"Lonely at home\"|} and \"Lonely\".\n");

    [Fact]
    public Task Misspelled_construct_clean() => Verify(Manifest + "rules: { FG0008: none, FG0106: none }\n",
        "[\"yes\"]{.quote from=T1} and [one]{.freq of=T1} participant, [a note]{.note}.\n");

    [Fact]
    public Task Misspelled_construct_failing() => Verify(Manifest + "rules: { FG0008: none, FG0106: none }\n",
        "[\"invented\"]{|FG0010:{.qoute from=T1}|} and [\"yes\"]{|FG0010:{.quote from=T1 lang=en}|}.\n");

    [Fact]
    public Task Manifest_failing() => Verify("title: T\nparticipants: {}\n{|FG0201:colour|}: blue\n", "Text.\n");

    [Fact]
    public Task Tracing_without_transcripts_or_lock_is_FG0106() => Verify(Manifest + "rules: { FG0008: none }\n",
        "[\"{|FG0106:I said it|}\"]{.quote from=T1}\n");

    [Fact]
    public void Every_rule_has_one_descriptor_with_its_help_page()
    {
        Assert.Equal(RuleTable.All.Count, Descriptors.All.Length);
        foreach (var rule in RuleTable.All)
        {
            var descriptor = Descriptors.ById[rule.Id];
            Assert.Equal(rule.Title, descriptor.Title.ToString());
            Assert.Equal(Descriptors.ToRoslyn(rule.DefaultSeverity), descriptor.DefaultSeverity);
            Assert.Equal(rule.Category, descriptor.Category);
            Assert.Equal("{0}", descriptor.MessageFormat.ToString());
            Assert.EndsWith("docs/rules/" + rule.Id + ".md", descriptor.HelpLinkUri);
        }
    }

    [Fact]
    public void Release_tracking_lists_exactly_the_rules_of_the_table()
    {
        // Roslyn's release tracking reads only literal IDs, and the descriptors are made from the table, so this test is
        // what keeps AnalyzerReleases.*.md true: every rule has one row (ID, category, severity), and every row a rule.
        string folder = System.IO.Path.Combine(RepoRoot.Path, "src", "FindingsGen.Analyzers");
        var rows = new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
            .SelectMany(f => System.IO.File.ReadAllLines(System.IO.Path.Combine(folder, f)))
            .Where(l => l.StartsWith("FG", System.StringComparison.Ordinal))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .ToList();
        Assert.Equal(RuleTable.All.Select(r => r.Id), rows.Select(r => r[0]).OrderBy(id => id, System.StringComparer.Ordinal));
        foreach (var rule in RuleTable.All)
        {
            var row = rows.Single(r => r[0] == rule.Id);
            Assert.Equal(rule.Category, row[1]);
            Assert.Equal(Descriptors.ToRoslyn(rule.DefaultSeverity).ToString(), row[2]);
            Assert.Equal(rule.HelpPath, row[3]);
        }
    }
}
