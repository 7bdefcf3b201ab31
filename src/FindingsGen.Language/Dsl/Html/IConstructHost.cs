using System.Collections.Generic;
using FindingsGen.Language.Model;

namespace FindingsGen.Language.Dsl.Html;

/// <summary>
/// What the host (the site) adds to a construct's HTML: the construct renderers write their own markup and ask the host
/// only for what the core cannot know — where participants' pages are, and how a quotation is shown (anchor, provenance).
/// </summary>
public interface IConstructHost
{
    /// <summary>The participants as HTML: a link for each who has a page, the escaped ID otherwise; comma-separated.</summary>
    string ParticipantLinks(IEnumerable<string> ids);

    /// <summary>How <paramref name="quotation"/> is shown on the page.</summary>
    QuotationHtml Quotation(Quotation quotation);
}
