using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// Reading comfort in the HTML the site writes: short navigation labels (short= or automatic) whose accessible name is
/// the whole title, the phone menu, "On this page" on theme pages, one h1 per page, tables in named scroll regions.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class ReadingSiteTests
{
    private static TempStudy Study(string results)
    {
        var study = new TempStudy();
        study.Write("findings.yml", "title: Between sessions\nparticipants: {T1: {}, T2: {}}\nrules: { FG0106: none }\n");
        study.Write("results.md", results);
        return study;
    }

    private const string TwoThemes =
        "Before the themes.\n\n" +
        "# Carrying the session afterwards {#carrying .theme short=\"Afterwards\"}\n\nIntro.\n\n" +
        "## Images that stay {#images .subtheme}\n\n::: {.quote from=T1}\nSaid.\n:::\n\n" +
        "## The way home as a threshold, a long subtheme title {#threshold .subtheme short=\"The way home\"}\n\n::: {.quote from=T2}\nSaid too.\n:::\n\n" +
        "# Building a practice that holds over many years {#holding .theme}\n\n## Peers {#peers .subtheme}\n\n::: {.quote from=T1}\nMore.\n:::\n";

    private static string Build(TempStudy study, string page)
    {
        var (outcome, output, error) = SiteBuilds.BuildWithOutput(study.Path);
        Assert.True(outcome.ExitCode == 0, output + error);
        return File.ReadAllText(Path.Combine(outcome.OutputFolder!, page));
    }

    [Fact]
    public void The_model_reads_short_on_theme_and_subtheme_headings()
    {
        var result = StudyRunner.Check("title: x\nparticipants: {T1: {}, T2: {}}\n", ("results.md", TwoThemes));
        Assert.Equal("Afterwards", result.Study.Themes[0].Short);
        Assert.Null(result.Study.Themes[1].Short);
        Assert.Null(result.Study.Themes[0].Subthemes[0].Short);
        Assert.Equal("The way home", result.Study.Themes[0].Subthemes[1].Short);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "FG0010");
    }

    [Fact]
    public void The_navigation_shows_short_labels_and_names_each_link_by_its_whole_title()
    {
        using var study = Study(TwoThemes);
        string page = Build(study, "themes/holding.html");
        string nav = Regex.Match(page, "<nav class=\"site-nav\" aria-label=\"Site\">.*?</nav>", RegexOptions.Singleline).Value;
        Assert.Contains("<details class=\"menu\">\n<summary>Menu</summary>", nav);
        Assert.Contains("<a href=\"../themes/carrying.html\" title=\"Carrying the session afterwards\">Afterwards<span class=\"visually-hidden\"> (Carrying the session afterwards)</span></a>", nav);
        Assert.Contains("<a href=\"../themes/holding.html\" aria-current=\"page\" title=\"Building a practice that holds over many years\">Building a practice that<span aria-hidden=\"true\">…</span><span class=\"visually-hidden\"> holds over many years</span></a>", nav);
    }

    [Fact]
    public void A_theme_page_lists_its_subthemes_on_this_page_right_under_its_heading()
    {
        using var study = Study(TwoThemes);
        string page = Build(study, "themes/carrying.html");
        var toc = Regex.Match(page, "<h1 id=\"carrying\" class=\"theme\">Carrying the session afterwards</h1>\\s*<nav class=\"on-this-page\" aria-label=\"On this page\">(.*?)</nav>\\s*<p>Intro.</p>", RegexOptions.Singleline);
        Assert.True(toc.Success, page);
        Assert.Equal(new[] { "#images", "#threshold" }, Regex.Matches(toc.Groups[1].Value, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value));
        Assert.Contains(">The way home<span class=\"visually-hidden\"> (The way home as a threshold, a long subtheme title)</span></a>", toc.Groups[1].Value);
        Assert.Contains("id=\"images\"", page);
        Assert.Contains("id=\"threshold\"", page);
        // The pager still links the neighbours (found by an index map, not a search per page).
        Assert.Contains("<a rel=\"next\" href=\"../themes/holding.html\">Building a practice that holds over many years →</a>", page);
        Assert.DoesNotContain("rel=\"prev\"", page);
    }

    [Fact]
    public void Every_page_has_exactly_one_h1_and_the_overview_does_not_repeat_the_title()
    {
        using var study = Study(TwoThemes);
        var outcome = SiteBuilds.Build(study.Path);
        Assert.Equal(0, outcome.ExitCode);
        foreach (var file in Directory.GetFiles(outcome.OutputFolder!, "*.html", SearchOption.AllDirectories))
        {
            string html = File.ReadAllText(file);
            Assert.True(Regex.Matches(html, "<h1[ >]").Count == 1, file);
            Assert.Contains(">Between sessions</a></", html); // the site title in every header
        }
        string index = File.ReadAllText(Path.Combine(outcome.OutputFolder!, "index.html"));
        string main = Regex.Match(index, "<main.*</main>", RegexOptions.Singleline).Value;
        Assert.DoesNotContain("<h1", main);
        Assert.Contains("<h1 class=\"site-title\"><a href=\"index.html\">Between sessions</a></h1>", index);
    }

    [Fact]
    public void Tables_that_may_not_fit_a_phone_are_in_named_focusable_scroll_regions()
    {
        using var study = Study(TwoThemes);
        var outcome = SiteBuilds.Build(study.Path, draft: true);
        foreach (var file in new[] { "index.html", "report.html" })
        {
            string html = File.ReadAllText(Path.Combine(outcome.OutputFolder!, file));
            int tables = Regex.Matches(html, "<table[ >]").Count - Regex.Matches(html, "<table class=\"matrix\"").Count;
            int wrapped = Regex.Matches(html, "<div class=\"scroll\" role=\"region\" aria-label=\"[^\"]+\" tabindex=\"0\">\\s*<table[ >]").Count;
            Assert.True(tables > 0 && wrapped == tables, $"{file}: {wrapped} of {tables} tables in a scroll region");
        }
    }

    [Fact]
    public void The_example_gives_its_first_theme_a_short_label()
    {
        Assert.Contains("{#carrying .theme short=\"Afterwards\"}", File.ReadAllText(Path.Combine(RepoRoot.Path, "content", "results.md")));
    }
}
