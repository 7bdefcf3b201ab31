using System.Collections.Generic;
using System.IO;
using System.Linq;
using FindingsGen.Cli;
using FindingsGen.Language;
using FindingsGen.Language.Coding;
using FindingsGen.Language.Tracing;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// The import's drafting from an in-memory project: identifiers made valid and said so, code names that cannot be
/// written in <c>code=</c> named by GUID, Markdown in a selection's text escaped, a case without text, positions counted
/// in code points or with CRLF as one, and a selection past its source's end left out with a note.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class QdaImporterTests
{
    private const string G1 = "11111111-1111-4111-8111-111111111111", G2 = "22222222-2222-4222-8222-222222222222";
    private const string G3 = "33333333-3333-4333-8333-333333333333", G4 = "44444444-4444-4444-8444-444444444444";
    private const string S1 = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa", S2 = "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb";

    private static QdaSelection Select(string source, string text, string passage, string code, bool codePoints = false, bool crlfAsOne = false)
    {
        int start = text.IndexOf(passage, System.StringComparison.Ordinal), end = start + passage.Length;
        int Count(int index)
        {
            string before = text.Substring(0, index);
            int n = before.Length;
            if (codePoints) n -= before.Count(char.IsLowSurrogate);
            if (crlfAsOne) n -= before.Split("\r\n").Length - 1;
            return n;
        }
        return new QdaSelection(System.Guid.NewGuid().ToString(), source, Count(start), Count(end), new[] { code });
    }

    /// <summary>
    /// Cases named "Anna K. (nurse), 2" and "Ben / night shift" with one source each; codes "Staying, leaving" (a comma:
    /// code= must name it by GUID) and "Care *work*" with a subcode; Anna's text has CRLF line ends and an emoji.
    /// </summary>
    private static QdaProject Project(bool codePoints, bool crlfAsOne, bool outOfRange = false)
    {
        string anna = "I: What was it like?\r\nAnna: \U0001F3E5 Night shifts [laughs] were *hard*, and # of beds mattered.\r\nI: And now?\r\nAnna: 1. Sleep. 2. Walk.\r\n";
        string ben = "I: Why stay?\nBen: Because the team is <family> to me.\n";
        var selections = new List<QdaSelection>
        {
            Select(S1, anna, "Night shifts [laughs] were *hard*, and # of beds mattered.", G2, codePoints, crlfAsOne),
            Select(S1, anna, "1. Sleep. 2. Walk.", G4, codePoints, crlfAsOne),
        };
        if (outOfRange) selections.Add(new QdaSelection(System.Guid.NewGuid().ToString(), S1, 5000, 5010, new[] { G2 }));
        return new QdaProject("Ward life",
            new[]
            {
                new QdaCode(G1, "Staying, leaving", null, new[] { new QdaCode(G2, "Shifts", null, new QdaCode[0]) }),
                new QdaCode(G3, "Care *work*", null, new[] { new QdaCode(G4, "Recovery", null, new QdaCode[0]) }),
            },
            new[]
            {
                new QdaCase("c1", "Anna K. (nurse), 2", new Dictionary<string, string> { ["ward"] = "A \"east\"" }, new[] { S1 }),
                new QdaCase("c2", "Ben / night shift", new Dictionary<string, string>(), new[] { S2 }),
            },
            new[]
            {
                new QdaSource(S1, "anna.txt", "internal://a.txt", anna, selections),
                new QdaSource(S2.ToUpperInvariant(), "ben.txt", "internal://b.txt", ben, new[] { Select(S2, ben, "Because the team is <family> to me.", G2) }),
            });
    }

    private static (int Exit, string Output, string Folder, TempStudy Temp) Import(QdaProject project)
    {
        var temp = new TempStudy();
        string qdpx = temp.Write("ward.qdpx", "stands for the project");
        string folder = Path.Combine(temp.Path, "study");
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = ImportCommand.Write(project, qdpx, folder, null, output, error);
        return (exit, output.ToString() + error, folder, temp);
    }

    private static CheckResult Check(string folder, QdaProject project)
    {
        var input = Files.StudyLoader.Load(folder, out string? error, new TracingCache())!.Input;
        input.Coding = new CodingInput("ward.qdpx") { Project = project }; // the file is a placeholder: the project is the one in memory
        return FindingsChecker.Check(input);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Awkward_names_and_markup_import_to_a_study_that_checks_clean(bool codePoints, bool crlfAsOne)
    {
        var project = Project(codePoints, crlfAsOne);
        var (exit, output, folder, temp) = Import(project);
        using (temp)
        {
            Assert.True(exit == 0, output);
            Assert.Contains("case 'Anna K. (nurse), 2' is participant Anna-K.-nurse-2", output);
            Assert.Contains("case 'Ben / night shift' is participant Ben-night-shift", output);
            var result = Check(folder, project);
            Assert.Empty(result.Diagnostics);
            var study = result.Study;
            Assert.Equal(new[] { "Anna-K.-nurse-2", "Ben-night-shift" }, study.Manifest.Participants.Select(p => p.Id));
            Assert.Equal("A \"east\"", study.Manifest.Participants[0].Attribute("ward"));
            Assert.Equal(new[] { "Staying, leaving", "Care *work*" }, study.Themes.Select(t => t.Title));
            Assert.Equal(3, result.VerifiedQuotations);
            // The selection's text as Markdown that reads back as that text: markup escaped, a leading "1." not a list.
            Assert.Equal("Night shifts \\[laughs\\] were \\*hard\\*, and # of beds mattered.", study.Quotations[0].Text.Text);
            Assert.Equal("1\\. Sleep. 2. Walk.", study.Quotations[2].Text.Text);
            string results = File.ReadAllText(Path.Combine(folder, "results.md"));
            Assert.True(results.Contains($"{{#staying-leaving .theme code=\"{G1}\"}}"), results);
            // Markup in a code's name is escaped in the heading's title and never written in code= (the GUID is).
            Assert.Contains($"# Care \\*work\\* {{#care-work .theme code=\"{G3}\"}}", results);
        }
    }

    [Fact]
    public void A_selection_outside_its_source_is_left_out_and_said_so()
    {
        var project = Project(false, false, outOfRange: true);
        var (exit, output, folder, temp) = Import(project);
        using (temp)
        {
            Assert.True(exit == 0, output);
            Assert.Contains("1 coded selection(s) whose positions hold no words in their source were left out", output);
            Assert.Equal(3, Check(folder, project).Study.Quotations.Count);
        }
    }

    [Fact]
    public void Selection_text_is_read_in_the_counting_that_fits_the_words()
    {
        string text = "A: \U0001F600\r\nB: well then\r\nB: the end";
        int Cp(string s) => s.Length - s.Count(char.IsLowSurrogate);
        // Code points with CRLF as one: "well then" starts after "A: 😀\r\nB: " = 3 + 1 + 1 + 3 = 8.
        var selection = new QdaSelection("s", "src", 8, 17, new[] { "c" });
        var reader = SelectionText.For(text, new[] { selection });
        Assert.Equal("well then", reader.Of(selection));
        Assert.Equal("code points, CRLF as one", reader.Counting);
        Assert.Equal(8, Cp("A: \U0001F600\nB: "));
    }
}
