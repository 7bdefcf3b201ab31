using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language.Rules;

/// <summary>
/// A rule of the language: one class in one file named by its ID (<c>FG0001FrequencyLabelMatchesCount</c>), listed once in
/// <see cref="RuleTable.Rules"/>. Everything that needs the list of rules (the checker, the analyzer's descriptors, the
/// manifest's <c>rules:</c>, the site's summary, the docs and spec tests) reads it from there.
/// </summary>
public interface IRule
{
    /// <summary>The rule's ID, title, default severity and category.</summary>
    Rule Descriptor { get; }
}
