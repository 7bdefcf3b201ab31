namespace FindingsGen.Tests;

/// <summary>20,000 quotations by 100 participants under 5 themes of 4 subthemes (issue 16's size).</summary>
public sealed class LargeQuotationIndexSite : QuotationIndexSite
{
    public LargeQuotationIndexSite() : base(20000, 100, 5, 4) { }
}
