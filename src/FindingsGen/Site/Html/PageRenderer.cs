using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FindingsGen.Language.Dsl.Html;
using FindingsGen.Language.Model;
using FindingsGen.Language.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FindingsGen.Site.Html;

/// <summary>
/// Renders the findings' Markdown to HTML for one site page: raw HTML is never passed through (the pipeline
/// disables it), every link, image, reference link and autolink — also inside spans, whose text is parsed with the
/// page — keeps only the targets <see cref="SafeUrls"/> allows, and cross-references point at the page their target
/// is on. The constructs write their own markup (<see cref="FindingsHtmlRenderer"/>); this class is their
/// <see cref="IConstructHost"/>: it supplies participant links, each quotation's anchor, attribution and provenance,
/// and each claim's anchor and count.
/// </summary>
public sealed class PageRenderer
{
    private readonly SitePaths paths;
    private readonly SiteLinks links;
    private readonly System.Func<Quotation, QuotationView> views;
    private readonly System.Func<FrequencyClaim, ClaimHtml> claims;

    /// <summary>
    /// Creates a renderer for a study; <paramref name="views"/> gives each quotation's view (its words as HTML, its
    /// attribution and provenance), <paramref name="claims"/> each claim's (its anchor, the study's participant count).
    /// </summary>
    public PageRenderer(SitePaths paths, SiteLinks links, System.Func<Quotation, QuotationView> views, System.Func<FrequencyClaim, ClaimHtml> claims)
    {
        this.paths = paths;
        this.links = links;
        this.views = views;
        this.claims = claims;
    }

    /// <summary>Writes the HTML of <paramref name="blocks"/> on the page <paramref name="page"/> whose path to the root is <paramref name="root"/>.</summary>
    public void Render(TextWriter writer, IEnumerable<Block> blocks, string page, string root)
    {
        // A renderer per call: Markdig's renderer keeps state between writes, so none is shared between pages.
        var renderer = new FindingsHtmlRenderer(writer, new Host(this, root));
        var found = new List<Inline>();
        var undo = new List<System.Action>();
        foreach (var block in blocks)
        {
            found.Clear();
            CollectLinks(block, found);
            foreach (var link in found) PrepareLink(link, page, root, undo);
            renderer.Render(block);
            // The tree is put back as parsed: findings serve keeps it for the next build, which must read the same links.
            for (int i = undo.Count - 1; i >= 0; i--) undo[i]();
            undo.Clear();
        }
        writer.Flush();
    }

    private static void CollectLinks(Block block, List<Inline> found)
    {
        if (block is LeafBlock { Inline: { } inline }) CollectLinks(inline, found);
        else if (block is ContainerBlock container)
        {
            foreach (var child in container) CollectLinks(child, found);
        }
    }

    private static void CollectLinks(ContainerInline container, List<Inline> found)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LinkInline or AutolinkInline) found.Add(inline);
            if (inline is ContainerInline child) CollectLinks(child, found);
        }
    }

    /// <summary>
    /// Makes a link safe to render: a cross-reference points at the page its target is on; any other target (a link's,
    /// an image's, a reference link's) is kept only if <see cref="SafeUrls"/> allows it; an autolink it refuses is shown
    /// as its text.
    /// </summary>
    private void PrepareLink(Inline inline, string page, string root, List<System.Action> undo)
    {
        if (inline is AutolinkInline autolink)
        {
            if (!autolink.IsEmail && !SafeUrls.IsAllowed(autolink.Url))
            {
                var text = new LiteralInline("<" + autolink.Url + ">");
                autolink.ReplaceBy(text);
                undo.Add(() => text.ReplaceBy(autolink));
            }
            return;
        }
        var link = (LinkInline)inline;
        string? written = link.Url;
        if (written is { Length: > 1 } url && url[0] == '#')
        {
            string id = url.Substring(1);
            link.Url = links.Href(id, root, page) ?? url;
            undo.Add(() => link.Url = written);
            if (link.FirstChild is null)
            {
                var title = new LiteralInline(links.Title(id));
                link.AppendChild(title);
                undo.Add(() => title.Remove());
            }
        }
        else if (!SafeUrls.IsAllowed(link.Url))
        {
            link.Url = "";
            undo.Add(() => link.Url = written);
        }
    }

    /// <summary>What the site adds to the constructs on one page (whose path to the root is <c>root</c>).</summary>
    private sealed class Host : IConstructHost
    {
        private readonly PageRenderer owner;
        private readonly string root;

        public Host(PageRenderer owner, string root)
        {
            this.owner = owner;
            this.root = root;
        }

        public string ParticipantLinks(IEnumerable<string> ids) => string.Join(", ", ids.Select(id =>
            owner.paths.Participant(id) is { } file ? $"<a href=\"{HtmlText.Escape(root + file)}\">{HtmlText.Escape(id)}</a>" : HtmlText.Escape(id)));

        public QuotationHtml Quotation(Quotation quotation)
        {
            var view = owner.views(quotation);
            // Pages are at the root (the overview) or one folder down (themes): the attribution's links are made for each.
            var attribution = root.Length == 0 ? view.AttributionHtml : view.AttributionHtmlInFolder;
            return new QuotationHtml(view.Anchor, view.BodyHtml.Html, view.OriginalLanguage, attribution.Html, view.ProvenanceHtml.Html, view.ProvenanceInlineHtml.Html,
                view.ProblemsHtml.Html);
        }

        public ClaimHtml Claim(FrequencyClaim claim) => owner.claims(claim);
    }

    /// <summary>A quotation's words as paragraphs (blank lines separate them), escaped.</summary>
    internal static string QuotationParagraphs(string text)
    {
        var builder = new StringBuilder();
        foreach (var paragraph in text.Replace("\r\n", "\n").Split(new[] { "\n\n" }, System.StringSplitOptions.RemoveEmptyEntries))
        {
            string words = WordTokenizer.OneLine(paragraph);
            if (words.Length > 0) builder.Append("<p>").Append(HtmlText.Escape(words)).Append("</p>");
        }
        return builder.ToString();
    }
}
