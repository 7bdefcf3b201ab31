using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FindingsGen.Language.Dsl;
using FindingsGen.Language.Dsl.Divs;
using FindingsGen.Language.Dsl.Spans;
using FindingsGen.Language.Model;
using FindingsGen.Language.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FindingsGen.Site.Html;

/// <summary>
/// Renders the findings' Markdown to HTML for one site page: raw HTML is never passed through (the pipeline
/// disables it), every link, image, reference link and autolink — also inside spans, whose Markdown this same
/// renderer writes — keeps only the targets <see cref="SafeUrls"/> allows, cross-references point at the page
/// their target is on, and the language's constructs get their own markup: frequency claims show whom they
/// count, quotations who said them and how they were verified.
/// </summary>
public sealed class PageRenderer
{
    private readonly SitePaths paths;
    private readonly SiteLinks links;
    private readonly System.Func<Quotation, QuoteView> views;
    private readonly Dictionary<(Page, int, int), Quotation> byPosition = new();

    /// <summary>Creates a renderer for a study; <paramref name="views"/> gives each quotation's view (its words as HTML, its provenance).</summary>
    public PageRenderer(Study study, SitePaths paths, SiteLinks links, System.Func<Quotation, QuoteView> views)
    {
        this.paths = paths;
        this.links = links;
        this.views = views;
        foreach (var quotation in study.Quotations) byPosition[(quotation.Page, quotation.Location.Line, quotation.Location.Column)] = quotation;
    }

    /// <summary>Writes the HTML of <paramref name="blocks"/> on the page <paramref name="page"/> whose path to the root is <paramref name="root"/>.</summary>
    public void Render(TextWriter writer, IEnumerable<Block> blocks, Page source, string page, string root)
    {
        var state = renderers ??= new Renderers();
        var renderer = state.Html;
        renderer.Begin(writer);
        var context = state.Context = new Context(this, source, page, root);
        var found = state.Links;
        foreach (var block in blocks)
        {
            found.Clear();
            CollectLinks(block, found);
            foreach (var link in found) PrepareLink(link, context);
            renderer.Render(block);
        }
        writer.Flush();
    }

    // Each thread keeps one set of renderers (Markdig's, with ours in front) and points it at the page being rendered:
    // building them, and finding which renderer takes which node, is then done once per thread, not once per page.
    [System.ThreadStatic] private static Renderers? renderers;

    private sealed class Renderers
    {
        public Renderers()
        {
            Html = new ReusedHtmlRenderer();
            FindingsPipeline.Instance.Setup(Html);
            Html.ObjectRenderers.Insert(0, new SpanRenderer(this));
            Html.ObjectRenderers.Insert(0, new DivRenderer(this));
            Html.KeepStartingState();
        }

        public ReusedHtmlRenderer Html { get; }
        public Context Context { get; set; } = null!;
        public List<Inline> Links { get; } = new();
    }

    /// <summary>
    /// A Markdig renderer used for page after page. Markdig keeps state between writes (whether the last write ended
    /// a line, indents, nesting depth, a few switches); each page starts from the state of a new renderer, so what
    /// the thread rendered before (another page, another study) never changes a page.
    /// </summary>
    private sealed class ReusedHtmlRenderer : HtmlRenderer
    {
        // Markdig's reset empties the writer the renderer points at: it is pointed at this one, never at a page's.
        private readonly StringWriter idle = new();
        private bool implicitParagraph, enableHtmlForBlock, enableHtmlForInline, enableHtmlEscape;

        public ReusedHtmlRenderer() : base(new StringWriter())
        {
        }

        /// <summary>Remembers the switches as they are once the pipeline has set the renderer up.</summary>
        public void KeepStartingState()
        {
            implicitParagraph = ImplicitParagraph;
            enableHtmlForBlock = EnableHtmlForBlock;
            enableHtmlForInline = EnableHtmlForInline;
            enableHtmlEscape = EnableHtmlEscape;
        }

        /// <summary>Points the renderer at <paramref name="writer"/>, in the state of a new renderer.</summary>
        public void Begin(TextWriter writer)
        {
            Writer = idle;
            Reset();
            ImplicitParagraph = implicitParagraph;
            EnableHtmlForBlock = enableHtmlForBlock;
            EnableHtmlForInline = enableHtmlForInline;
            EnableHtmlEscape = enableHtmlEscape;
            Writer = writer;
        }
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
    private void PrepareLink(Inline inline, Context context)
    {
        if (inline is AutolinkInline autolink)
        {
            if (!autolink.IsEmail && !SafeUrls.IsAllowed(autolink.Url)) autolink.ReplaceBy(new LiteralInline("<" + autolink.Url + ">"));
            return;
        }
        var link = (LinkInline)inline;
        if (link.Url is { Length: > 1 } url && url[0] == '#')
        {
            string id = url.Substring(1);
            link.Url = links.Href(id, context.Root, context.Page) ?? url;
            if (link.FirstChild is null) link.AppendChild(new LiteralInline(links.Title(id)));
        }
        else if (!SafeUrls.IsAllowed(link.Url))
        {
            link.Url = "";
        }
    }

    /// <summary>
    /// Writes the Markdown inside a bracketed span (a frequency claim's words, a span's text) with the page's own
    /// renderer, after the same link checks as the page: there is no second way to HTML.
    /// </summary>
    private static void WriteSpanContent(Renderers state, HtmlRenderer renderer, string markdown)
    {
        var document = Markdown.Parse(markdown, FindingsPipeline.Instance);
        var context = state.Context;
        var found = new List<Inline>();
        foreach (var block in document) CollectLinks(block, found);
        foreach (var link in found) context.Owner.PrepareLink(link, context);
        // A span's words are no quotation of the study's (the language reads them as text), and their positions are
        // the span's, not the page's: quotations are not looked up inside them.
        bool nested = context.Nested;
        context.Nested = true;
        try
        {
            if (document.Count == 1 && document[0] is ParagraphBlock paragraph) renderer.WriteLeafInline(paragraph);
            else
            {
                foreach (var block in document) renderer.Render(block);
            }
        }
        finally
        {
            context.Nested = nested;
        }
    }

    /// <summary>The page being rendered.</summary>
    internal sealed class Context
    {
        public Context(PageRenderer owner, Page source, string page, string root)
        {
            Owner = owner;
            Source = source;
            Page = page;
            Root = root;
        }

        public PageRenderer Owner { get; }
        public Page Source { get; }
        public string Page { get; }
        public string Root { get; }

        /// <summary>Whether the renderer is inside a span's own Markdown, where positions are not the page's.</summary>
        public bool Nested { get; set; }

        public Quotation? QuotationAt(int sourceOffset)
        {
            if (Nested) return null;
            var (line, column) = Source.Lines.Position(sourceOffset);
            return Owner.byPosition.TryGetValue((Source, line, column), out var quotation) ? quotation : null;
        }

        public string ParticipantLinks(IEnumerable<string> ids) => string.Join(", ", ids.Select(id =>
            Owner.paths.Participant(id) is { } file ? $"<a href=\"{Encode(Root + file)}\">{Encode(id)}</a>" : Encode(id)));

        public QuoteView View(Quotation quotation) => Owner.views(quotation);

    }

    internal static string Encode(string s) => HtmlText.Escape(s);

    /// <summary>A quotation's words as paragraphs (blank lines separate them), escaped.</summary>
    internal static string QuotationParagraphs(string text)
    {
        var builder = new StringBuilder();
        foreach (var paragraph in text.Replace("\r\n", "\n").Split(new[] { "\n\n" }, System.StringSplitOptions.RemoveEmptyEntries))
        {
            string words = FindingsGen.Language.Text.WordTokenizer.OneLine(paragraph);
            if (words.Length > 0) builder.Append("<p>").Append(Encode(words)).Append("</p>");
        }
        return builder.ToString();
    }

    private sealed class SpanRenderer : HtmlObjectRenderer<BracketedSpan>
    {
        private readonly Renderers state;

        public SpanRenderer(Renderers state) => this.state = state;

        protected override void Write(HtmlRenderer renderer, BracketedSpan span)
        {
            var context = state.Context;
            var attributes = span.Attributes;
            if (attributes.HasClass("freq"))
            {
                var of = attributes.Find("of")?.Value.Split(new[] { ' ', ',' }, System.StringSplitOptions.RemoveEmptyEntries) ?? System.Array.Empty<string>();
                renderer.Write("<span class=\"freq\" data-of=\"").Write(Encode(string.Join(" ", of))).Write("\">");
                WriteSpanContent(state, renderer, span.Content);
                if (of.Length > 0) renderer.Write("<sup class=\"freq-who\">[").Write(context.ParticipantLinks(of)).Write("]</sup>");
                renderer.Write("</span>");
                return;
            }
            if (attributes.HasClass("quote") && context.QuotationAt(span.Span.Start) is { } quotation)
            {
                var view = context.View(quotation);
                renderer.Write("<q class=\"quote\" id=\"").Write(Encode(view.Anchor)).Write("\">").Write(Encode(quotation.Text.Text)).Write("</q>");
                renderer.Write("<sup class=\"quote-who\" title=\"").Write(Encode(view.Provenance)).Write("\">")
                    .Write(context.ParticipantLinks(quotation.From.Select(f => f.Id))).Write("</sup>");
                if (quotation.Original is { } original && view.OriginalLanguage is { } language)
                {
                    // A <details> cannot sit inside a paragraph: an inline quotation's (short) original is shown beside it.
                    renderer.Write(" <span class=\"original-inline\">(translated from ").Write(Encode(LanguageNames.Name(language))).Write("; original: <q lang=\"")
                        .Write(Encode(language)).Write("\">").Write(Encode(original.Text)).Write("</q>)</span>");
                }
                return;
            }
            renderer.Write("<span");
            if (attributes.Id is { } id) renderer.Write(" id=\"").Write(Encode(id.Value)).Write("\"");
            var classes = attributes.Classes.ToList();
            if (classes.Count > 0) renderer.Write(" class=\"").Write(Encode(string.Join(" ", classes))).Write("\"");
            renderer.Write(">");
            WriteSpanContent(state, renderer, span.Content);
            renderer.Write("</span>");
        }
    }

    private sealed class DivRenderer : HtmlObjectRenderer<FencedDiv>
    {
        private readonly Renderers state;

        public DivRenderer(Renderers state) => this.state = state;

        protected override void Write(HtmlRenderer renderer, FencedDiv div)
        {
            var context = state.Context;
            if (div.Attributes.HasClass("quote") && context.QuotationAt(div.Span.Start) is { } quotation)
            {
                var view = context.View(quotation);
                string anchor = view.Anchor;
                renderer.Write("<figure class=\"quote\" id=\"").Write(Encode(anchor)).Write("\">");
                renderer.Write(view.BodyHtml.Html);
                renderer.Write("<figcaption>\u2014 ").Write(context.ParticipantLinks(quotation.From.Select(f => f.Id)))
                    .Write(" <span class=\"provenance\">").Write(Encode(view.Provenance)).Write("</span>")
                    .Write(" <a class=\"permalink\" href=\"#").Write(Encode(anchor)).Write("\" aria-label=\"Link to this quotation\">#</a></figcaption></figure>\n");
                return;
            }
            renderer.Write("<div");
            if (div.Attributes.Id is { } id) renderer.Write(" id=\"").Write(Encode(id.Value)).Write("\"");
            var classes = div.Attributes.Classes.ToList();
            if (classes.Count > 0) renderer.Write(" class=\"").Write(Encode(string.Join(" ", classes))).Write("\"");
            renderer.Write(">\n");
            renderer.WriteChildren(div);
            renderer.Write("</div>\n");
        }
    }
}
