using System.IO;
using System.Linq;
using FindingsGen.Language.Model;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>A page's YAML front matter (Pandoc, Quarto, R Markdown) is metadata: never checked, never shown, positions kept.</summary>
[Collection(EnvironmentCollection.Name)]
public sealed class FrontMatterTests
{
    private const string Manifest = "title: A\nparticipants:\n  T1: {}\n  T2: {}\n  T3: {}\nfrequency:\n  all: 3\n  most: 2\n  one: 1\n";

    private const string Page =
        "---\ntitle: \"Results\"\nauthor: \"A. Author\"\nabstract: |\n  Most participants described a threshold routine.\n---\n\n" +
        "# Coming home {#home .theme}\n\nMost participants paused.\n";

    [Fact]
    public void The_block_is_not_checked_and_positions_after_it_stay_the_files()
    {
        var lines = StudyRunner.Lines(StudyRunner.Check(Manifest, ("results.md", Page)));
        // One FG0003, on line 10 (the prose after the block), none on the abstract's line 5.
        var claims = lines.Where(l => l.Contains("FG0003")).ToArray();
        Assert.Single(claims);
        Assert.StartsWith("results.md(10,1)", claims[0]);
    }

    [Fact]
    public void The_title_is_kept_and_the_text_keeps_its_length()
    {
        string blanked = FrontMatter.Blank(Page, out string? title);
        Assert.Equal("Results", title);
        Assert.Equal(Page.Length, blanked.Length);
        Assert.Equal(Page.Split('\n').Length, blanked.Split('\n').Length);
        Assert.DoesNotContain("abstract", blanked);
        Assert.EndsWith("# Coming home {#home .theme}\n\nMost participants paused.\n", blanked);
    }

    [Theory]
    [InlineData("---\n\ntitle: x\n---\n# A\n")]          // a blank line after the opening: a thematic break
    [InlineData("---\ntitle: x\n# never closed\n")]       // no closing delimiter: not front matter
    [InlineData("# A\n---\ntitle: x\n---\n")]              // not at the top of the page
    public void Only_a_closed_block_at_the_top_is_front_matter(string text)
    {
        Assert.Same(text, FrontMatter.Blank(text, out string? title));
        Assert.Null(title);
    }

    [Fact]
    public void Dots_close_a_block_and_crlf_line_ends_are_kept()
    {
        string text = "---\r\ntitle: Results\r\n...\r\n# A {#a .theme}\r\n";
        string blanked = FrontMatter.Blank(text, out string? title);
        Assert.Equal("Results", title);
        Assert.Equal("   \r\n              \r\n   \r\n# A {#a .theme}\r\n", blanked);
    }

    [Fact]
    public void The_site_never_shows_the_block()
    {
        using var study = new TempStudy();
        study.Write("findings.yml", Manifest + "pages: [results.md]\n");
        study.Write("results.md", Page.Replace("Most participants paused.", "[Most participants]{.freq of=\"T1 T2\"} paused."));
        string output = Path.Combine(study.Path, "_site");
        var outcome = SiteBuilds.Build(study.Path, output);
        Assert.Equal(0, outcome.ExitCode);
        foreach (var file in Directory.GetFiles(output, "*.html", SearchOption.AllDirectories))
        {
            string html = File.ReadAllText(file);
            Assert.DoesNotContain("A. Author", html);
            Assert.DoesNotContain("threshold routine", html);
            Assert.DoesNotContain("abstract:", html);
        }
    }

    private const string Body = "# Coming home {#home .theme}\n\nMost participants paused.\n";

    [Theory]
    [InlineData("title: \"Coming home: a study of \\\"pauses\\\"\"", "Coming home: a study of \"pauses\"")]
    [InlineData("title: 'It''s: the pause'", "It's: the pause")]
    [InlineData("title: Results#1, coming home # a YAML comment", "Results#1, coming home")]
    [InlineData("title: >-\n  Coming home:\n  a study", "Coming home: a study")]
    public void A_title_with_quotes_and_colons_is_read_as_YAML_reads_it(string yaml, string expected)
    {
        string text = "---\n" + yaml + "\n---\n" + Body;
        FrontMatter.Blank(text, out string? title);
        Assert.Equal(expected, title);
        var lines = StudyRunner.Lines(StudyRunner.Check(Manifest, ("results.md", text)));
        Assert.DoesNotContain(lines, l => l.Contains("FG0202"));
    }

    [Fact]
    public void A_byte_order_mark_before_the_block_is_no_obstacle()
    {
        string text = "\uFEFF---\ntitle: Results\n---\n" + Body;
        string blanked = FrontMatter.Blank(text, out string? title);
        Assert.Equal("Results", title);
        Assert.Equal(text.Length, blanked.Length);
        Assert.DoesNotContain("title", blanked);
    }

    [Fact]
    public void A_page_saved_with_a_byte_order_mark_and_crlf_is_checked_from_disk_with_the_files_positions()
    {
        using var study = new TempStudy();
        study.Write("findings.yml", Manifest + "pages: [results.md]\n");
        string page = "---\r\ntitle: Results\r\nabstract: Most participants described it.\r\n...\r\n\r\n" + Body.Replace("\n", "\r\n");
        File.WriteAllBytes(Path.Combine(study.Path, "results.md"), new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes(page)).ToArray());
        var (_, output, _) = StudyCommands.Check(study.Path);
        var lines = output.Split('\n').Where(l => l.Contains(": error ") || l.Contains(": warning ")).ToArray();
        // The prose claim on line 8 is found; the abstract's claim, inside the block, is not.
        Assert.Equal("results.md(8,1): warning FG0003", Assert.Single(lines, l => l.Contains("FG0003")).Substring(0, "results.md(8,1): warning FG0003".Length));
        Assert.DoesNotContain(lines, l => l.Contains("FG0202"));
    }

    [Theory]
    [InlineData("---\ntitle: Coming home: a study\n---\n", "results.md(2,")]       // an unquoted ': ' in a value
    [InlineData("---\ntitle: \"Results\nauthor: A\n---\n", "results.md(")]          // a quotation mark never closed
    [InlineData("---\ntitle: Results\n\tauthor: A\n---\n", "results.md(")]          // a tab as indentation
    [InlineData("---\ntitle: A\ntitle: B\n---\n", "results.md(3,")]                  // a key given twice
    public void Front_matter_that_is_not_valid_YAML_is_FG0202_at_its_place_and_the_page_is_still_checked(string block, string at)
    {
        var lines = StudyRunner.Lines(StudyRunner.Check(Manifest, ("results.md", block + "\n" + Body)));
        string problem = Assert.Single(lines, l => l.Contains("FG0202"));
        Assert.StartsWith(at, problem);
        Assert.Contains("error FG0202: the front matter is not valid YAML", problem);
        Assert.DoesNotContain("manifest", problem);
        // The block is still metadata: the claim after it is found on its own line, nothing inside it is.
        int bodyLine = block.Split('\n').Length + 3;
        Assert.StartsWith($"results.md({bodyLine},1)", Assert.Single(lines, l => l.Contains("FG0003")));
        Assert.Null(FrontMatterTitle(block + Body));
    }

    [Fact]
    public void A_key_given_twice_is_located_with_the_files_line_numbers()
    {
        var lines = StudyRunner.Lines(StudyRunner.Check(Manifest, ("results.md", "---\nauthor: A\ntitle: A\ntitle: B\n---\n\n" + Body)));
        Assert.StartsWith("results.md(4,1): error FG0202: the front matter is not valid YAML (duplicate key 'title' (first at line 3, column 1); keep one)",
            Assert.Single(lines, l => l.Contains("FG0202")));
    }

    [Theory]
    [InlineData("---\ntitle: &t Results\nsubtitle: *t\n---\n")]                 // anchors and aliases: valid YAML that Pandoc reads
    [InlineData("---\ntitle: Results\n? [a, b]\n: c\n---\n")]                      // a complex key
    public void Valid_yaml_the_safe_reader_declines_is_no_diagnostic_and_still_metadata(string block)
    {
        var lines = StudyRunner.Lines(StudyRunner.Check(Manifest, ("results.md", block + "\n" + Body)));
        Assert.DoesNotContain(lines, l => l.Contains("FG0202"));
        int bodyLine = block.Split('\n').Length + 3;
        Assert.StartsWith($"results.md({bodyLine},1)", Assert.Single(lines, l => l.Contains("FG0003")));
    }

    [Theory]
    [InlineData("---\ntitle: Results\nauthor: A\n\n")]
    [InlineData("---\r\ntitle: Results\r\n\r\n")]
    [InlineData("\uFEFF---\ntitle:\n  Results\n\n")]
    public void A_block_opened_as_front_matter_that_nothing_closes_is_FG0202_at_its_first_line(string start)
    {
        var lines = StudyRunner.Lines(StudyRunner.Check(Manifest, ("results.md", start + Body)));
        string problem = Assert.Single(lines, l => l.Contains("FG0202"));
        Assert.StartsWith("results.md(1,1): error FG0202: the page opens with '---' and a YAML line", problem);
    }

    [Theory]
    [InlineData("---\n\nSome text.\n\n---\n\n")]          // thematic breaks
    [InlineData("---\nA line of prose: not a key.\n\n")]     // a rule, then prose (a setext heading): not YAML-like
    [InlineData("# Results\n\n---\ntitle: x\n---\n\n")]   // not at the top of the page
    public void A_thematic_break_that_is_not_front_matter_is_Markdown_without_a_diagnostic(string start)
    {
        var lines = StudyRunner.Lines(StudyRunner.Check(Manifest, ("results.md", start + Body)));
        Assert.DoesNotContain(lines, l => l.Contains("FG0202"));
        Assert.Null(FrontMatterTitle(start + Body));
    }

    [Fact]
    public void A_quarto_page_with_front_matter_is_checked_the_same_way()
    {
        string page = "---\ntitle: \"Results: coming home\"\nformat:\n  html:\n    toc: true\nabstract: Most participants paused.\n---\n\n" + Body;
        var lines = StudyRunner.Lines(StudyRunner.Check(Manifest + "pages: [results.qmd]\n", ("results.qmd", page)));
        Assert.StartsWith("results.qmd(11,1): warning FG0003", Assert.Single(lines, l => l.Contains("FG0003")));
        Assert.DoesNotContain(lines, l => l.Contains("FG0202"));
        Assert.Equal("Results: coming home", FrontMatterTitle(page));
        var bad = StudyRunner.Lines(StudyRunner.Check(Manifest + "pages: [results.qmd]\n", ("results.qmd", "---\ntitle: Results: coming home\n---\n" + Body)));
        Assert.StartsWith("results.qmd(2,", Assert.Single(bad, l => l.Contains("FG0202")));
    }

    [Theory]
    [InlineData("---\nabstract: |\n  [All]{.freq of=\"T1 T2 T3\"} participants said [\"I never weed\"]{.quote from=T1}.\n---\n", "3,8", "3,64")]
    [InlineData("---\ntitle: '[\"I never weed\"]{.quote from=T1}'\n---\n", "2,25")]
    [InlineData("---\nsubtitle: \"[One]{.freq of=T1} view\"\n---\n", "2,17")]
    [InlineData("---\ndescription: >\n  words [x]{from=T1}\n---\n", "3,12")]
    [InlineData("---\nabstract: |\n  ::: {.quote from=T2}\n  I never weed.\n  :::\n---\n", "3,7")]
    [InlineData("---\nabstract: |\n  ::: quote\n  I never weed.\n  :::\n---\n", "3,7")]
    [InlineData("---\nnote: \"[x]{.Quote from=T1} [y]{.qoute from=T2} [z]{.frequency of=T1}\"\n---\n", "2,11", "2,31", "2,51")]
    [InlineData("---\ntitle: Results\nkeywords: [\"[x]{.quote from=T1}\"]\n---\n", "3,16")]
    [InlineData("---\ndescription: >\n  see [x]{.quote\n  from=T1}\n---\n", "3,10")]      // an attribute list over two lines
    [InlineData("---\r\nabstract: '[x]{.quote from=T1}'\r\n---\r\n", "2,15")]           // CRLF
    [InlineData("---\n# a comment: [x]{.quote from=T1}\ntitle: R\n---\n", "2,17")]      // a '#' line may be a heading inside a | value: read too
    public void A_quotation_or_claim_written_in_front_matter_is_FG0010_where_it_stands(string block, params string[] at)
    {
        // Pandoc renders every string value of the block and publishes it; no rule reads the block, so "clean" would be wrong.
        var lines = StudyRunner.Lines(StudyRunner.Check(Manifest, ("results.md", block + "\n" + Body)));
        var found = lines.Where(l => l.Contains("FG0010")).ToArray();
        Assert.Equal(at.Select(a => "results.md(" + a + "): error FG0010"), found.Select(l => l.Substring(0, l.IndexOf(" FG0010", System.StringComparison.Ordinal) + 7)));
        Assert.All(found, l => Assert.Contains("written in the front matter", l));
        Assert.All(found, l => Assert.EndsWith("move it into the page's text", l));
    }

    [Theory]
    [InlineData("---\ntitle: \"Results: a study\"\nabstract: Most participants paused ({styled}).\n---\n")]
    [InlineData("---\ntitle: Results\nformat: {html: {toc: true}}\nabstract: '[styled]{.quotes} and [note]{.aside}'\n---\n")]
    public void Front_matter_without_a_construct_is_no_FG0010(string block)
    {
        var lines = StudyRunner.Lines(StudyRunner.Check(Manifest, ("results.md", block + "\n" + Body)));
        Assert.DoesNotContain(lines, l => l.Contains("FG0010") || l.Contains("FG0202"));
    }

    [Theory]
    [InlineData("---\n- Results\n- A. Author\n---\n", "a list")]
    [InlineData("---\nJust a line of words\n---\n", "a single value")]
    [InlineData("---\n\"Results: a study\"\n---\n", "a single value")]
    public void A_block_that_is_valid_yaml_but_not_a_mapping_stays_text_with_FG0202(string block, string what)
    {
        // Pandoc reads such a block as text, not metadata: it is not hidden, and the writer is told why.
        string text = block + "\n" + Body;
        Assert.Same(text, FrontMatter.Blank(text, out _));
        var lines = StudyRunner.Lines(StudyRunner.Check(Manifest, ("results.md", text)));
        string problem = Assert.Single(lines, l => l.Contains("FG0202"));
        Assert.StartsWith("results.md(2,1): error FG0202: the block between the '---' lines is valid YAML but " + what, problem);
    }

    [Fact]
    public void A_list_block_is_checked_as_the_text_it_is()
    {
        // Left as text, a quotation written in it is a quotation like any other (here of a participant the study lacks).
        var lines = StudyRunner.Lines(StudyRunner.Check(Manifest, ("results.md", "---\n- [\"words\"]{.quote from=T9}\n---\n\n" + Body)));
        Assert.Contains(lines, l => l.StartsWith("results.md(2,", System.StringComparison.Ordinal) && !l.Contains("FG0202"));
    }

    [Theory]
    [InlineData("---\ntitle: A\ntitle: B\n---\n", "Keep one of the two lines with that key")]
    [InlineData("---\ntitle: A\n\tauthor: B\n---\n", "Indent with spaces, not tabs")]
    [InlineData("---\ntitle: \"A\nauthor: B\n---\n", "Close every quotation mark")]
    [InlineData("---\ntitle: A: b\n---\n", "Quote a value that holds ': '")]
    public void Each_kind_of_yaml_error_has_its_own_hint(string block, string hint)
    {
        var lines = StudyRunner.Lines(StudyRunner.Check(Manifest, ("results.md", block + "\n" + Body)));
        string problem = Assert.Single(lines, l => l.Contains("FG0202"));
        Assert.Contains(hint, problem);
        foreach (var other in new[] { "Keep one of the two", "Indent with spaces", "Close every quotation mark", "Quote a value" })
        {
            if (!hint.StartsWith(other, System.StringComparison.Ordinal)) Assert.DoesNotContain(other, problem);
        }
    }

    private static string? FrontMatterTitle(string text)
    {
        FrontMatter.Blank(text, out string? title);
        return title;
    }
}
