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
}
