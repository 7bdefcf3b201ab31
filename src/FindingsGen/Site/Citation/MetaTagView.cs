namespace FindingsGen.Site.Citation;

/// <summary>
/// A <c>&lt;meta&gt;</c> tag of every page's head: <c>name="…"</c> (Highwire Press <c>citation_*</c>, Dublin Core) or,
/// for Open Graph, <c>property="…"</c>. Plain text: the template escapes both.
/// </summary>
public sealed record MetaTagView(string Name, string Content, bool IsProperty);
