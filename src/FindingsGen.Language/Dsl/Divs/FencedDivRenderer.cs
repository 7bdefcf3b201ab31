using System.Linq;
using FindingsGen.Language.Dsl.Html;
using FindingsGen.Language.Model;
using FindingsGen.Language.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace FindingsGen.Language.Dsl.Divs;

/// <summary>
/// Writes a fenced div: a block quotation as a figure (its words, who said them, how they were verified, a permalink);
/// any other div as a <c>&lt;div&gt;</c> with its id and classes around its blocks.
/// </summary>
internal sealed class FencedDivRenderer : HtmlObjectRenderer<FencedDiv>
{
    protected override void Write(HtmlRenderer renderer, FencedDiv div)
    {
        if (FindingsHtmlRenderer.HostOf(renderer) is { } host && div.GetQuotation() is { } quotation)
        {
            var view = host.Quotation(quotation);
            string anchor = HtmlText.Escape(view.Anchor);
            renderer.Write("<figure class=\"quote\" id=\"").Write(anchor).Write("\">");
            renderer.Write(view.BodyHtml);
            renderer.Write("<figcaption>\u2014 ").Write(host.ParticipantLinks(quotation.From.Select(f => f.Id)))
                .Write(" <span class=\"provenance\">").Write(HtmlText.Escape(view.Provenance)).Write("</span>")
                .Write(" <a class=\"permalink\" href=\"#").Write(anchor).Write("\" aria-label=\"Link to this quotation\">#</a></figcaption></figure>\n");
            return;
        }
        renderer.Write("<div");
        renderer.WriteIdAndClasses(div.Attributes);
        renderer.Write(">\n");
        renderer.WriteChildren(div);
        renderer.Write("</div>\n");
    }
}
