using System.Collections.Generic;

namespace FindingsGen.Language.Diagnostics;

/// <summary>Collects diagnostics at their rule's default severity; the manifest's overrides apply later, once.</summary>
public sealed class DiagnosticList
{
    private readonly List<Diagnostic> items = new();

    /// <summary>Everything reported so far, in report order.</summary>
    public IReadOnlyList<Diagnostic> Items => items;

    /// <summary>Reports at the rule's default severity.</summary>
    public void Add(Rule rule, SourceLocation location, string message) =>
        items.Add(new Diagnostic(rule, rule.DefaultSeverity, location, message));

    /// <summary>Reports at a specific severity (for rules whose cases differ, like FG0008 and FG0107).</summary>
    public void Add(Rule rule, Severity severity, SourceLocation location, string message) =>
        items.Add(new Diagnostic(rule, severity, location, message));

    /// <summary>Adds diagnostics made elsewhere.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => items.AddRange(diagnostics);

    /// <summary>Adds a diagnostic made elsewhere (its rule, severity and place already set).</summary>
    public void Add(Diagnostic diagnostic) => items.Add(diagnostic);
}
