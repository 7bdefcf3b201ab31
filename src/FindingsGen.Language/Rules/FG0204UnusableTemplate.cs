using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language.Rules;

/// <summary>
/// FG0204: a site template override that cannot be used. Reported by the site generator (<c>src/FindingsGen/Site</c>)
/// when it loads the study's templates; the core never sees templates.
/// </summary>
internal sealed class FG0204UnusableTemplate : IRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0204", "Unusable site template", Severity.Error, "Manifest");

    /// <inheritdoc />
    public Rule Descriptor => Definition;
}
