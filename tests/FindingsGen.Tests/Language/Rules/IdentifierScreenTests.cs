using System;
using System.IO;
using System.Linq;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// FG0301 screens a quotation as a reader sees it: whatever the spelling in the page source (decomposed letters,
/// invisible characters, character references, Markdown markers, punctuation between the words of a term), a
/// term of the private identifiers list is found, the check fails, and no build publishes it.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class IdentifierScreenTests
{
    private const string Manifest = "title: T\nparticipants: { P1: {} }\ntranscripts:\n  path: transcripts/{id}.*\n  interviewer: [I]\nidentifiers: ids.txt\npages: [page.md]\n";
    private const string Heads = "# Theme {#t .theme}\n\n## Sub {#s .subtheme}\n\n";

    private static TempStudy Study(string quotation, string ids = "Kari Nordmann\n\u00C5lesund\nOslo University\n", string extra = "", bool block = false)
    {
        var temp = new TempStudy();
        temp.Write("findings.yml", Manifest + extra);
        temp.Write("ids.txt", ids);
        temp.Write("transcripts/P1.txt", "P1: I grew up in \u00C5lesund, and Kari Nordmann was my teacher there. I studied at Oslo University.\n");
        temp.Write("page.md", Heads + (block ? "::: {.quote from=P1}\n" + quotation + "\n:::\n" : "[\"" + quotation + "\"]{.quote from=P1}\n"));
        return temp;
    }

    /// <summary>Checks, expects FG0301 at page.md line 5 (inline) or 6 (block), column <paramref name="column"/>, and that a build publishes nothing with the name.</summary>
    private static void AssertScreened(string quotation, int column, bool block = false)
    {
        using var temp = Study(quotation, block: block);
        var (exit, output, _) = StudyCommands.Check(temp.Path);
        Assert.Equal(1, exit);
        Assert.Contains($"page.md({(block ? 6 : 5)},{column}): error FG0301: this quotation contains a term from the private identifiers list", output);
        string site = Path.Combine(temp.Path, "out");
        var outcome = SiteBuilds.Build(temp.Path, site);
        Assert.NotEqual(0, outcome.ExitCode);
        if (Directory.Exists(site))
        {
            foreach (var file in Directory.GetFiles(site, "*", SearchOption.AllDirectories))
            {
                string text = File.ReadAllText(file);
                Assert.DoesNotContain("Nordmann", text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("lesund", text, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public void A_decomposed_letter_NFD_is_screened() => AssertScreened("I grew up in A\u030Alesund", 16);

    [Fact]
    public void A_decomposed_letter_in_a_block_quotation_is_screened() => AssertScreened("I grew up in A\u030Alesund", 14, block: true);

    [Fact]
    public void A_zero_width_space_inside_a_name_is_screened() => AssertScreened("Kari Nord\u200Bmann was my teacher", 3);

    [Fact]
    public void A_zero_width_space_between_the_words_of_a_name_is_screened() => AssertScreened("Kari\u200BNordmann was my teacher", 3);

    [Fact]
    public void A_soft_hyphen_and_a_bidi_mark_are_screened() => AssertScreened("Ka\u00ADri Nord\u200Emann was my teacher", 1, block: true);

    [Fact]
    public void A_hyphen_between_the_words_of_a_term_is_screened() => AssertScreened("I studied at Oslo-University", 16);

    [Fact]
    public void A_comma_between_the_words_of_a_term_is_screened() => AssertScreened("I studied at Oslo, University", 16);

    [Fact]
    public void A_line_break_between_the_words_of_a_term_is_screened() => AssertScreened("I studied at Oslo\nUniversity", 14, block: true);

    [Fact]
    public void An_HTML_character_reference_is_screened() => AssertScreened("K&#97;ri Nordmann was my teacher", 3);

    [Fact]
    public void A_zero_width_space_written_as_a_character_reference_is_screened() => AssertScreened("Kari Nord&#8203;mann was my teacher", 3);

    [Fact]
    public void A_hexadecimal_and_a_named_character_reference_are_screened() => AssertScreened("I grew up in &Aring;lesund, and K&#x61;ri Nordmann", 16);

    [Fact]
    public void Emphasis_around_a_word_is_screened() => AssertScreened("*Kari* Nordmann was my teacher", 4);

    [Fact]
    public void Emphasis_inside_a_word_is_screened() => AssertScreened("K*ar*i Nordmann was my teacher", 1, block: true);

    [Fact]
    public void Code_markers_and_a_link_are_screened() => AssertScreened("`Kari` [Nordmann](https://example.org) was my teacher", 2, block: true);

    [Fact]
    public void An_upper_case_spelling_is_screened() => AssertScreened("KARI NORDMANN was my teacher", 3);

    [Fact]
    public void Full_width_letters_are_screened() => AssertScreened("\uFF2B\uFF41\uFF52\uFF49 Nordmann was my teacher", 3);

    [Fact]
    public void A_possessive_is_still_the_name()
    {
        using var temp = Study("Kari's teacher", ids: "Kari\n");
        var (exit, output, _) = StudyCommands.Check(temp.Path);
        Assert.Equal(1, exit);
        Assert.Contains("page.md(5,3): error FG0301", output);
    }

    [Fact]
    public void The_original_of_a_translation_is_screened()
    {
        using var temp = Study("x");
        temp.Write("page.md", Heads + "[\"I grew up in [my home town]\"]{.quote from=P1 original=\"I grew up in A\u030Alesund\"}\n");
        var (exit, output, _) = StudyCommands.Check(temp.Path);
        Assert.Equal(1, exit);
        Assert.Contains("error FG0301", output);
    }

    [Theory]
    [InlineData("Kari Nordmannsen was my teacher")]
    [InlineData("Anne Nordmann was my teacher")]
    [InlineData("I grew up in Bergen")]
    public void A_term_does_not_match_inside_a_longer_word(string quotation)
    {
        using var temp = Study(quotation, ids: "Kari Nordmann\nAnn\nBerg\n");
        var (_, output, _) = StudyCommands.Check(temp.Path);
        Assert.DoesNotContain("FG0301", output);
    }

    [Fact]
    public void Messages_name_no_term_and_no_transcript_words()
    {
        using var temp = Study("I grew up in A\u030Alesund");
        var (_, output, _) = StudyCommands.Check(temp.Path);
        string line = Assert.Single(output.Split('\n'), l => l.Contains("FG0301"));
        Assert.DoesNotContain("lesund", line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Nordmann", line, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    [InlineData("# real names, one a line\n\n# none yet\n")]
    public void An_identifiers_list_without_terms_is_an_FG0201_warning_at_identifiers(string ids)
    {
        using var temp = Study("I grew up in [my home town]", ids: ids);
        var (_, output, _) = StudyCommands.Check(temp.Path);
        Assert.Contains("findings.yml(6,14): warning FG0201: the identifiers list is empty: nothing is screened", output);
    }

    [Theory]
    [InlineData("FG0201", "none")]
    [InlineData("FG0201", "info")]
    [InlineData("FG0201", "warning")]
    [InlineData("FG0301", "none")]
    [InlineData("FG0301", "info")]
    [InlineData("FG0301", "warning")]
    public void Rules_cannot_switch_off_or_lower_the_screen(string rule, string severity)
    {
        using var temp = Study("I grew up in A\u030Alesund", extra: $"rules:\n  {rule}: {severity}\n");
        var (exit, output, _) = StudyCommands.Check(temp.Path);
        Assert.Equal(1, exit);
        Assert.Contains($"findings.yml(9,{5 + rule.Length}): error FG0201: {rule} guards the private identifiers screen and cannot be switched off or lowered", output);
        Assert.Contains("page.md(5,16): error FG0301", output);
        var outcome = SiteBuilds.Build(temp.Path, Path.Combine(temp.Path, "out"));
        Assert.NotEqual(0, outcome.ExitCode);
    }

    [Fact]
    public void A_long_list_and_a_long_quotation_full_of_unclosed_markup_are_screened_in_linear_time()
    {
        var ids = new System.Text.StringBuilder();
        for (int i = 0; i < 20000; i++) ids.Append("Name").Append(i).Append(" Surname").Append(i).Append('\n');
        ids.Append("Kari Nordmann\n");
        string quotation = string.Concat(Enumerable.Repeat("&x <a ](y Kari Nordmann ", 20000));
        using var temp = Study(quotation, ids: ids.ToString(), block: true);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (exit, output, _) = StudyCommands.Check(temp.Path);
        watch.Stop();
        Assert.Equal(1, exit);
        Assert.Equal(20000, output.Split('\n').Count(l => l.Contains("error FG0301")));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public void An_unreadable_list_stays_an_error_whatever_rules_says()
    {
        using var temp = Study("I grew up in A\u030Alesund", extra: "rules: { FG0201: none }\n");
        File.Delete(Path.Combine(temp.Path, "ids.txt"));
        var (exit, output, _) = StudyCommands.Check(temp.Path);
        Assert.Equal(1, exit);
        Assert.Contains("error FG0201: the identifiers list cannot be read", output);
    }
}
