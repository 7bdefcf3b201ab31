using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FindingsGen.Language;
using FindingsGen.Language.Manifest;
using FindingsGen.Site.Html;

namespace FindingsGen.Site.Citation;

/// <summary>Makes the <see cref="CitationView"/> of a checked study (one per build: every page shares it).</summary>
public static class CitationViews
{
    /// <summary>The view; <paramref name="builtOn"/> is the build's date from SOURCE_DATE_EPOCH (yyyy-MM-dd) or null.</summary>
    public static CitationView For(CheckResult result, string? builtOn)
    {
        var study = result.Study;
        var manifest = study.Manifest;
        string? siteUrl = Safe(manifest.Site.Url);
        var meta = new List<MetaTagView>
        {
            new("og:type", "website", true),
            new("og:site_name", manifest.Title, true),
            new("og:description", Description(result), true),
        };
        if (CitationText.For(manifest, builtOn) is not { } citation)
        {
            return new CitationView(false, false, null, null, null, null, null, null, null, null, null, null, new CitationAuthorView[0], null, null, null, meta, siteUrl, false);
        }
        var p = citation.Publication;
        string? articleUrl = Safe(p.ArticleUrl);
        string? licenseUrl = p.License is { } id ? Safe(PublicationLicenses.Url(id)) : null;
        string? year = citation.Year;

        // Highwire Press tags (Google Scholar; the layout writes them on the overview alone, one record for the findings), then Dublin Core: what the findings are, who made them, when, under what licence.
        meta.Add(new("citation_title", manifest.Title, false));
        foreach (var author in p.Authors) meta.Add(new("citation_author", author.Name, false));
        if (year is not null) meta.Add(new("citation_publication_date", year, false));
        // No citation_doi or citation_journal_title: those would be the article's, and Google Scholar would index these
        // findings as that article under another title. The article is named by DC.relation and the companion line.
        meta.Add(new("DC.title", manifest.Title, false));
        foreach (var author in p.Authors) meta.Add(new("DC.creator", author.Name, false));
        if (year is not null) meta.Add(new("DC.date", year, false));
        if (siteUrl is not null) meta.Add(new("DC.identifier", siteUrl, false));
        if (p.License is { } license) meta.Add(new("DC.rights", license, false));
        if (articleUrl is not null) meta.Add(new("DC.relation", articleUrl, false));

        string? articleYear = p.Year?.ToString(CultureInfo.InvariantCulture);
        bool companion = p.Title is not null || p.Journal is not null || articleUrl is not null;
        return new CitationView(true, companion, p.Title, p.Journal, articleYear, articleUrl, citation.Apa, new Markup(citation.ApaHtml), citation.BibTeX,
            p.Version, p.License is { } l ? PublicationLicenses.DisplayName(l) : null, licenseUrl,
            p.Authors.Select(a => new CitationAuthorView(a.Name, Safe(a.OrcidUrl), a.Orcid)).ToList(),
            p.DataAvailability, p.DataAvailabilityIsUrl ? Safe(p.DataAvailability) : null, Safe(p.Preregistration),
            meta, siteUrl, CitationFile.Write(citation) is not null);
    }

    /// <summary>The site's one-sentence description for link previews: what the findings are, from the study's own counts.</summary>
    public static string Description(CheckResult result)
    {
        var study = result.Study;
        static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");
        string text = $"Findings of a qualitative study: {Count(study.Themes.Count, "theme")}, {Count(study.Quotations.Count, "quotation")} from {Count(study.Manifest.Participants.Count, "participant")}.";
        if (study.Manifest.Publication?.Title is { } article) text += " Companion to " + CitationText.Line(article) + ".";
        return text;
    }

    /// <summary>The address of a page of the site (<c>site.url</c> + its path; the overview is the site's own address), or null.</summary>
    public static string? PageUrl(string? siteUrl, string path)
    {
        if (siteUrl is null || path.Length == 0) return null;
        return Safe(path == SitePaths.Index ? siteUrl : siteUrl + path);
    }

    private static string? Safe(string? url) => url is not null && SafeUrls.IsAllowed(url) ? url : null;
}
