namespace FindingsGen.Site.Citation;

/// <summary>An author as the cite box lists them: the name, and the ORCID iD's address when known.</summary>
public sealed record CitationAuthorView(string Name, string? OrcidUrl, string? Orcid);
