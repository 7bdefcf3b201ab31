using System.Collections.Generic;
using FindingsGen.Language.Model;

namespace FindingsGen.Language.Dsl.Html;

/// <summary>
/// What the host (the site) adds to a construct's HTML: the construct renderers write their own markup and ask the host
/// only for what the core cannot know — where participants' pages are, how a quotation is shown (anchor, attribution,
/// provenance) and how many participants a claim counts among, and, in a draft, the problems found in each.
/// </summary>
public interface IConstructHost
{
    /// <summary>The participants as HTML: a link for each who has a page, the escaped ID otherwise; comma-separated.</summary>
    string ParticipantLinks(IEnumerable<string> ids);

    /// <summary>How <paramref name="quotation"/> is shown on the page.</summary>
    QuotationHtml Quotation(Quotation quotation);

    /// <summary>How <paramref name="claim"/> is shown on the page.</summary>
    ClaimHtml Claim(FrequencyClaim claim);
}
