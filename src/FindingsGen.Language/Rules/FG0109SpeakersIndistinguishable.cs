using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language.Rules;

/// <summary>
/// FG0109: a transcript in which speakers cannot be told apart, so the interviewer and misattribution checks cannot run
/// there. Reported by <see cref="Tracing.QuotationTracer"/> while tracing (wording in <see cref="Tracing.SpeakerRoles"/>),
/// and by <c>findings transcripts</c> in the CLI.
/// </summary>
internal sealed class FG0109SpeakersIndistinguishable : IRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0109", "Speakers cannot be told apart", Severity.Warning, "Tracing");

    /// <inheritdoc />
    public Rule Descriptor => Definition;
}
