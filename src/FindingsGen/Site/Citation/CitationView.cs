using System.Collections.Generic;
using FindingsGen.Site.Html;

namespace FindingsGen.Site.Citation;

/// <summary>
/// What every page shows of the study's publication metadata: the header's "Companion to …" line, the head's meta tags,
/// the footer's version and licence, the printout's "Cite as", and (on the overview) the "Cite these findings" box.
/// <see cref="Known"/> is false when the manifest has no <c>publication:</c>: then only the Open Graph tags and the
/// footer's title show. Every URL here has been through <see cref="SafeUrls"/>.
/// </summary>
public sealed record CitationView(
    bool Known,
    bool Companion,
    string? ArticleTitle,
    string? Journal,
    string? ArticleYear,
    string? ArticleUrl,
    string? Apa,
    Markup? ApaHtml,
    string? Bibtex,
    string? Version,
    string? License,
    string? LicenseUrl,
    IReadOnlyList<CitationAuthorView> Authors,
    string? DataAvailability,
    string? DataAvailabilityUrl,
    string? Preregistration,
    IReadOnlyList<MetaTagView> Meta,
    string? SiteUrl,
    bool HasCitationFile);
