using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FindingsGen.Cli;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>One rule engine, two hosts: the analyzer reports exactly what findings check reports.</summary>
[Collection(EnvironmentCollection.Name)]
public sealed class AnalyzerEquivalenceTests
{
    /// <summary>Every spec example, written out as a study folder (transcripts, identifiers and all).</summary>
    public static IEnumerable<object[]> Fixtures() => SpecFile.ReadAll().Select(e => new object[] { e });

    private static TempStudy Write(SpecFile.Example example)
    {
        var temp = new TempStudy();
        string manifest = example.Manifest;
        if (example.Identifiers is not null)
        {
            manifest += "identifiers: private/identifiers.txt\n";
            temp.Write("private/identifiers.txt", example.Identifiers);
        }
        temp.Write("findings.yml", manifest);
        foreach (var page in example.Pages) temp.Write(page.Key, page.Value);
        foreach (var transcript in example.Transcripts) temp.Write("transcripts/" + transcript.Key, transcript.Value);
        // The coding project the manifest names, as a package exports it: a zip holding project.qde.
        var coding = System.Text.RegularExpressions.Regex.Match(manifest, "^coding: (.+)$", System.Text.RegularExpressions.RegexOptions.Multiline);
        if (example.Coding is not null && coding.Success)
        {
            string project = Path.Combine(temp.Path, coding.Groups[1].Value.Trim());
            Directory.CreateDirectory(Path.GetDirectoryName(project)!);
            QdaProjects.WriteZip(project, new[] { new KeyValuePair<string, byte[]>("project.qde", System.Text.Encoding.UTF8.GetBytes(example.Coding)) });
        }
        return temp;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task The_analyzer_and_the_cli_agree_on_every_spec_fixture(SpecFile.Example example)
    {
        using var temp = Write(example);
        Assert.Equal(StudyCommands.CheckAsFindings(temp.Path), await AnalyzerHost.RunAsync(temp.Path));
    }

    [Fact]
    public async Task The_analyzer_and_the_cli_agree_on_the_example_study_with_a_mistake_of_every_kind()
    {
        Assert.Empty(await AnalyzerHost.RunAsync(StudyCommands.Content));

        using var temp = StudyCommands.CopyOfExample();
        string results = Path.Combine(temp.Path, "results.md");
        string text = File.ReadAllText(results)
            .Replace("[Most]{.freq of=\"T1 T2 T4 T5\"}", "[Most]{.freq of=\"T1 T2 T4\"}")                 // FG0001
            .Replace("I thought about that bird all evening", "I thought about that bird all night") // FG0104
            .Replace("[](#holding)", "[](#holdin)")                                                      // FG0006
            .Replace("from=T3}\nI do not always", "from=T2}\nI do not always")                         // FG0102
            + "\nMost participants agreed. \"Peers who understood\" mattered.\n";                        // FG0003, FG0007
        File.WriteAllText(results, text);
        var cli = StudyCommands.CheckAsFindings(temp.Path);
        Assert.Equal(new[] { "FG0001", "FG0003", "FG0007", "FG0102", "FG0104" }, cli.Select(d => d.Id).Distinct().OrderBy(i => i));
        Assert.Equal(cli, await AnalyzerHost.RunAsync(temp.Path));
    }

    [Fact]
    public async Task Cancellation_stops_the_analyzer_without_an_AD0001()
    {
        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();
        await Assert.ThrowsAnyAsync<System.OperationCanceledException>(() => AnalyzerHost.RunAsync(StudyCommands.Content, cancellation: cancelled.Token));
    }
}
