using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// An inline quotation wrapped in the quote marks of any convention is traced without them: the marks, and the
/// no-break spaces French puts inside them, are typography, never words of the quotation.
/// </summary>
public sealed class InlineQuotationMarkTests
{
    private const string Manifest = "title: Q\nparticipants: { T1: {} }\ntranscripts:\n  path: transcripts/{id}.*\n  interviewer: [I]\nrules: { FG0008: none }\n";

    private static string[] Check(string page, string transcript) =>
        StudyRunner.Lines(StudyRunner.Check(Manifest, new[] { new KeyValuePair<string, string>("results.md", page) },
            new[] { new KeyValuePair<string, string>("T1.txt", transcript) }));

    [Fact]
    public void French_guillemets_with_no_break_spaces_and_a_narrow_space_before_a_semicolon_are_typography()
    {
        // The field case french-guillemets-nbsp: « » with no-break spaces inside an inline quotation, a narrow
        // no-break space before ';' in a block quotation, a straight apostrophe where the transcript has a curly one.
        string page = "# Tenir {#tenir .theme}\n\n## Les nuits {#nuits .subtheme}\n\n" +
            "Pour elle, [«\u00A0C'était dur, vraiment dur\u00A0»]{.quote from=T1}.\n\n" +
            "::: {.quote from=T1}\nOn ne dormait\u00A0pas\u202F; on attendait le matin.\n:::\n";
        string transcript = "I: Comment avez-vous vécu cette période ?\nT1: C\u2019était dur, vraiment dur. On ne dormait pas ; on attendait le matin.\n";
        Assert.Empty(Check(page, transcript));
    }

    [Theory]
    [InlineData("«\u202Fvraiment dur\u202F»")]
    [InlineData("« vraiment dur »")]
    [InlineData("»vraiment dur«")]
    [InlineData("„vraiment dur“")]
    [InlineData("„vraiment dur”")]
    [InlineData("‚vraiment dur‘")]
    [InlineData("”vraiment dur”")]
    [InlineData("’vraiment dur’")]
    [InlineData("「vraiment dur」")]
    [InlineData("『vraiment dur』")]
    [InlineData("‘vraiment dur’")]
    [InlineData("'vraiment dur'")]
    [InlineData("\"vraiment dur\"")]
    [InlineData("“vraiment dur”")]
    public void Every_convention_wraps_an_inline_quotation(string written)
    {
        string page = "# Tenir {#tenir .theme}\n\n## Les nuits {#nuits .subtheme}\n\nC'était [" + written + "]{.quote from=T1}.\n";
        var result = StudyRunner.Check(Manifest, new[] { new KeyValuePair<string, string>("results.md", page) },
            new[] { new KeyValuePair<string, string>("T1.txt", "T1: C'était dur, vraiment dur.\n") });
        Assert.Empty(StudyRunner.Lines(result));
        Assert.Equal("vraiment dur", result.Study.Quotations.Single().Text.Text);
    }

    [Fact]
    public void An_apostrophe_at_either_end_of_an_inline_quotation_stays_when_it_wraps_nothing()
    {
        var result = StudyRunner.Check(Manifest, new[] { new KeyValuePair<string, string>("results.md",
            "# T {#t .theme}\n\n## S {#s .subtheme}\n\nShe said ['twas the nurses' rota]{.quote from=T1}.\n") },
            new[] { new KeyValuePair<string, string>("T1.txt", "T1: Well, 'twas the nurses' rota, really.\n") });
        Assert.Equal("'twas the nurses' rota", result.Study.Quotations.Single().Text.Text);
        Assert.Empty(StudyRunner.Lines(result));
    }
}
