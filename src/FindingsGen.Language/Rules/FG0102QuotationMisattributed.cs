using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language.Rules;

/// <summary>
/// FG0102: a quotation not in its participant's transcript but in another participant's. Reported by
/// <see cref="Tracing.QuotationTracer"/> while tracing, after the attributed transcript gave no match.
/// </summary>
internal sealed class FG0102QuotationMisattributed : IRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0102", "Quotation attributed to the wrong participant", Severity.Error, "Tracing");

    /// <inheritdoc />
    public Rule Descriptor => Definition;
}
