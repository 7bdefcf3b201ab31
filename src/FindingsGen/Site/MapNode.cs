using System.Collections.Generic;

namespace FindingsGen.Site;

/// <summary>A box of the thematic map: the study, a theme or a subtheme, with where it links (null: nowhere) and what hangs from it.</summary>
public sealed record MapNode(string Title, string? Href, IReadOnlyList<MapNode> Children);
