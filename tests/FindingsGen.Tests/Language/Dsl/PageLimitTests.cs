using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using FindingsGen.Language.Dsl.Limits;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// Pages written to be hard to parse (docs/language.md, "Limits"): each answers within seconds, and `check` and
/// `build` agree — an error located in the page and a complete draft, or no error and a complete site.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class PageLimitTests
{
    private const string Manifest = "title: x\nparticipants: { T1: {} }\n";

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    /// <summary>Hostile pages, the place of the first FG0202 ("line,col") and how the message starts.</summary>
    public static IEnumerable<object[]> TooDeepOrTooBig() => new[]
    {
        new object[] { "128 nested block quotes (case 04)", Repeat(">", 128) + " x\n", "1,65", "the page is nested too deeply here" },
        new object[] { "20,000 open brackets (case 05)", Repeat("[", 20_000), "1,64", "the page is nested too deeply here" },
        new object[] { "257 nested emphasis markers (case 06)", Repeat("*", 257) + "x" + Repeat("*", 257) + "\n", "1,126", "the page is nested too deeply here" },
        new object[] { "8,000 fenced divs, none closed (case 08)", Repeat("::: {.quote from=T1}\n", 8_000), "65,1", "the page is nested too deeply here" },
        new object[] { "2,000 fenced divs, all closed", Repeat("::: {.quote from=T1}\n", 2_000) + "x\n" + Repeat(":::\n", 2_000), "65,1", "the page is nested too deeply here" },
        new object[] { "1,000 nested list items", string.Concat(Enumerable.Range(0, 1_000).Select(i => new string(' ', 2 * i) + "- x\n")), "32,65", "the page is nested too deeply here" },
        new object[] { "100,000 block quotes on one line", Repeat(">", 100_000) + " x\n", "1,65", "the page is nested too deeply here" },
        new object[] { "20,000 open image brackets", Repeat("![", 20_000), "1,", "" },
        new object[] { "16,000 lines of one paragraph, each with an unmatched star", Repeat("word *x\n", 16_000), "1001,6", "more than 1,000 brackets and emphasis markers are open at once" },
        new object[] { "a table of 16,000 rows with one unmatched star", "| a | b |\n|---|---|\n| *x | y |\n" + Repeat("| x | y |\n", 16_000), "1001,1", "more than 1,000 consecutive lines with '|'" },
        new object[] { "emphasis 257 deep inside a span's text", "[" + Repeat("*", 257) + "x" + Repeat("*", 257) + "]{.note}\n", "1,1", "the page is nested too deeply here" },
        new object[] { "a page of 3,055,000 characters", Repeat("Plain prose, line after line, nothing nested.\n\n", 65_000), "127659,38", "the page holds 3,055,000 characters" },
        new object[] { "attribute lists that never close", Repeat("[a]{k=x", 20_000) + "\n", "1,4", "this attribute list runs past 1,000 characters" },
        new object[] { "40 block quotes around 40 nested emphasis markers", Repeat(">", 40) + " " + Repeat("*", 60) + "x" + Repeat("*", 60) + "\n", "1,", "the page is nested too deeply here" },
    };

    [Theory]
    [MemberData(nameof(TooDeepOrTooBig))]
    public void A_page_past_a_limit_is_FG0202_where_it_goes_past_within_seconds(string name, string page, string at, string message)
    {
        var watch = Stopwatch.StartNew();
        var result = StudyRunner.Check(Manifest, ("results.md", page));
        watch.Stop();
        var limit = result.Diagnostics.Where(d => d.Id == "FG0202").ToList();
        Assert.True(limit.Count == 1, $"{name}: {string.Join("\n", StudyRunner.Lines(result))}");
        Assert.StartsWith($"results.md({at}", limit[0].ToString());
        Assert.Contains("error FG0202: " + message, limit[0].ToString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{name}: took {watch.Elapsed}");
    }

    [Theory]
    [MemberData(nameof(TooDeepOrTooBig))]
    public void A_page_past_a_limit_is_still_published_complete_as_a_draft(string name, string page, string at, string message)
    {
        _ = (at, message);
        using var study = new TempStudy();
        study.Write("findings.yml", Manifest);
        study.Write("results.md", page);
        var outcome = SiteBuilds.Build(study.Path, draft: true);
        Assert.True(outcome.ExitCode == 1, name);
        AssertComplete(outcome.OutputFolder);
    }

    /// <summary>Pages just inside the limits: no error, and the site renders them.</summary>
    public static IEnumerable<object[]> WithinLimits() => new[]
    {
        new object[] { "60 nested block quotes", Repeat(">", 60) + " x\n" },
        new object[] { "100 nested emphasis markers", Repeat("*", 100) + "x" + Repeat("*", 100) + "\n" },
        new object[] { "emphasis 100 deep inside a span's text", "[" + Repeat("*", 100) + "x" + Repeat("*", 100) + "]{.note}\n" },
        new object[] { "a table of 900 rows with a star in every cell", "| who | said |\n|---|---|\n" + Repeat("| T1* | yes |\n", 900) },
        new object[] { "60 open brackets", Repeat("[", 60) + "\n" },
        new object[] { "30 fenced divs nested and closed", Repeat("::: {.aside}\n", 30) + "x\n" + Repeat(":::\n", 30) },
    };

    [Theory]
    [MemberData(nameof(WithinLimits))]
    public void A_page_inside_the_limits_checks_clean_and_builds(string name, string page)
    {
        using var study = new TempStudy();
        study.Write("findings.yml", Manifest);
        study.Write("results.md", page);
        var result = StudyRunner.Check(Manifest, ("results.md", page));
        Assert.True(result.Errors == 0, $"{name}: {string.Join("\n", StudyRunner.Lines(result))}");
        var outcome = SiteBuilds.Build(study.Path);
        Assert.True(outcome.ExitCode == 0, name);
        AssertComplete(outcome.OutputFolder);
    }

    [Fact]
    public void The_limits_are_the_documented_ones()
    {
        string language = File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "language.md"));
        Assert.Contains($"{PageLimits.MaxDepth} levels", language);
        Assert.Contains($"{PageLimits.MaxCharacters:N0} characters", language);
        Assert.Contains($"{PageLimits.MaxTableRows:N0} consecutive lines", language);
        Assert.Contains($"{PageLimits.MaxOpenInlines:N0} brackets and emphasis markers", language);
        Assert.Contains($"{Language.Dsl.Attributes.AttributeParser.MaxLength:N0} characters", language);
    }

    private static void AssertComplete(string? folder)
    {
        Assert.NotNull(folder);
        Assert.True(File.Exists(Path.Combine(folder!, "index.html")));
        foreach (var file in Directory.GetFiles(folder!, "*.html", SearchOption.AllDirectories))
        {
            Assert.EndsWith("</html>", File.ReadAllText(file).TrimEnd(), StringComparison.OrdinalIgnoreCase);
        }
    }
}
