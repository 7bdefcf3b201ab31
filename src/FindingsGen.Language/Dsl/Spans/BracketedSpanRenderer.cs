using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FindingsGen.Language.Dsl.Html;
using FindingsGen.Language.Model;
using FindingsGen.Language.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace FindingsGen.Language.Dsl.Spans;

/// <summary>
/// Writes a bracketed span: a frequency claim shows how many it counts of how many, and whom on demand; an inline
/// quotation who said it and how it was verified; any other span is a <c>&lt;span&gt;</c> with its id and classes around its text.
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
            WriteClaim(renderer, host, span, claim);
            return;
        }
        if (host is not null && span.GetQuotation() is { } quotation)
        {
            var view = host.Quotation(quotation);
            // Roman type: the quotation marks alone mark the words; who said them follows in parentheses, then how they were verified.
            renderer.Write("<q class=\"quote").Write(view.ProblemsHtml.Length > 0 ? " has-problem" : "").Write("\" id=\"").Write(HtmlText.Escape(view.Anchor)).Write("\">")
                .Write(HtmlText.Escape(quotation.Text.Text)).Write("</q> ").Write(view.AttributionHtml);
            if (quotation.Original is { } original && view.OriginalLanguage is { } language)
            {
                // A <details> cannot sit inside a paragraph: an inline quotation's (short) original is shown beside it.
                renderer.Write(" <span class=\"original-inline\">(translated from ").Write(HtmlText.Escape(LanguageNames.Name(language))).Write("; original: <q lang=\"")
                    .Write(HtmlText.Escape(language)).Write("\">").Write(HtmlText.Escape(original.Text)).Write("</q>)</span>");
            }
            renderer.Write(" ").Write(view.ProvenanceInlineHtml);
            if (view.ProblemsHtml.Length > 0) renderer.Write(" ").Write(view.ProblemsHtml);
            return;
        }
        renderer.Write("<span");
        renderer.WriteIdAndClasses(span.Attributes);
        renderer.Write(">");
        renderer.WriteChildren(span);
        renderer.Write("</span>");
    }

    /// <summary>
    /// A claim as "Most (4 of 6)": the count of participants cited and of the study's, with who they are on demand (a
    /// popover, which works without script and holds 30 IDs as well as 3); in a draft, the problems found in it.
    /// </summary>
    private static void WriteClaim(HtmlRenderer renderer, IConstructHost? host, BracketedSpan span, FrequencyClaim claim)
    {
        var of = claim.Of?.Select(p => p.Id).ToList() ?? new List<string>();
        var view = host?.Claim(claim);
        renderer.Write("<span class=\"freq").Write(view is { ProblemsHtml.Length: > 0 } ? " has-problem" : "").Write("\"");
        if (view is not null) renderer.Write(" id=\"").Write(HtmlText.Escape(view.Anchor)).Write("\"");
        renderer.Write(" data-of=\"").Write(HtmlText.Escape(string.Join(" ", of))).Write("\">");
        renderer.WriteChildren(span);
        if (of.Count > 0 && view is not null)
        {
            string count = of.Count.ToString(CultureInfo.InvariantCulture), total = view.StudyParticipants.ToString(CultureInfo.InvariantCulture);
            string who = HtmlText.Escape(view.Anchor + "-who");
            renderer.Write("<span class=\"freq-count\"> (<button type=\"button\" class=\"freq-who\" popovertarget=\"").Write(who).Write("\">")
                .Write(count).Write(" of ").Write(total).Write("<span class=\"visually-hidden\"> participants</span></button>)</span>")
                .Write("<span popover id=\"").Write(who).Write("\" class=\"popover-note\" role=\"note\">Cited: ").Write(Participants(host, of))
                .Write(" <button type=\"button\" class=\"popover-close\" popovertarget=\"").Write(who).Write("\" popovertargetaction=\"hide\">Close</button></span>");
        }
        else if (of.Count > 0)
        {
            renderer.Write(" (").Write(Participants(host, of)).Write(")");
        }
        if (view is { ProblemsHtml.Length: > 0 }) renderer.Write(" ").Write(view.ProblemsHtml);
        renderer.Write("</span>");
    }

    private static string Participants(IConstructHost? host, IEnumerable<string> ids) =>
        host?.ParticipantLinks(ids) ?? string.Join(", ", ids.Select(HtmlText.Escape));
}
