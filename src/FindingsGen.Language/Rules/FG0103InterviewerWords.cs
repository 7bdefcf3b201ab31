using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language.Rules;

/// <summary>
/// FG0103: a quotation found only in the interviewer's turns. Reported by <see cref="Tracing.QuotationTracer"/> while
/// tracing, using <see cref="Tracing.TurnRoles"/> to tell who speaks each turn.
/// </summary>
internal sealed class FG0103InterviewerWords : IRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0103", "Quotation is the interviewer's words", Severity.Error, "Tracing");

    /// <inheritdoc />
    public Rule Descriptor => Definition;
}
