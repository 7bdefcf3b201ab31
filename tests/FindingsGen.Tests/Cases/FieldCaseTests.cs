using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// The field acceptance cases of issues 12 and 13 not already tested elsewhere (TranscriptFieldCaseTests,
/// MatchingTests, InlineQuotationMarkTests, FrontMatterTests), each with its own inputs and the right diagnostics.
/// </summary>
public sealed class FieldCaseTests
{
    private const string Head = "# Coming home {#coming-home .theme}\n\n## The pause before leaving {#pause .subtheme}\n\n";

    private static string[] Check(string manifest, string page, string pageName, params (string File, string Text)[] transcripts) =>
        StudyRunner.Lines(StudyRunner.Check(manifest, new[] { new KeyValuePair<string, string>(pageName, page) },
            transcripts.Select(t => new KeyValuePair<string, string>(t.File, t.Text))));

    [Fact]
    public void Quotations_in_block_quotes_and_list_items_are_checked_where_they_sit()
    {
        string manifest = "title: B\nparticipants:\n  T1: {}\ntranscripts:\n  path: transcripts/{id}.*\n  interviewer: [I, Interviewer]\n";
        string page = Head + "> [I never planned to stay]{.quote from=T1}\n\n> ::: {.quote from=T1}\n> The night staff kept a spare key under the mat.\n> :::\n\n" +
                      "- Staffing: [\"the rota was a fiction most weeks\"]{.quote from=T1}\n- Meals: [\"we ate standing up at the nurses' station\"]{.quote from=T1}\n";
        var lines = Check(manifest, page, "results.md", ("T1.txt", "I: Did you plan to stay?\nT1: I never planned to stay. The rota was a fiction most weeks.\n"));
        // The two invented ones, in the block quote's div (line 8) and the second list item (line 12); the real two are clean.
        Assert.Equal(new[] { "results.md(8", "results.md(12" }, lines.Select(l => l.Substring(0, l.IndexOf(',')) ).ToArray());
        Assert.All(lines, l => Assert.Contains("error FG0101", l));
    }

    [Fact]
    public void Single_quoted_and_comma_separated_attribute_values_mean_what_double_quoted_ones_do()
    {
        string manifest = "title: A\nparticipants:\n  T1: {}\n  T2: {}\nfrequency:\n  both: 2\n  one: 1\ntranscripts:\n  path: transcripts/{id}.*\n  interviewer: [I, Interviewer]\n";
        string page = Head + "[Both]{.freq of='T1 T2'} participants described sitting in the car before leaving.\n\n" +
                      "::: {.quote from='T1'}\nI sat in the car for ten minutes before driving off.\n:::\n\nThey [\"sat in the car\"]{.quote from=T1,T2}.\n";
        Assert.Empty(Check(manifest, page, "results.md",
            ("T1.txt", "I: What did you do after work?\nT1: I sat in the car for ten minutes before driving off.\n"),
            ("T2.txt", "I: What did you do after work?\nT2: Mostly I sat in the car for a while.\n")));
    }

    [Fact]
    public void A_quarto_page_is_checked_like_a_markdown_page_and_its_error_located_in_it()
    {
        string manifest = "title: Q\nparticipants:\n  T1: {}\ntranscripts:\n  path: transcripts/{id}.*\n  interviewer: [I, Interviewer]\npages: [results.qmd]\n";
        string page = "---\ntitle: \"Results\"\n---\n\n" + Head + "::: {.quote from=T1}\nI drove straight home and never looked back.\n:::\n";
        var lines = Check(manifest, page, "results.qmd", ("T1.txt", "I: What did you do after work?\nT1: I sat in the car for ten minutes before driving off.\n"));
        Assert.StartsWith("results.qmd(10,1): error FG0101", Assert.Single(lines));
    }

    [Theory]
    [InlineData("T1.srt", "1\n00:00:00,000 --> 00:00:04,000\nSo I think the hardest part was\n\n2\n00:00:04,000 --> 00:00:07,500\ncoming home and not being able to talk about it.\n")]
    [InlineData("T1.vtt", "1\n00:00:00,000 --> 00:00:04,000\nSo I think the hardest part was\n\n2\n00:00:04,000 --> 00:00:07,500\ncoming home and not being able to talk about it.\n")]
    [InlineData("T1.vtt", "WEBVTT\n\n00:00.000 --> 00:04.000\nSo I think the hardest part was\n\n00:04.000 --> 00:07.500\ncoming home and not being able to talk about it.\n")]
    public void Whisper_transcripts_trace_across_cues_and_say_the_interviewer_check_cannot_run(string file, string transcript)
    {
        string manifest = "title: W\nparticipants:\n  T1: {}\ntranscripts:\n  path: transcripts/{id}.*\n  interviewer: [I, Interviewer]\n";
        string page = Head + "::: {.quote from=T1}\nThe hardest part was coming home and not being able to talk about it.\n:::\n";
        var lines = Check(manifest, page, "results.md", (file, transcript));
        Assert.Contains("warning FG0109", Assert.Single(lines));
    }
}
