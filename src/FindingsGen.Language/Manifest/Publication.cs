using System.Collections.Generic;

namespace FindingsGen.Language.Manifest;

/// <summary>
/// The manifest's <c>publication:</c> section: the article the site is the companion of, and how the findings themselves
/// are cited (authors, version, licence). Every value was checked when read; a value that failed is null here.
/// </summary>
public sealed class Publication
{
    /// <summary>The article's own title (<c>publication.title</c>, an extension of the contract), or null.</summary>
    public string? Title { get; internal set; }
    /// <summary>The article's DOI, bare (<c>10.5555/abc</c>), however it was written; or null.</summary>
    public string? Doi { get; internal set; }
    /// <summary>The article's address (absolute http/https), or null.</summary>
    public string? Url { get; internal set; }
    /// <summary>The journal's name, or null.</summary>
    public string? Journal { get; internal set; }
    /// <summary>The year the article was (or will be) published, or null.</summary>
    public int? Year { get; internal set; }
    /// <summary>The findings' licence: an SPDX identifier or expression in canonical case, or null.</summary>
    public string? License { get; internal set; }
    /// <summary>
    /// The authors of the findings: <c>publication.authors</c> when written, else the manifest's top-level <c>authors:</c>
    /// (names only).
    /// </summary>
    public IReadOnlyList<PublicationAuthor> Authors { get; internal set; } = new PublicationAuthor[0];
    /// <summary>The findings' version (<c>1.0</c>, <c>2024-03</c>), as written, or null.</summary>
    public string? Version { get; internal set; }
    /// <summary>Where the data can be had: an absolute http(s) address, or a short statement ("on request from the authors"); or null.</summary>
    public string? DataAvailability { get; internal set; }
    /// <summary>The preregistration's address (absolute http(s); a DOI is kept as its https://doi.org/ address), or null.</summary>
    public string? Preregistration { get; internal set; }

    /// <summary>The article's DOI as an address (<c>https://doi.org/…</c>), or null.</summary>
    public string? DoiUrl => Doi is null ? null : PublicationIdentifiers.DoiUrl(Doi);

    /// <summary>Where the article is: its DOI's address, else its URL; null when neither is known.</summary>
    public string? ArticleUrl => DoiUrl ?? Url;

    /// <summary>True when <see cref="DataAvailability"/> is an address rather than a statement.</summary>
    public bool DataAvailabilityIsUrl => DataAvailability is { } d && PublicationIdentifiers.IsWebAddress(d);
}
