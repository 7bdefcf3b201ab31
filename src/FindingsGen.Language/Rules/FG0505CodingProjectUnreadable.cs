using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language.Rules;

/// <summary>
/// FG0505: the coding project (a REFI-QDA <c>.qdpx</c> or <c>.qdc</c>) cannot be read. Reported by
/// <see cref="Coding.QdaProjectReader"/> (the XML: not well-formed, a DTD, past a limit, the wrong namespace, duplicate
/// GUIDs, a selection outside its source) at the XML's line and column, and by the file layer's <c>QdaPackage</c> (not a
/// zip, a zip bomb, an entry whose path leaves the package, no <c>project.qde</c>, a source's text missing or not
/// UTF-8). A reference to something the project does not hold (a <c>CodeRef</c> to no code) is the same rule at warning
/// severity: the reference is left out and the rest is read.
/// </summary>
internal sealed class FG0505CodingProjectUnreadable : IRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0505", "Coding project cannot be read", Severity.Error, "Coding");

    /// <inheritdoc />
    public Rule Descriptor => Definition;
}
