using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language.Rules;

/// <summary>
/// FG0105: a quoted participant with no readable transcript. Reported by <see cref="Tracing.QuotationTracer"/> while
/// tracing (a transcript that is missing, cannot be parsed or holds no turns); the hosts add the file-level cases
/// (<c>findings transcripts</c> in the CLI, the MSBuild task's transcript gathering).
/// </summary>
internal sealed class FG0105TranscriptUnreadable : IRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0105", "Transcript missing or unreadable", Severity.Error, "Tracing");

    /// <inheritdoc />
    public Rule Descriptor => Definition;
}
