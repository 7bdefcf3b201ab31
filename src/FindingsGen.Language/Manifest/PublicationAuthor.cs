namespace FindingsGen.Language.Manifest;

/// <summary>An author of the findings, from <c>publication.authors</c> (or a name of the top-level <c>authors:</c>).</summary>
public sealed class PublicationAuthor
{
    /// <summary>Makes an author.</summary>
    public PublicationAuthor(string name, string? orcid = null, string? affiliation = null)
    {
        Name = name;
        Orcid = orcid;
        Affiliation = affiliation;
    }

    /// <summary>The name as written ("R. Halvorsen", "Halvorsen, Rune", "王小明").</summary>
    public string Name { get; }
    /// <summary>The ORCID iD, bare (<c>0000-0002-1825-0097</c>) and check-digit valid, or null.</summary>
    public string? Orcid { get; }
    /// <summary>The affiliation, or null.</summary>
    public string? Affiliation { get; }

    /// <summary>The ORCID iD as its address, or null.</summary>
    public string? OrcidUrl => Orcid is null ? null : "https://orcid.org/" + Orcid;
}
