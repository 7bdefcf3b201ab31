using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language.Rules;

/// <summary>
/// FG0101: a quotation whose words are in none of its participant's turns. Reported by
/// <see cref="Tracing.QuotationTracer"/> while tracing (the quotation's result is <c>NotFound</c>).
/// </summary>
internal sealed class FG0101QuotationNotInTranscript : IRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0101", "Quotation not found in the transcript", Severity.Error, "Tracing");

    /// <inheritdoc />
    public Rule Descriptor => Definition;
}
