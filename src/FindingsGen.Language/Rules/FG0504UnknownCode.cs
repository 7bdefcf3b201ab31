using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language.Rules;

/// <summary>
/// FG0504: a theme's or subtheme's <c>code=</c> names a code the linked coding does not have (no code has that GUID or
/// name; the nearest name is suggested), or a name several codes carry. Reported by <see cref="Coding.CodingCheck"/>
/// when it resolves the headings' codes, at the <c>code=</c> value.
/// </summary>
internal sealed class FG0504UnknownCode : IRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0504", "Code not in the coding", Severity.Error, "Coding");

    /// <inheritdoc />
    public Rule Descriptor => Definition;

    /// <summary>Reports a <c>code=</c> that names no single code, with why.</summary>
    internal static void Report(SourceLocation at, string problem, string source, DiagnosticList diagnostics) =>
        diagnostics.Add(Definition, at, $"{problem} (in {source}); a section tied to no code is checked against no coding");
}
