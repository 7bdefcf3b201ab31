namespace FindingsGen.Language.Dsl.Html;

/// <summary>What the host shows of a quotation beside its words.</summary>
public sealed class QuotationHtml
{
    /// <summary>Creates the view.</summary>
    public QuotationHtml(string anchor, string provenance, string bodyHtml, string? originalLanguage)
    {
        Anchor = anchor;
        Provenance = provenance;
        BodyHtml = bodyHtml;
        OriginalLanguage = originalLanguage;
    }

    /// <summary>The quotation's anchor (the element's id).</summary>
    public string Anchor { get; }

    /// <summary>How it was verified, as a sentence (not escaped).</summary>
    public string Provenance { get; }

    /// <summary>A block quotation's words as HTML, ready to write.</summary>
    public string BodyHtml { get; }

    /// <summary>The language of the original when the quotation is a translation that shows it, else null.</summary>
    public string? OriginalLanguage { get; }
}
