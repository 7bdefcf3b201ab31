using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Dsl.Html;
using FindingsGen.Language.Model;
using FindingsGen.Language.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace FindingsGen.Language.Dsl.Spans;

/// <summary>
/// Writes a bracketed span: a frequency claim shows whom it counts, an inline quotation who said it and how it was
/// verified; any other span is a <c>&lt;span&gt;</c> with its id and classes around its text.
/// </summary>
internal sealed class BracketedSpanRenderer : HtmlObjectRenderer<BracketedSpan>
{
    protected override void Write(HtmlRenderer renderer, BracketedSpan span)
    {
        var host = FindingsHtmlRenderer.HostOf(renderer);
        if (!renderer.EnableHtmlForInline)
        {
            // Inside an image's alt text, where Markdig writes text only: markup there would end the attribute. (No
            // quotation or claim is attached there: the parser reads an image's text as its description, FG0010.)
            renderer.WriteChildren(span);
            return;
        }
        if (span.GetClaim() is { } claim)
        {
            var of = claim.Of?.Select(p => p.Id).ToList() ?? new List<string>();
            renderer.Write("<span class=\"freq\" data-of=\"").Write(HtmlText.Escape(string.Join(" ", of))).Write("\">");
            renderer.WriteChildren(span);
            if (of.Count > 0) renderer.Write("<sup class=\"freq-who\">[").Write(Participants(host, of)).Write("]</sup>");
            renderer.Write("</span>");
            return;
        }
        if (host is not null && span.GetQuotation() is { } quotation)
        {
            var view = host.Quotation(quotation);
            renderer.Write("<q class=\"quote\" id=\"").Write(HtmlText.Escape(view.Anchor)).Write("\">").Write(HtmlText.Escape(quotation.Text.Text)).Write("</q>");
            renderer.Write("<sup class=\"quote-who\" title=\"").Write(HtmlText.Escape(view.Provenance)).Write("\">")
                .Write(Participants(host, quotation.From.Select(f => f.Id))).Write("</sup>");
            if (quotation.Original is { } original && view.OriginalLanguage is { } language)
            {
                // A <details> cannot sit inside a paragraph: an inline quotation's (short) original is shown beside it.
                renderer.Write(" <span class=\"original-inline\">(translated from ").Write(HtmlText.Escape(LanguageNames.Name(language))).Write("; original: <q lang=\"")
                    .Write(HtmlText.Escape(language)).Write("\">").Write(HtmlText.Escape(original.Text)).Write("</q>)</span>");
            }
            return;
        }
        renderer.Write("<span");
        renderer.WriteIdAndClasses(span.Attributes);
        renderer.Write(">");
        renderer.WriteChildren(span);
        renderer.Write("</span>");
    }

    private static string Participants(IConstructHost? host, IEnumerable<string> ids) =>
        host?.ParticipantLinks(ids) ?? string.Join(", ", ids.Select(HtmlText.Escape));
}
