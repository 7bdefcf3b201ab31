using FindingsGen.Language.Dsl.Html;
using FindingsGen.Language.Model;
using FindingsGen.Language.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace FindingsGen.Language.Dsl.Divs;

/// <summary>
/// Writes a fenced div: a block quotation as a figure (its words, who said them in parentheses, a disclosure of how they
/// were verified, a permalink, and in a draft the problems found in it);
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
            bool problems = view.ProblemsHtml.Length > 0;
            renderer.Write(problems ? "<figure class=\"quote has-problem\" id=\"" : "<figure class=\"quote\" id=\"").Write(anchor).Write("\">");
            if (problems) renderer.Write("<p class=\"draft-problems\">").Write(view.ProblemsHtml).Write("</p>");
            renderer.Write(view.BodyHtml);
            // Journal style: who said it after the words, in parentheses; how it was verified behind a small disclosure.
            renderer.Write("<figcaption>").Write(view.AttributionHtml).Write(" ").Write(view.ProvenanceHtml)
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
