using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language.Rules;

/// <summary>
/// FG0108: a quotation that joins passages far apart (or out of order) without an elision mark. Reported by
/// <see cref="Tracing.QuotationTracer"/> while tracing, from the pieces of the match.
/// </summary>
internal sealed class FG0108SplicedQuotation : IRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0108", "Spliced quotation", Severity.Error, "Tracing");

    /// <inheritdoc />
    public Rule Descriptor => Definition;
}
