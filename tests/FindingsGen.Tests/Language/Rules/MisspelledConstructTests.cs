using System.Linq;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// FG0010 on whole pages (cases 22 and 23): a misspelled construct is an error at its attribute list, so `check`
/// exits 1 and `build` does not publish the unchecked text as prose. The spec examples (docs/rules/FG0010.md) cover each form.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class MisspelledConstructTests
{
    private const string Manifest =
        "title: Between sessions\n" +
        "participants: { T1: {}, T2: {}, T3: {}, T4: {}, T5: {}, T6: {} }\n" +
        "frequency: { all: 6, most: 4-5, some: 3, two: 2, one: 1 }\n" +
        "quantifier_nouns: [participants, therapists]\n";

    private const string Page =
        "# Carrying the session afterwards {#carrying .theme}\n\n" +
        "## Images that stay {#images-stay .subtheme}\n\n" +
        "[Most]{.freq of=\"T1 T2 T4 T5\"} therapists described images that stayed with them long\nafter the session.\n\n" +
        "::: {.quote from=T1}\nThe images stay with me longer than the words do.\n:::\n\n" +
        "## Art of one's own {#own-art .subtheme}\n\n" +
        "[Two]{.freq of=\"T2 T5\"} therapists kept a creative practice of their own.\n\n" +
        "::: {.quote from=T2}\nI weave. It is slow and it is entirely mine.\n:::\n";

    private static string[] Check(string page) => StudyRunner.Lines(StudyRunner.Check(Manifest + "rules: { FG0106: none }\n", ("results.md", page)));

    [Fact]
    public void The_page_with_its_constructs_spelled_right_is_clean()
    {
        Assert.Empty(Check(Page));
    }

    [Fact]
    public void A_quotation_class_misspelled_qoute_is_FG0010_at_its_attribute_list()
    {
        string page = Page + "\nA therapist said she was [\"invented words\"]{.qoute from=T2} by the end of the week.\n";
        var lines = Check(page);
        Assert.Equal(new[]
        {
            "results.md(20,44): error FG0010: '.qoute' is not a construct, so this span would be published as ordinary text and never checked; did you mean .quote?",
        }, lines);
    }

    [Fact]
    public void A_frequency_class_spelled_frequency_is_FG0010_at_its_attribute_list()
    {
        var lines = Check(Page.Replace("[Most]{.freq of=", "[Most]{.frequency of="));
        Assert.Contains("results.md(5,7): error FG0010: '.frequency' is not a construct, so this span would be published as ordinary text and never checked; did you mean .freq?", lines);
        Assert.Single(lines, l => l.Contains(" error "));
    }

    [Fact]
    public void A_misspelled_construct_stops_the_build()
    {
        using var study = new TempStudy();
        study.Write("findings.yml", Manifest + "rules: { FG0106: none }\n");
        study.Write("results.md", Page.Replace(".quote from=T2", ".qoute from=T2"));
        var (outcome, output, _) = SiteBuilds.BuildWithOutput(study.Path);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Null(outcome.OutputFolder);
        Assert.Contains("results.md(16,5): error FG0010: '.qoute' is not a construct", output);
    }
}
