using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using FindingsGen.Language.Manifest;
using FindingsGen.Site.Citation;
using Xunit;
using YamlDotNet.RepresentationModel;
using YamlNode = YamlDotNet.RepresentationModel.YamlNode;

namespace FindingsGen.Tests;

/// <summary>
/// CITATION.cff read back with YamlDotNet and held to the Citation File Format 1.2.0 rules it relies on (no network: the
/// rules are written here): the required keys, the type, ORCID addresses, the date format, licences from the SPDX list.
/// </summary>
public sealed class CitationFileTests
{
    private static YamlMappingNode Cff(string publication, string? builtOn = "2026-03-01", string title = "Between sessions", string authors = "[R. Halvorsen, M. Okafor]")
    {
        var citation = CitationText.For(PublicationManifests.Read(publication, title, authors), builtOn)!;
        byte[] file = CitationFile.Write(citation)!;
        var yaml = new YamlStream();
        yaml.Load(new StringReader(Encoding.UTF8.GetString(file)));
        var root = (YamlMappingNode)yaml.Documents.Single().RootNode;
        AssertCff120(root);
        return root;
    }

    private static string Scalar(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node).Children[new YamlScalarNode(key)]).Value!;

    private static bool Has(YamlNode node, string key) => ((YamlMappingNode)node).Children.ContainsKey(new YamlScalarNode(key));

    /// <summary>The CFF 1.2.0 schema's rules this writer relies on.</summary>
    private static void AssertCff120(YamlMappingNode root)
    {
        foreach (string required in new[] { "cff-version", "message", "title", "authors" }) Assert.True(Has(root, required), "CFF requires " + required);
        Assert.Equal("1.2.0", Scalar(root, "cff-version"));
        Assert.Contains(Scalar(root, "type"), new[] { "software", "dataset" });
        var authors = (YamlSequenceNode)root.Children[new YamlScalarNode("authors")];
        Assert.NotEmpty(authors.Children);
        foreach (var author in authors.Children)
        {
            // A person has family-names (and given-names), an entity has name; an ORCID is its https://orcid.org/ address.
            Assert.True(Has(author, "family-names") || Has(author, "name"));
            if (Has(author, "orcid")) Assert.Matches(@"^https://orcid\.org/[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$", Scalar(author, "orcid"));
        }
        if (Has(root, "date-released")) Assert.Matches(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", Scalar(root, "date-released"));
        if (Has(root, "license"))
        {
            var license = root.Children[new YamlScalarNode("license")];
            var ids = license is YamlSequenceNode list ? list.Children.Select(c => ((YamlScalarNode)c).Value!) : new[] { ((YamlScalarNode)license).Value! };
            Assert.All(ids, id => Assert.Contains(id, PublicationLicenses.Known));
        }
        if (Has(root, "url")) Assert.Matches("^(https|http|ftp|sftp)://.+", Scalar(root, "url"));
        if (Has(root, "references"))
        {
            foreach (var reference in ((YamlSequenceNode)root.Children[new YamlScalarNode("references")]).Children)
            {
                foreach (string required in new[] { "type", "title", "authors" }) Assert.True(Has(reference, required), "a reference requires " + required);
                if (Has(reference, "doi")) Assert.Matches(@"^10\.\d{4,9}(\.\d+)?/[A-Za-z0-9:/_;\-.()\[\]\\]+$", Scalar(reference, "doi"));
            }
        }
    }

    [Fact]
    public void The_file_cites_the_findings_and_references_the_article()
    {
        var root = Cff("  title: Holding the thread\n  doi: https://doi.org/10.5555/x.1\n  journal: J\n  year: 2025\n  license: cc-by-4.0\n  version: \"1.10\"\n" +
                       "  authors:\n    - { name: \"Halvorsen, Rune\", orcid: 0000-0002-1825-0097, affiliation: U }\n    - 王小明\n");
        Assert.Equal("dataset", Scalar(root, "type"));
        Assert.Equal("1.10", Scalar(root, "version")); // quoted: a YAML reader keeps "1.10", not the number 1.1
        Assert.Equal("2026-03-01", Scalar(root, "date-released"));
        Assert.Equal("CC-BY-4.0", Scalar(root, "license"));
        Assert.Equal("https://example.org/study/", Scalar(root, "url"));
        var authors = ((YamlSequenceNode)root.Children[new YamlScalarNode("authors")]).Children;
        Assert.Equal("Halvorsen", Scalar(authors[0], "family-names"));
        Assert.Equal("Rune", Scalar(authors[0], "given-names"));
        Assert.Equal("https://orcid.org/0000-0002-1825-0097", Scalar(authors[0], "orcid"));
        Assert.Equal("王小明", Scalar(authors[1], "name"));
        var article = ((YamlSequenceNode)root.Children[new YamlScalarNode("references")]).Children.Single();
        Assert.Equal("article", Scalar(article, "type"));
        Assert.Equal("10.5555/x.1", Scalar(article, "doi"));
        Assert.Equal("2025", Scalar(article, "year"));
    }

    [Fact]
    public void A_doi_the_format_cannot_hold_is_left_out_of_the_reference_and_its_url_kept()
    {
        var root = Cff("  title: Night work\n  doi: \"10.5555/abc<x>\"\n  url: https://example.org/article\n");
        var reference = ((YamlSequenceNode)root.Children[new YamlScalarNode("references")]).Children.Single();
        Assert.False(Has(reference, "doi"));
        Assert.Equal("https://example.org/article", Scalar(reference, "url"));
        var plain = ((YamlSequenceNode)Cff("  title: Night work\n  doi: 10.5555/nights.1\n").Children[new YamlScalarNode("references")]).Children.Single();
        Assert.Equal("10.5555/nights.1", Scalar(plain, "doi"));
    }

    [Fact]
    public void Without_a_build_date_there_is_no_release_date_and_a_licence_cff_cannot_state_is_left_out()
    {
        var root = Cff("  license: CC-BY-4.0 AND ODbL-1.0\n", builtOn: null);
        Assert.False(Has(root, "date-released"));
        Assert.False(Has(root, "license"));
        Assert.False(Has(root, "references")); // no article title: a reference needs one
        var either = Cff("  license: MIT OR Apache-2.0\n");
        Assert.Equal(new[] { "MIT", "Apache-2.0" }, ((YamlSequenceNode)either.Children[new YamlScalarNode("license")]).Children.Select(c => ((YamlScalarNode)c).Value));
        Assert.False(Has(Cff("  license: LicenseRef-Ours\n"), "license"));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("1.10")]
    [InlineData("2026-01-01")]
    [InlineData("a: b # c")]
    [InlineData("\"quoted\" and 'single' </script> {x} [y] & *z !w %v @u `t`")]
    [InlineData("Zoë ✓ 王小明 \\ back")]
    public void Hostile_values_are_read_back_exactly_as_written(string value)
    {
        string yaml = "'" + value.Replace("'", "''") + "'";
        var root = Cff($"  version: {yaml}\n  title: {yaml}\n", title: yaml, authors: $"[{yaml}]");
        Assert.Equal(value, Scalar(root, "title"));
        Assert.Equal(value, Scalar(root, "version"));
        var author = ((YamlSequenceNode)root.Children[new YamlScalarNode("authors")]).Children[0];
        Assert.Equal(value, Has(author, "name") ? Scalar(author, "name") : Scalar(author, "given-names") + " " + Scalar(author, "family-names"));
        Assert.Equal(value, Scalar(((YamlSequenceNode)root.Children[new YamlScalarNode("references")]).Children[0], "title"));
    }

    [Fact]
    public void A_study_without_authors_gets_no_file()
    {
        var citation = CitationText.For(PublicationManifests.Read("  version: \"1\"\n", authors: "[]"), null)!;
        Assert.Null(CitationFile.Write(citation));
    }

    [Fact]
    public void Every_string_is_double_quoted_so_no_reader_retypes_it()
    {
        var citation = CitationText.For(PublicationManifests.Read("  version: \"1.0\"\n  year: 2026\n  title: T\n"), "2026-03-01")!;
        string text = Encoding.UTF8.GetString(CitationFile.Write(citation)!);
        Assert.Contains("version: \"1.0\"\n", text);
        Assert.Contains("date-released: \"2026-03-01\"\n", text);
        Assert.Contains("  year: 2026\n", text); // CFF's year is an integer
        Assert.DoesNotContain("\r", text);
        Assert.Matches(new Regex("^cff-version: \"1.2.0\"$", RegexOptions.Multiline), text);
    }
}
