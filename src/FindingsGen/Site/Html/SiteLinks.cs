using System.Collections.Generic;
using FindingsGen.Language.Model;

namespace FindingsGen.Site.Html;

/// <summary>Where each ID of the study is rendered (page and anchor), and what an empty cross-reference shows.</summary>
public sealed class SiteLinks
{
    private readonly Dictionary<string, (string Page, string Title)> targets = new(System.StringComparer.Ordinal);

    /// <summary>Registers an ID rendered on <paramref name="page"/>.</summary>
    public void Add(string id, string page, string title)
    {
        if (!targets.ContainsKey(id)) targets[id] = (page, title);
    }

    /// <summary>The href from a page <paramref name="root"/> (its path to the site root) to an ID, or null.</summary>
    public string? Href(string id, string root, string currentPage)
    {
        if (!targets.TryGetValue(id, out var target)) return null;
        return target.Page == currentPage ? "#" + id : root + target.Page + "#" + id;
    }

    /// <summary>The title an empty cross-reference to <paramref name="id"/> shows.</summary>
    public string Title(string id) => targets.TryGetValue(id, out var target) && target.Title.Length > 0 ? target.Title : id;

    /// <summary>Registers the study's anchors for a page split.</summary>
    public static SiteLinks For(Study study, System.Func<Anchor, string> pageOf)
    {
        var links = new SiteLinks();
        foreach (var anchor in study.Anchors) links.Add(anchor.Id, pageOf(anchor), anchor.Title);
        return links;
    }
}
