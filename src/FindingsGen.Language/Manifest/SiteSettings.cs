namespace FindingsGen.Language.Manifest;

/// <summary>The manifest's <c>site:</c> section: how the published site presents the study.</summary>
public sealed class SiteSettings
{
    /// <summary>How a quotation's speaker is named (<c>site.attribution</c>); <see cref="AttributionTemplate.Default"/> (<c>{id}</c>) when not given.</summary>
    public AttributionTemplate Attribution { get; internal set; } = AttributionTemplate.Default;

    /// <summary>
    /// The address the site is published at (<c>site.url</c>), absolute http(s), always ending in "/"; null when not
    /// given. Used where a page must name itself in full: the canonical link, Open Graph, the printout, CITATION.cff.
    /// </summary>
    public string? Url { get; internal set; }
}
