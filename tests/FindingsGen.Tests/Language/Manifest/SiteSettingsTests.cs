using System.Linq;
using FindingsGen.Language;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Manifest;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>The manifest's <c>site:</c> section: the attribution template and the site's address.</summary>
public sealed class SiteSettingsTests
{
    private const string Participants = "participants:\n  T1: { setting: hospital, years: \"12\" }\n  T2: { setting: private practice }\n";

    private static (StudyManifest Manifest, string[] Diagnostics) Read(string site)
    {
        var diagnostics = new DiagnosticList();
        var manifest = FindingsChecker.ReadManifest("title: A\n" + Participants + site, diagnostics);
        return (manifest, diagnostics.Items.Select(d => d.ToString()).ToArray());
    }

    [Fact]
    public void Without_site_a_quotation_is_attributed_by_its_id_and_the_site_has_no_address()
    {
        var (manifest, diagnostics) = Read("");
        Assert.Empty(diagnostics);
        Assert.Equal("T1", manifest.Site.Attribution.Format("T1", manifest.FindParticipant("T1")));
        Assert.Null(manifest.Site.Url);
    }

    [Fact]
    public void The_attribution_names_attributes_and_leaves_out_an_item_a_participant_lacks()
    {
        var (manifest, diagnostics) = Read("site:\n  attribution: \"{id}, {setting}, {years} years\"\n");
        Assert.Empty(diagnostics);
        var template = manifest.Site.Attribution;
        Assert.Equal("T1, hospital, 12 years", template.Format("T1", manifest.FindParticipant("T1")));
        Assert.Equal("T2, private practice", template.Format("T2", manifest.FindParticipant("T2")));
        Assert.Equal("T9", template.Format("T9", null));
    }

    [Theory]
    [InlineData("\"{setting}\"", "does not name the participant")]
    [InlineData("\"{id}, {setting\"", "'{' without its '}'")]
    [InlineData("\"{id}}\"", "'}' without its '{'")]
    [InlineData("\"{id}, {}\"", "empty placeholder")]
    [InlineData("\"{id}, {seting}\"", "{seting}, which no participant has; did you mean {setting}?")]
    [InlineData("[a, b]", "'site.attribution' must be a single value")]
    public void A_template_that_cannot_be_used_is_FG0201_at_its_value(string value, string message)
    {
        var (manifest, diagnostics) = Read("site:\n  attribution: " + value + "\n");
        var problem = Assert.Single(diagnostics);
        Assert.StartsWith("findings.yml(6,16", problem);
        Assert.Contains("FG0201", problem);
        Assert.Contains(message, problem);
        Assert.Same(AttributionTemplate.Default, manifest.Site.Attribution);
    }

    [Theory]
    [InlineData("https://example.org/study", "https://example.org/study/")]
    [InlineData("http://example.org/a/b/", "http://example.org/a/b/")]
    public void The_url_is_kept_absolute_and_ending_in_a_slash(string written, string kept)
    {
        var (manifest, diagnostics) = Read("site:\n  url: " + written + "\n");
        Assert.Empty(diagnostics);
        Assert.Equal(kept, manifest.Site.Url);
    }

    [Theory]
    [InlineData("example.org/study")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.org/")]
    [InlineData("https://example.org/?a=b")]
    public void A_url_that_is_not_an_absolute_web_address_is_FG0201(string written)
    {
        var (manifest, diagnostics) = Read("site:\n  url: \"" + written + "\"\n");
        Assert.Contains("'site.url' must be the address the site is published at", Assert.Single(diagnostics));
        Assert.Null(manifest.Site.Url);
    }

    [Fact]
    public void Site_must_be_a_mapping_of_known_keys()
    {
        Assert.Contains("'site' must be a mapping", Assert.Single(Read("site: yes\n").Diagnostics));
        Assert.Contains("unknown key 'site.attributon'; the keys are attribution and url", Assert.Single(Read("site:\n  attributon: \"{id}\"\n").Diagnostics));
    }
}
