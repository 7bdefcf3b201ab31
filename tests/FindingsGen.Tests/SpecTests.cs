using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>Runs every example of every spec file under Specs/ and compares the diagnostics exactly.</summary>
public sealed class SpecTests
{
    public static IEnumerable<object[]> Examples() => SpecFile.ReadAll().Select(e => new object[] { e });

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_gives_exactly_the_expected_diagnostics(SpecFile.Example example)
    {
        var result = StudyRunner.Check(example.Manifest, example.Pages, example.Transcripts.Count > 0 ? example.Transcripts : null, example.Identifiers);
        Assert.Equal(string.Join("\n", example.Expected), string.Join("\n", StudyRunner.Lines(result)));
    }

    [Fact]
    public void Every_rule_of_the_language_core_has_a_firing_and_a_clean_spec_example()
    {
        var examples = SpecFile.ReadAll().ToList();
        var firing = examples.SelectMany(e => e.Expected).Select(l => l.Split(' ').FirstOrDefault(w => w.StartsWith("FG"))?.TrimEnd(':')).ToHashSet();
        foreach (var id in new[] { "FG0001", "FG0002", "FG0003", "FG0004", "FG0005", "FG0006", "FG0007", "FG0008", "FG0009", "FG0010", "FG0201" })
        {
            Assert.Contains(id, firing);
            Assert.Contains(examples, e => e.File.StartsWith(id) && e.Expected.Count == 0);
        }
    }
}
