using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FindingsGen.Language.Diagnostics;
using Microsoft.CodeAnalysis;

namespace FindingsGen.Analyzers;

/// <summary>
/// One <see cref="DiagnosticDescriptor"/> per rule of the core's <see cref="RuleTable"/>, made from it, so the analyzer
/// can never drift from the CLI. Release tracking (AnalyzerReleases.*.md) cannot read IDs that are not literals, so a
/// test (AnalyzerTests) requires the release files and the table to list the same rules, categories and severities.
/// </summary>
public static class Descriptors
{
    /// <summary>All descriptors, in the table's order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = RuleTable.All.Select(Create).ToImmutableArray();

    /// <summary>The descriptors by rule ID.</summary>
    public static IReadOnlyDictionary<string, DiagnosticDescriptor> ById { get; } = All.ToDictionary(d => d.Id);

    /// <summary>The Roslyn severity of a core severity (None is never reported).</summary>
    public static DiagnosticSeverity ToRoslyn(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        Severity.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

    // The message is the core's, whole: every rule's format is "{0}". Reported at compilation end, when every
    // additional file has been read.
    private static DiagnosticDescriptor Create(Rule rule) =>
        new(rule.Id, rule.Title, "{0}", rule.Category, ToRoslyn(rule.DefaultSeverity), isEnabledByDefault: true,
            description: null, helpLinkUri: rule.HelpUrl, WellKnownDiagnosticTags.CompilationEnd);
}
