using System.Collections.Generic;
using System.Text;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Text;

namespace FindingsGen.Site.Html;

/// <summary>
/// A draft's problems where they stand: a marker that is not colour alone (a ⚠ sign, a dashed outline, the words
/// "Problem") and each diagnostic's ID, severity and message. Phrasing content, so it fits inside a paragraph.
/// </summary>
public static class ProblemHtml
{
    /// <summary>The problems as HTML, or "" when there are none.</summary>
    public static string Of(IReadOnlyList<Diagnostic> problems)
    {
        if (problems.Count == 0) return "";
        var html = new StringBuilder("<span class=\"draft-problem\" role=\"note\">");
        foreach (var d in problems)
        {
            html.Append("<span class=\"draft-problem-item\"><span aria-hidden=\"true\">\u26A0 </span><span class=\"visually-hidden\">Problem: </span><strong>")
                .Append(HtmlText.Escape(d.Id)).Append("</strong> ").Append(HtmlText.Escape(d.Severity.ToName())).Append(": ")
                .Append(HtmlText.Escape(Diagnostic.OneLine(d.Message))).Append("</span>");
        }
        return html.Append("</span>").ToString();
    }
}
