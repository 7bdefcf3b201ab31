using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language.Rules;

/// <summary>
/// FG0104: a quotation that differs from the transcript in a few words. Reported by <see cref="Tracing.QuotationTracer"/>
/// while tracing, from the near match it found.
/// </summary>
internal sealed class FG0104NearVerbatimQuotation : IRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0104", "Quotation is near-verbatim", Severity.Warning, "Tracing");

    /// <inheritdoc />
    public Rule Descriptor => Definition;
}
