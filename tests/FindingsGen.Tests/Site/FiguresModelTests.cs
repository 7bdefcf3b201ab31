using System.IO;
using System.Linq;
using FindingsGen.Site;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>The figures' view models: the matrix's groups, blanks and totals, and the Participants page's table and summary.</summary>
[Collection(EnvironmentCollection.Name)]
public sealed class FiguresModelTests
{
    private static SiteModelBuilder Model(string manifest, string page) => new(StudyRunner.Check(manifest, ("results.md", page)));

    private const string Three = "title: M\nparticipants:\n  A: { setting: ward, years: \"4\" }\n  B: { years: \"10\", setting: ward }\n  C: { role: lead }\nrules: { FG0106: none, FG0008: none }\n";

    private const string Page =
        "# One {#one .theme}\n\n## Alpha {#alpha .subtheme}\n\n[\"a\"]{.quote from=A} [\"ab\"]{.quote from=\"A B\"}\n\n## Beta {#beta .subtheme}\n\n[\"b\"]{.quote from=B}\n\n" +
        "# Two {#two .theme}\n\nNo subthemes here.\n\n# Three {#three .theme}\n\n## Gamma {#gamma .subtheme}\n\n";

    [Fact]
    public void The_matrix_groups_subthemes_under_their_themes_and_totals_quotations_not_cells()
    {
        var matrix = Model(Three, Page).Matrix();
        Assert.Equal(new[] { ("One", 2), ("Three", 1) }, matrix.Groups.Select(g => (g.Title, g.Span)));
        Assert.Equal(new[] { "Alpha", "Beta", "Gamma" }, matrix.Columns.Select(c => c.Title));
        Assert.Equal(new[] { 2, 0, 0 }, matrix.Rows[0].Cells.Select(c => c.Count)); // A: "a" and "ab"
        Assert.Equal(new[] { 2, 2, 0 }, matrix.Rows.Select(r => r.Total)); // B: "ab" and "b"
        Assert.Null(matrix.Rows[2].Cells[0].Url); // a zero has no link, and the template leaves its cell blank
        // "ab" is one quotation of two participants: the column counts it once.
        Assert.Equal(new[] { 2, 1, 0 }, matrix.ColumnQuotations);
        Assert.Equal(new[] { 2, 1, 0 }, matrix.ColumnParticipants);
        Assert.Equal(3, matrix.TotalQuotations);
        Assert.Equal(2, matrix.TotalParticipants);
        Assert.False(matrix.TooWide);
    }

    [Fact]
    public void Past_the_widest_matrix_the_page_says_so_instead()
    {
        var page = "# One {#one .theme}\n\n" + string.Concat(Enumerable.Range(1, SiteModelBuilder.MaxMatrixSubthemes + 1).Select(i => $"## S{i} {{#s{i} .subtheme}}\n\n"));
        var matrix = Model(Three, page).Matrix();
        Assert.True(matrix.TooWide);
        Assert.Empty(matrix.Columns);
        Assert.Equal(SiteModelBuilder.MaxMatrixSubthemes + 1, matrix.Subthemes);
    }

    [Fact]
    public void The_characteristics_table_has_a_column_per_attribute_in_order_of_first_appearance_and_a_summary()
    {
        var view = Model(Three, Page).Participants();
        Assert.Equal(new[] { "setting", "years", "role" }, view.Attributes);
        Assert.Equal(new[] { "ward", "10", "" }, view.Rows[1].Values);
        Assert.Equal(new[] { 2, 2, 0 }, view.Rows.Select(r => r.Quotations));
        Assert.Equal(new[] { "ward 2, not given 1", "4\u201310 (median 7), not given 1", "lead 1, not given 2" }, view.Summary);
        Assert.Equal(3, view.Quotations);
    }

    [Theory]
    [InlineData(new[] { "3", "12", "9" }, "3\u201312 (median 9)")]
    [InlineData(new[] { "2.5", "-1" }, "-1\u20132.5 (median 0.75)")]
    [InlineData(new[] { "12", "about 9" }, "12 1, about 9 1")]
    [InlineData(new[] { "7" }, "7 1")]
    [InlineData(new[] { "b", "a", "b", "" }, "b 2, a 1, not given 1")]
    public void Each_attribute_is_summarised_as_counts_or_as_range_and_median(string[] values, string summary)
    {
        Assert.Equal(summary, SiteModelBuilder.Summarise(values));
    }

    [Fact]
    public void A_study_without_participants_gets_a_sentence_not_an_empty_table()
    {
        using var study = new TempStudy();
        study.Write("findings.yml", "title: Empty\nparticipants: {}\nrules: { FG0106: none, FG0008: none }\n");
        study.Write("results.md", "# One {#one .theme}\n\n## Sub {#sub .subtheme}\n\nText.\n");
        var outcome = SiteBuilds.Build(study.Path, draft: true);
        var page = File.ReadAllText(Path.Combine(outcome.OutputFolder!, "participants.html"));
        Assert.Contains("<p>The manifest lists no participants.</p>", page);
        Assert.DoesNotContain("<table", page);
        var index = File.ReadAllText(Path.Combine(outcome.OutputFolder!, "index.html"));
        Assert.DoesNotContain("class=\"matrix\"", index);
    }
}
