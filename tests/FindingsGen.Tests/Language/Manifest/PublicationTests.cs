using System.Linq;
using FindingsGen.Language;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Manifest;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>The manifest's <c>publication:</c> section: each key read, normalised and checked; every problem FG0201 at the value.</summary>
public sealed class PublicationTests
{
    private static (Publication? Publication, string[] Diagnostics) Read(string publication, string authors = "authors: [R. Halvorsen, M. Okafor]\n")
    {
        var diagnostics = new DiagnosticList();
        var manifest = FindingsChecker.ReadManifest("title: A\n" + authors + "participants: { T1: {} }\npublication:\n" + publication, diagnostics);
        return (manifest.Publication, diagnostics.Items.Select(d => d.ToString()).ToArray());
    }

    private static Publication Clean(string publication)
    {
        var (read, diagnostics) = Read(publication);
        Assert.Empty(diagnostics);
        return read!;
    }

    [Fact]
    public void Without_publication_there_is_none()
    {
        var diagnostics = new DiagnosticList();
        Assert.Null(FindingsChecker.ReadManifest("title: A\nparticipants: {}\n", diagnostics).Publication);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_full_publication_is_read()
    {
        var p = Clean("  title: Holding the thread\n  doi: 10.5555/jfqr.2026.0142\n  url: https://journal.example/articles/142\n  journal: Journal of Fictional Qualitative Research\n" +
                      "  year: 2026\n  license: cc-by-4.0\n  version: \"1.0\"\n  data_availability: on request from the authors\n  preregistration: https://osf.io/abcde\n" +
                      "  authors:\n    - { name: R. Halvorsen, orcid: 0000-0002-1825-0097, affiliation: University of Nowhere }\n    - M. Okafor\n");
        Assert.Equal("Holding the thread", p.Title);
        Assert.Equal("10.5555/jfqr.2026.0142", p.Doi);
        Assert.Equal("https://doi.org/10.5555/jfqr.2026.0142", p.ArticleUrl);
        Assert.Equal("https://journal.example/articles/142", p.Url);
        Assert.Equal(2026, p.Year);
        Assert.Equal("CC-BY-4.0", p.License);
        Assert.Equal("1.0", p.Version);
        Assert.Equal("on request from the authors", p.DataAvailability);
        Assert.False(p.DataAvailabilityIsUrl);
        Assert.Equal("https://osf.io/abcde", p.Preregistration);
        Assert.Equal(new[] { "R. Halvorsen", "M. Okafor" }, p.Authors.Select(a => a.Name));
        Assert.Equal("https://orcid.org/0000-0002-1825-0097", p.Authors[0].OrcidUrl);
        Assert.Equal("University of Nowhere", p.Authors[0].Affiliation);
        Assert.Null(p.Authors[1].Orcid);
    }

    [Fact]
    public void Without_publication_authors_the_manifest_authors_are_the_authors()
    {
        Assert.Equal(new[] { "R. Halvorsen", "M. Okafor" }, Clean("  year: 2026\n").Authors.Select(a => a.Name));
        Assert.Equal(new[] { "R. Halvorsen", "M. Okafor" }, Clean("").Authors.Select(a => a.Name));
    }

    [Theory]
    [InlineData("10.5555/abc", "10.5555/abc")]
    [InlineData("doi:10.5555/abc", "10.5555/abc")]
    [InlineData("DOI: 10.5555/abc", "10.5555/abc")]
    [InlineData("https://doi.org/10.1000.10/ABC(1)x", "10.1000.10/ABC(1)x")]
    [InlineData("http://dx.doi.org/10.5555/a;b", "10.5555/a;b")]
    public void A_doi_is_kept_bare_however_written(string written, string bare) =>
        Assert.Equal(bare, Clean($"  doi: \"{written}\"\n").Doi);

    [Fact]
    public void A_doi_address_escapes_what_a_url_gives_meaning_to() =>
        Assert.Equal("https://doi.org/10.5555/a%23b%3Fc%25%3C%3E", PublicationIdentifiers.DoiUrl("10.5555/a#b?c%<>"));

    [Theory]
    [InlineData("0000-0002-1825-0097", "0000-0002-1825-0097")]
    [InlineData("https://orcid.org/0000-0001-5109-3700", "0000-0001-5109-3700")]
    [InlineData("0000-0002-1694-233x", "0000-0002-1694-233X")]
    [InlineData("0000000218250097", "0000-0002-1825-0097")]
    public void An_orcid_with_a_right_check_digit_is_kept_bare(string written, string bare) =>
        Assert.Equal(bare, Clean($"  authors: [{{ name: A, orcid: \"{written}\" }}]\n").Authors.Single().Orcid);

    [Theory]
    [InlineData("  doi: 11.5555/abc\n", "'publication.doi' is not a DOI", 5, 8)]
    [InlineData("  doi: \"10.5555/a b\"\n", "'publication.doi' is not a DOI", 5, 8)]
    [InlineData("  doi: 10.12/abc\n", "'publication.doi' is not a DOI", 5, 8)]
    [InlineData("  url: journal.example/a\n", "'publication.url' must be the article's address", 5, 8)]
    [InlineData("  url: javascript:alert(1)\n", "'publication.url' must be the article's address", 5, 8)]
    [InlineData("  year: 26\n", "a whole year from 1900 to 2100", 5, 9)]
    [InlineData("  year: 2026.5\n", "a whole year from 1900 to 2100", 5, 9)]
    [InlineData("  year: 3026\n", "a whole year from 1900 to 2100", 5, 9)]
    [InlineData("  license: CC BY 4.0\n", "'CC BY 4.0' is not an SPDX licence identifier FindingsGen knows; did you mean CC-BY-4.0?", 5, 12)]
    [InlineData("  license: CC-BY-4\n", "did you mean CC-BY-4.0?", 5, 12)]
    [InlineData("  license: CC-BY-NC\n", "name the version too, e.g. CC-BY-NC-4.0", 5, 12)]
    [InlineData("  license: MIT OR Apache2.0\n", "did you mean Apache-2.0?", 5, 12)]
    [InlineData("  license: LicenseRef-my licence\n", "'publication.license'", 5, 12)]
    [InlineData("  license: Proprietary\n", "e.g. CC-BY-4.0, CC0-1.0 or ODbL-1.0", 5, 12)]
    [InlineData("  authors: [{ name: A, orcid: 0000-0002-1825-0098 }]\n", "wrong check digit: an ORCID iD with these first 15 digits ends in 7", 5, 31)]
    [InlineData("  authors: [{ name: A, orcid: 1234 }]\n", "is not an ORCID iD", 5, 31)]
    [InlineData("  authors: [{ name: A, mail: a@b }]\n", "unknown key 'publication.authors.mail'; the keys are name, orcid and affiliation", 5, 24)]
    [InlineData("  authors: [{ orcid: 0000-0002-1825-0097 }]\n", "needs name:", 5, 13)]
    [InlineData("  jornal: J\n", "unknown key 'publication.jornal'; did you mean 'publication.journal'?", 5, 3)]
    [InlineData("  data_availability: www.example.org/data\n", "looks like an address but is not an absolute http(s) one", 5, 22)]
    [InlineData("  preregistration: osf\n", "'publication.preregistration' must be the preregistration's address", 5, 20)]
    [InlineData("  version: \"\"\n", "'publication.version' is empty", 5, 12)]
    [InlineData("  journal: [A, B]\n", "'publication.journal' must be a single value", 5, 12)]
    public void A_value_that_cannot_be_used_is_FG0201_at_it(string publication, string message, int line, int column)
    {
        var (read, diagnostics) = Read(publication);
        var problem = Assert.Single(diagnostics);
        Assert.StartsWith($"findings.yml({line},{column}", problem);
        Assert.Contains("error FG0201", problem);
        Assert.Contains(message, problem);
        Assert.NotNull(read);
    }

    [Theory]
    [InlineData("cc-by-nc-sa-4.0", "CC-BY-NC-SA-4.0")]
    [InlineData("CC0-1.0", "CC0-1.0")]
    [InlineData("odbl-1.0", "ODbL-1.0")]
    [InlineData("mit or apache-2.0", "MIT OR Apache-2.0")]
    [InlineData("CC-BY-4.0 AND ODbL-1.0", "CC-BY-4.0 AND ODbL-1.0")]
    [InlineData("LicenseRef-Our-Terms.2", "LicenseRef-Our-Terms.2")]
    [InlineData("cc-by-3.0-igo", "CC-BY-3.0-IGO")]
    public void A_licence_is_matched_ignoring_case_and_kept_in_spdx_spelling(string written, string canonical) =>
        Assert.Equal(canonical, Clean($"  license: \"{written}\"\n").License);

    [Fact]
    public void The_licence_table_has_every_creative_commons_licence_in_every_version()
    {
        foreach (string kind in new[] { "BY", "BY-SA", "BY-ND", "BY-NC", "BY-NC-SA", "BY-NC-ND" })
            foreach (string version in new[] { "1.0", "2.0", "2.5", "3.0", "4.0" })
                Assert.Contains($"CC-{kind}-{version}", PublicationLicenses.Known);
        Assert.Equal("https://creativecommons.org/licenses/by-nc-sa/4.0/", PublicationLicenses.Url("CC-BY-NC-SA-4.0"));
        Assert.Equal("https://creativecommons.org/publicdomain/zero/1.0/", PublicationLicenses.Url("CC0-1.0"));
        Assert.Equal("https://spdx.org/licenses/ODbL-1.0.html", PublicationLicenses.Url("ODbL-1.0"));
        Assert.Null(PublicationLicenses.Url("MIT OR Apache-2.0"));
        Assert.Equal("CC BY-NC 4.0", PublicationLicenses.DisplayName("CC-BY-NC-4.0"));
    }

    [Fact]
    public void A_data_availability_address_is_a_link_and_a_statement_is_kept()
    {
        var address = Clean("  data_availability: https://doi.org/10.5555/data.1\n");
        Assert.True(address.DataAvailabilityIsUrl);
        var statement = Clean("  data_availability: >\n    Transcripts are not shared;\n    codes on request.\n");
        Assert.Equal("Transcripts are not shared; codes on request.", statement.DataAvailability);
        Assert.False(statement.DataAvailabilityIsUrl);
    }

    [Theory]
    [InlineData("10.5555/prereg.1")]
    [InlineData("doi:10.5555/prereg.1")]
    [InlineData("https://doi.org/10.5555/prereg.1")]
    public void A_preregistration_doi_is_kept_as_its_address(string written) =>
        Assert.Equal("https://doi.org/10.5555/prereg.1", Clean($"  preregistration: \"{written}\"\n").Preregistration);

    [Fact]
    public void Publication_must_be_a_mapping()
    {
        var (read, diagnostics) = Read("", "");
        Assert.Empty(diagnostics);
        var diagnosticsList = new DiagnosticList();
        FindingsChecker.ReadManifest("title: A\nparticipants: {}\npublication: 10.5555/x\n", diagnosticsList);
        Assert.Contains("'publication' must be a mapping", Assert.Single(diagnosticsList.Items).ToString());
    }

    [Fact]
    public void Every_orcid_check_digit_is_the_iso_7064_one()
    {
        // Published examples from ORCID's documentation, each ending in its check character.
        foreach (string id in new[] { "000000021825009", "000000015109370", "000000021694233" })
            Assert.Contains(PublicationIdentifiers.OrcidCheckDigit(id), "70X");
        Assert.Equal('7', PublicationIdentifiers.OrcidCheckDigit("000000021825009"));
        Assert.Equal('0', PublicationIdentifiers.OrcidCheckDigit("000000015109370"));
        Assert.Equal('X', PublicationIdentifiers.OrcidCheckDigit("000000021694233"));
    }
}
