using System.IO;

namespace FindingsGen.Tests;

/// <summary>Studies for the quotation-style tests (issue 16, area B), built on the test fixtures.</summary>
internal static class QuotationStudies
{
    /// <summary>A study with an FG0001 claim, an FG0101 quotation, an FG0104 near-verbatim one, an exact one, and an FG0003 count in prose.</summary>
    internal static TempStudy Draft()
    {
        var study = CopyOfFixture("near-verbatim");
        study.Write("results.md", "Two short interviews.\n\n# Working nights {#nights .theme}\n\n[One]{.freq of=\"P1 P2\"} participant spoke of the night shift.\n\n" +
            "## The quiet hours {#quiet .subtheme}\n\nBoth participants slept badly.\n\n" +
            "::: {.quote from=P1}\nAt three in the morning the ward is a different place.\n:::\n\n" +
            "::: {.quote from=P1}\nNothing like this was ever said in any interview at all.\n:::\n\n" +
            "::: {.quote from=P2}\nBy the end of the night shift I could hardly keep my eyes open, it was that long.\n:::\n");
        return study;
    }

    /// <summary>A copy of tests/FindingsGen.Tests/Fixtures/<paramref name="fixture"/> in a temporary folder.</summary>
    internal static TempStudy CopyOfFixture(string fixture)
    {
        string source = Path.Combine(RepoRoot.Path, "tests", "FindingsGen.Tests", "Fixtures", fixture);
        var temp = new TempStudy();
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories)) temp.Write(Path.GetRelativePath(source, file), File.ReadAllText(file));
        return temp;
    }
}
