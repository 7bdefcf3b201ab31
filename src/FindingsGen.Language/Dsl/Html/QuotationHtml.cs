namespace FindingsGen.Language.Dsl.Html;

/// <summary>What the host shows of a quotation beside its words: all HTML the host made safe, ready to write.</summary>
public sealed class QuotationHtml
{
    /// <summary>Creates the view.</summary>
    public QuotationHtml(string anchor, string bodyHtml, string? originalLanguage, string attributionHtml, string provenanceHtml, string provenanceInlineHtml,
        string problemsHtml)
    {
        Anchor = anchor;
        BodyHtml = bodyHtml;
        OriginalLanguage = originalLanguage;
        AttributionHtml = attributionHtml;
        ProvenanceHtml = provenanceHtml;
        ProvenanceInlineHtml = provenanceInlineHtml;
        ProblemsHtml = problemsHtml;
    }

    /// <summary>The quotation's anchor (the element's id).</summary>
    public string Anchor { get; }

    /// <summary>A block quotation's words as HTML, ready to write.</summary>
    public string BodyHtml { get; }

    /// <summary>The language of the original when the quotation is a translation that shows it, else null.</summary>
    public string? OriginalLanguage { get; }

    /// <summary>Who said it, in parentheses, journal style ("(T1, hospital, 12 years)"), the IDs linked: phrasing content.</summary>
    public string AttributionHtml { get; }

    /// <summary>How it was verified, as a disclosure for a block quotation (a <c>&lt;details&gt;</c>: flow content).</summary>
    public string ProvenanceHtml { get; }

    /// <summary>How it was verified, as a disclosure valid inside a paragraph (phrasing content, works without script).</summary>
    public string ProvenanceInlineHtml { get; }

    /// <summary>In a draft, the problems found in the quotation (phrasing content, each with its rule ID and message); empty otherwise.</summary>
    public string ProblemsHtml { get; }
}
