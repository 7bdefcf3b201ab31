using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language.Rules;

/// <summary>
/// FG0106: no transcripts are available and the quotation is not recorded in <c>findings.lock</c>. Reported by
/// <see cref="Tracing.QuotationTracer"/> while tracing, when it checks the lock instead of transcripts.
/// </summary>
internal sealed class FG0106QuotationNotVerified : IRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0106", "Quotation not verified", Severity.Error, "Tracing");

    /// <inheritdoc />
    public Rule Descriptor => Definition;
}
