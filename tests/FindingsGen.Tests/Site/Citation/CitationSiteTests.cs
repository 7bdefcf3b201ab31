using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// The paper's companion on the built site: head meta tags, the header's companion line, the cite box, the footer, the
/// printout's block, CITATION.cff and findings.json's publication object — present with <c>publication:</c>, absent
/// without it, and every value escaped and every address filtered.
/// </summary>
[Collection(nameof(EnvironmentCollection))]
public sealed class CitationSiteTests
{
    private static TempStudy Study(string extra)
    {
        var study = new TempStudy();
        string fixture = Path.Combine(RepoRoot.Path, "tests", "FindingsGen.Tests", "Fixtures", "site-study");
        foreach (var file in Directory.GetFiles(fixture, "*", SearchOption.AllDirectories))
            study.Write(Path.GetRelativePath(fixture, file), File.ReadAllText(file));
        // The fixture's own publication: and site: (if any) give way to the test's.
        string manifest = File.ReadAllText(Path.Combine(study.Path, "findings.yml"));
        manifest = Regex.Replace(manifest, @"^(publication|site):.*?(?=^\S|\z)", "", RegexOptions.Multiline | RegexOptions.Singleline);
        study.Write("findings.yml", manifest + extra);
        return study;
    }

    private static System.Collections.Generic.Dictionary<string, string> Build(TempStudy study, string? epoch = "1767225600")
    {
        string? before = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", epoch);
        try
        {
            var outcome = SiteBuilds.Build(study.Path);
            Assert.Equal(0, outcome.ExitCode);
            return SiteBuilds.Files(outcome.OutputFolder!);
        }
        finally
        {
            Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", before);
        }
    }

    private const string Publication = "publication:\n  title: Night work\n  doi: doi:10.5555/nights.1\n  journal: J Fict Nurs\n  year: 2025\n  license: cc-by-4.0\n  version: \"2.1\"\n" +
                                       "  authors:\n    - { name: A. Author, orcid: 0000-0002-1825-0097 }\nsite:\n  url: https://example.org/nights\n";

    [Fact]
    public void With_publication_every_page_carries_the_meta_tags_companion_line_footer_and_print_block()
    {
        using var study = Study(Publication);
        var files = Build(study);
        foreach (var (path, html) in files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            // Google Scholar's tags on the overview alone (one record for the findings), and never the article's DOI or
            // journal: these pages are not the article.
            if (path == "index.html")
            {
                Assert.Contains("<meta name=\"citation_title\" content=\"A small study\">", html);
                Assert.Contains("<meta name=\"citation_author\" content=\"A. Author\">", html);
                Assert.Contains("<meta name=\"citation_publication_date\" content=\"2025\">", html);
            }
            else Assert.DoesNotContain("name=\"citation_", html);
            Assert.DoesNotContain("citation_doi", html);
            Assert.DoesNotContain("citation_journal_title", html);
            Assert.Contains("<meta name=\"DC.creator\" content=\"A. Author\">", html);
            Assert.Contains("<meta name=\"DC.rights\" content=\"CC-BY-4.0\">", html);
            Assert.Contains("<meta name=\"DC.relation\" content=\"https://doi.org/10.5555/nights.1\">", html);
            Assert.Contains("<link rel=\"license\" href=\"https://creativecommons.org/licenses/by/4.0/\">", html);
            // Each page names itself in full: the overview by the site's address, the others by their path under it.
            string self = path == "index.html" ? "https://example.org/nights/" : "https://example.org/nights/" + path;
            Assert.Contains($"<link rel=\"canonical\" href=\"{self}\">", html);
            Assert.Contains($"<meta property=\"og:url\" content=\"{self}\">", html);
            Assert.Contains("<p class=\"companion\">Companion to <cite>Night work</cite>, J Fict Nurs (2025). <a href=\"https://doi.org/10.5555/nights.1\">", html);
            Assert.Contains(", version 2.1. Licence: <a href=\"https://creativecommons.org/licenses/by/4.0/\" rel=\"license\">CC BY 4.0</a>. Built on 2026-01-01.", html);
            Assert.Contains($"<p>Online: {self} (built on 2026-01-01)</p>", html);
            Assert.Contains("<p>Cite as: Author, A. (2025). A small study (Version 2.1) [Data set]. https://example.org/nights/</p>", html);
        }
        Assert.Contains("<h2 id=\"cite\">Cite these findings</h2>", files["index.html"]);
        Assert.Contains("@misc{author2025small,", files["index.html"]);
        Assert.Contains("<a href=\"CITATION.cff\" download>CITATION.cff</a>", files["index.html"]);
        Assert.Contains("cff-version: \"1.2.0\"", files["CITATION.cff"]);
        using var json = System.Text.Json.JsonDocument.Parse(files["findings.json"]);
        var publication = json.RootElement.GetProperty("publication");
        Assert.Equal("10.5555/nights.1", publication.GetProperty("doi").GetString());
        Assert.Equal("https://orcid.org/0000-0002-1825-0097", publication.GetProperty("authors")[0].GetProperty("orcid").GetString());
        Assert.Equal("https://example.org/nights/", publication.GetProperty("siteUrl").GetString());
    }

    [Fact]
    public void Without_publication_nothing_of_it_shows_but_the_footer_names_the_study()
    {
        using var study = Study("");
        var files = Build(study, epoch: null);
        Assert.False(files.ContainsKey("CITATION.cff"));
        Assert.False(JsonHas(files["findings.json"], "publication"));
        foreach (var html in files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).Select(f => f.Value))
        {
            Assert.DoesNotContain("citation_", html);
            Assert.DoesNotContain("DC.", html);
            Assert.DoesNotContain("rel=\"canonical\"", html);
            Assert.DoesNotContain("og:url", html);
            Assert.DoesNotContain("class=\"companion\"", html);
            Assert.DoesNotContain("print-cite", html);
            Assert.DoesNotContain("id=\"cite\"", html);
            Assert.Contains("<meta property=\"og:site_name\" content=\"A small study\">", html);
            Assert.Contains("<p class=\"study-line\"><span class=\"study-title\">A small study</span>.</p>", html);
        }
    }

    private static bool JsonHas(string json, string name)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty(name, out _);
    }

    [Fact]
    public void Hostile_publication_values_are_escaped_in_every_place_they_are_written()
    {
        const string Evil = "'\"><script>alert(1)</script><b>x</b> & {y}'";
        using var study = Study("publication:\n  title: " + Evil + "\n  journal: " + Evil + "\n  version: " + Evil + "\n  data_availability: " + Evil +
                                "\n  authors:\n    - " + Evil + "\n");
        var files = Build(study);
        foreach (var html in files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).Select(f => f.Value))
        {
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<b>x</b>", html);
            Assert.Contains("<meta name=\"DC.creator\" content=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;x&lt;/b&gt; &amp; {y}\">", html);
        }
        Assert.Contains("&lt;/script&gt;", files["index.html"]);
        Assert.Contains("<meta name=\"citation_author\" content=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;x&lt;/b&gt; &amp; {y}\">", files["index.html"]);
    }
}
