using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language.Rules;

/// <summary>
/// FG0505: the linked coding cannot be used, so the coding rules (FG0501–FG0504) cannot run or cannot test something:
/// the REFI-QDA project cannot be read (reported by the project reader, at the file), it is missing and no coding
/// record stands in for it, the record cannot be read or is stale, or a quotation is not in the record (warnings).
/// Reported by <see cref="Coding.CodingCheck"/> and the project reader; never a silent pass.
/// </summary>
internal sealed class FG0505CodingUnreadable : IRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0505", "Coding cannot be read", Severity.Error, "Coding");

    /// <inheritdoc />
    public Rule Descriptor => Definition;
}
