using System;
using System.Linq;
using FindingsGen.Language;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Manifest;
using FindingsGen.Site.Citation;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>The citation texts (APA 7, BibTeX) made from publication:, on ordinary and on hostile values.</summary>
public sealed class CitationTextTests
{
    private static CitationText Cite(string publication, string? builtOn = "2026-03-01", string title = "Between sessions", string authors = "[R. Halvorsen, M. Okafor]") =>
        CitationText.For(PublicationManifests.Read(publication, title, authors), builtOn)!;

    [Fact]
    public void Without_publication_there_is_no_citation()
    {
        var diagnostics = new DiagnosticList();
        Assert.Null(CitationText.For(FindingsChecker.ReadManifest("title: T\nparticipants: {}\n", diagnostics), "2026-01-01"));
    }

    [Fact]
    public void The_apa_reference_names_authors_date_title_version_type_and_address()
    {
        var cite = Cite("  year: 2025\n  version: \"1.0\"\n");
        Assert.Equal("Halvorsen, R., & Okafor, M. (2025). Between sessions (Version 1.0) [Data set]. https://example.org/study/", cite.Apa);
        Assert.Equal("Halvorsen, R., &amp; Okafor, M. (2025). <i>Between sessions</i> (Version 1.0) [Data set]. https://example.org/study/", cite.ApaHtml);
    }

    [Theory]
    [InlineData("  year: 2025\n", "2026-03-01", "(2025)")]
    [InlineData("  version: \"2\"\n", "2026-03-01", "(2026)")]
    [InlineData("  version: \"2\"\n", null, "(n.d.)")]
    public void The_date_is_the_publication_year_else_the_build_year_else_nd(string publication, string? builtOn, string date)
    {
        var cite = Cite(publication, builtOn);
        Assert.Contains(date, cite.Apa);
        Assert.Contains("year         = {" + date.Trim('(', ')') + "}", cite.BibTeX);
    }

    [Theory]
    [InlineData(1, "A1, A.")]
    [InlineData(2, "A1, A., & A2, A.")]
    [InlineData(3, "A1, A., A2, A., & A3, A.")]
    [InlineData(20, "A1, A., A2, A., A3, A., A4, A., A5, A., A6, A., A7, A., A8, A., A9, A., A10, A., A11, A., A12, A., A13, A., A14, A., A15, A., A16, A., A17, A., A18, A., A19, A., & A20, A.")]
    [InlineData(21, "A1, A., A2, A., A3, A., A4, A., A5, A., A6, A., A7, A., A8, A., A9, A., A10, A., A11, A., A12, A., A13, A., A14, A., A15, A., A16, A., A17, A., A18, A., A19, A., . . . A21, A.")]
    [InlineData(30, "A18, A., A19, A., . . . A30, A.")]
    public void Apa_lists_up_to_twenty_authors_and_abridges_more(int count, string expected)
    {
        var names = Enumerable.Range(1, count).Select(i => CitationName.Of($"Ann A{i}")).ToList();
        string list = CitationText.ApaAuthors(names);
        if (count < 30) Assert.Equal(expected, list);
        else Assert.EndsWith(expected, list);
        Assert.Equal(Math.Min(count, 20), list.Split(" A.").Length - 1); // never more than 20 names
    }

    [Fact]
    public void Without_authors_apa_puts_the_title_first()
    {
        var cite = Cite("  version: \"1\"\n", "2026-01-01", authors: "[]");
        Assert.Equal("Between sessions (Version 1) [Data set]. (2026). https://example.org/study/", cite.Apa);
        Assert.DoesNotContain("author", cite.BibTeX);
    }

    [Theory]
    [InlineData("R. Halvorsen", "Halvorsen", "R.", "Halvorsen, R.")]
    [InlineData("Halvorsen, Rune Arne", "Halvorsen", "Rune Arne", "Halvorsen, R. A.")]
    [InlineData("Jean-Paul van der Berg", "van der Berg", "Jean-Paul", "van der Berg, J.-P.")]
    [InlineData("Łukasz Ćwik", "Ćwik", "Łukasz", "Ćwik, Ł.")]
    [InlineData("王小明", null, null, "王小明")]
    [InlineData("Madonna", null, null, "Madonna")]
    [InlineData("Александра Петрова", "Петрова", "Александра", "Петрова, А.")]
    public void Names_are_split_when_they_can_be_and_kept_whole_otherwise(string written, string? family, string? given, string apa)
    {
        var name = CitationName.Of(written);
        Assert.Equal(family, name.Family);
        Assert.Equal(given, name.Given);
        Assert.Equal(apa, name.Apa);
    }

    private const string Hostile = "\"Quotes\" {braces} </script><b>x</b> 100% #1 a_b $x$ ^~ back\\\\slash & co";

    [Fact]
    public void BibTeX_escapes_every_TeX_special_and_keeps_its_braces_balanced()
    {
        var cite = Cite("  version: \"1 {2\"\n  title: '" + Hostile + "'\n  journal: \"J%\"\n", title: "'" + Hostile + "'",
            authors: "[\"Zoë {O'Brien}\", \"王小明\", \"Jean_Paul $ Smith\"]");
        string bib = cite.BibTeX;
        // Each value is one line, and no brace opens or closes a group it did not itself open.
        Assert.All(bib.Split('\n').Skip(1).SkipLast(1), line => Assert.Matches(@"^  [a-z]+ +=\s\{.*\},$", line));
        int depth = 0;
        for (int i = 0; i < bib.Length; i++)
        {
            if (bib[i] == '\\') { i++; continue; }
            if (bib[i] == '{') depth++;
            if (bib[i] == '}') depth--;
            Assert.True(depth >= 0, "a brace closes early at " + i + ": " + bib);
        }
        Assert.Equal(0, depth);
        Assert.Contains(@"100\% \#1 a\_b \$x\$ \textasciicircum{}\textasciitilde{} back\textbackslash{}\textbackslash{}slash \& co", bib);
        Assert.Contains(@"\{braces\}", bib);
        Assert.Contains("{王小明}", bib); // a name that cannot be split is a braced whole, never "Family, Given"
        Assert.Contains(@"Smith, Jean\_Paul \$", bib);
        Assert.Contains(@"version      = {1 \{2}", bib);
        Assert.Matches(@"^@misc\{[a-z0-9]+,\n", bib); // an ASCII key
    }

    [Fact]
    public void Newlines_in_values_never_reach_the_citation()
    {
        var cite = Cite("  title: |\n    Line one\n    line two\n  version: \"1\"\n");
        Assert.DoesNotContain("\n", cite.Apa);
        Assert.Contains("Companion to: Line one line two.", cite.BibTeX);
    }

    [Fact]
    public void The_apa_html_escapes_the_title_and_every_name()
    {
        var cite = Cite("  version: \"<b>1</b>\"\n", title: "\"</script><script>alert(1)</script>\"", authors: "[\"A <i>B</i>\"]");
        Assert.DoesNotContain("<script", cite.ApaHtml);
        Assert.DoesNotContain("<b>", cite.ApaHtml);
        Assert.Contains("&lt;/script&gt;", cite.ApaHtml);
        Assert.StartsWith("&lt;i&gt;B&lt;/i&gt;, A. (2026). <i>&lt;/script&gt;", cite.ApaHtml);
    }
}
