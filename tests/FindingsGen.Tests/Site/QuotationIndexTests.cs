using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FindingsGen.Testing;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>quotations.html as built: grouped with counts, every quotation's words once, the data files linked.</summary>
[Collection(EnvironmentCollection.Name)]
public sealed class QuotationIndexTests
{
    private const int Quotations = 300, Participants = 12, Themes = 3, Subthemes = 2;

    private static (TempStudy Study, string Page, string Site) Built()
    {
        var study = new TempStudy();
        QuotationIndexStudy.Write(study.Path, Quotations, Participants, Themes, Subthemes);
        var outcome = SiteBuilds.Build(study.Path);
        Assert.Equal(0, outcome.ExitCode);
        return (study, File.ReadAllText(Path.Combine(outcome.OutputFolder!, "quotations.html")), outcome.OutputFolder!);
    }

    private static int Expected(int theme, int subtheme) =>
        Enumerable.Range(0, Quotations).Count(q => QuotationIndexStudy.PlaceOf(q, Quotations, Themes, Subthemes) == (theme, subtheme));

    [Fact]
    public void Quotations_are_grouped_under_theme_and_subtheme_headings_with_their_counts()
    {
        var (study, page, _) = Built();
        using var _ = study;
        for (int t = 0; t < Themes; t++)
        {
            int themeCount = Enumerable.Range(0, Subthemes).Sum(s => Expected(t, s));
            Assert.Contains($">{QuotationIndexStudy.ThemeTitle(t)}</a> <span class=\"q-n\">({themeCount})</span></h2>", page);
            for (int s = 0; s < Subthemes; s++)
            {
                Assert.Contains($">{QuotationIndexStudy.SubthemeTitle(t, s)}</a> <span class=\"q-n\">({Expected(t, s)})</span></h3>", page);
                // The group holds exactly its quotations: its list runs from its opening to the next group.
                string id = QuotationIndexStudy.SubthemeId(t, s);
                int start = page.IndexOf($"<div class=\"q-sub\" data-subtheme=\"{id}\"", System.StringComparison.Ordinal);
                int end = page.IndexOf("</div>", start, System.StringComparison.Ordinal);
                Assert.Equal(Expected(t, s), Regex.Matches(page[start..end], "<li id=").Count);
            }
        }
    }

    [Fact]
    public void Each_quotations_words_are_in_the_page_once_and_no_json_copy_repeats_them()
    {
        var (study, page, _) = Built();
        using var _ = study;
        Assert.DoesNotContain("application/json", page);
        var texts = Directory.GetFiles(study.Path, "t*.md").SelectMany(f => File.ReadAllText(f).Split("\n:::\n"))
            .Select(b => b.Split('\n').Last()).Where(line => line.EndsWith('.')).ToList();
        Assert.Equal(Quotations, texts.Count);
        foreach (var text in texts.Take(50)) Assert.Single(Regex.Matches(page, Regex.Escape(text)));
    }

    [Fact]
    public void The_csv_and_json_downloads_are_linked_by_name_and_format_and_exist()
    {
        var (study, page, site) = Built();
        using var _ = study;
        foreach (var (file, format) in new[] { ("quotations.csv", "CSV"), ("findings.json", "JSON") })
        {
            Assert.Contains($"<a href=\"{file}\" download>{file}</a> ({format}:", page);
            Assert.True(File.Exists(Path.Combine(site, file)), file);
        }
    }

    [Fact]
    public void A_dependent_subtheme_list_groups_each_themes_subthemes_for_the_filter()
    {
        var (study, page, _) = Built();
        using var _ = study;
        for (int t = 0; t < Themes; t++)
        {
            var options = string.Concat(Enumerable.Range(0, Subthemes).Select(s => $"<option value=\"{QuotationIndexStudy.SubthemeId(t, s)}\">{QuotationIndexStudy.SubthemeTitle(t, s)}</option>"));
            Assert.Contains($"<optgroup label=\"{QuotationIndexStudy.ThemeTitle(t)}\" data-theme=\"{QuotationIndexStudy.ThemeId(t)}\">{options}</optgroup>", page);
        }
    }

    [Fact]
    public void Quotations_before_a_theme_or_a_subtheme_are_listed_too_in_a_group_of_their_own()
    {
        using var study = new TempStudy();
        study.Write("findings.yml", "title: Edges\nparticipants:\n  A1: {}\n");
        study.Write("results.md", "::: {.quote from=A1}\nBefore any theme.\n:::\n\n# Theme {#th .theme}\n\n::: {.quote from=A1}\nBefore any subtheme.\n:::\n\n" +
            "## Sub {#sub .subtheme}\n\n::: {.quote from=A1}\nIn the subtheme.\n:::\n");
        var outcome = SiteBuilds.Build(study.Path, draft: true);
        Assert.NotNull(outcome.OutputFolder);
        string page = File.ReadAllText(Path.Combine(outcome.OutputFolder!, "quotations.html"));
        Assert.Contains(">Theme</a> <span class=\"q-n\">(2)</span></h2>", page);
        Assert.Contains(">Sub</a> <span class=\"q-n\">(1)</span></h3>", page);
        Assert.Contains(">Other quotations</a> <span class=\"q-n\">(1)</span></h2>", page);
        foreach (var words in new[] { "Before any theme.", "Before any subtheme.", "In the subtheme." }) Assert.Contains(words, page);
        // The theme's own quotations (before its first subtheme) come first and have no subtheme heading.
        Assert.True(page.IndexOf("Before any subtheme.", System.StringComparison.Ordinal) < page.IndexOf(">Sub</a>", System.StringComparison.Ordinal));
        Assert.True(page.IndexOf("In the subtheme.", System.StringComparison.Ordinal) < page.IndexOf("Before any theme.", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Each_quotation_carries_its_verification_label_and_its_notes_stay_on_its_own_page()
    {
        var (study, page, _) = Built();
        using var _ = study;
        // Every quotation is verified in this study: one label each, linking to the quotation in context, where the
        // line range and the transcript's SHA-256 are; no hash or popover repeated 300 (or 20,000) times here.
        Assert.Equal(Quotations, Regex.Matches(page, "<span class=\"provenance-label prov-verbatim\"><span aria-hidden=\"true\">\u2713 </span>verified</span> \u00b7 <a href=\"themes/").Count);
        Assert.DoesNotContain("SHA-256", page);
        Assert.DoesNotContain("popover", page);
    }
}
