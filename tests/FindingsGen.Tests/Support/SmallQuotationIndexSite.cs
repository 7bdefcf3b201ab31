namespace FindingsGen.Tests;

/// <summary>1,000 quotations by 12 participants under 3 themes of 3 subthemes: the default run's index.</summary>
public sealed class SmallQuotationIndexSite : QuotationIndexSite
{
    public SmallQuotationIndexSite() : base(1000, 12, 3, 3) { }
}
