using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FindingsGen.Language.Diagnostics;
using Microsoft.CodeAnalysis;

namespace FindingsGen.Analyzers;

/// <summary>
/// One <see cref="DiagnosticDescriptor"/> per rule. IDs, categories and severities are written out so release
/// tracking (AnalyzerReleases.*.md) can read them; titles come from the core's table, and a test checks every
/// field against that table, so the two cannot drift.
/// </summary>
public static class Descriptors
{
    /// <summary>FG0001.</summary>
    public static readonly DiagnosticDescriptor FG0001 = new("FG0001", RuleTable.FG0001.Title, "{0}", "Claims", DiagnosticSeverity.Error, true, null, RuleTable.HelpBaseUrl + "FG0001.md", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>FG0002.</summary>
    public static readonly DiagnosticDescriptor FG0002 = new("FG0002", RuleTable.FG0002.Title, "{0}", "Claims", DiagnosticSeverity.Error, true, null, RuleTable.HelpBaseUrl + "FG0002.md", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>FG0003.</summary>
    public static readonly DiagnosticDescriptor FG0003 = new("FG0003", RuleTable.FG0003.Title, "{0}", "Claims", DiagnosticSeverity.Warning, true, null, RuleTable.HelpBaseUrl + "FG0003.md", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>FG0004.</summary>
    public static readonly DiagnosticDescriptor FG0004 = new("FG0004", RuleTable.FG0004.Title, "{0}", "Claims", DiagnosticSeverity.Error, true, null, RuleTable.HelpBaseUrl + "FG0004.md", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>FG0005.</summary>
    public static readonly DiagnosticDescriptor FG0005 = new("FG0005", RuleTable.FG0005.Title, "{0}", "Structure", DiagnosticSeverity.Error, true, null, RuleTable.HelpBaseUrl + "FG0005.md", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>FG0006.</summary>
    public static readonly DiagnosticDescriptor FG0006 = new("FG0006", RuleTable.FG0006.Title, "{0}", "Structure", DiagnosticSeverity.Error, true, null, RuleTable.HelpBaseUrl + "FG0006.md", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>FG0007.</summary>
    public static readonly DiagnosticDescriptor FG0007 = new("FG0007", RuleTable.FG0007.Title, "{0}", "Structure", DiagnosticSeverity.Warning, true, null, RuleTable.HelpBaseUrl + "FG0007.md", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>FG0008.</summary>
    public static readonly DiagnosticDescriptor FG0008 = new("FG0008", RuleTable.FG0008.Title, "{0}", "Structure", DiagnosticSeverity.Warning, true, null, RuleTable.HelpBaseUrl + "FG0008.md", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>FG0009.</summary>
    public static readonly DiagnosticDescriptor FG0009 = new("FG0009", RuleTable.FG0009.Title, "{0}", "Claims", DiagnosticSeverity.Warning, true, null, RuleTable.HelpBaseUrl + "FG0009.md", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>FG0010.</summary>
    public static readonly DiagnosticDescriptor FG0010 = new("FG0010", RuleTable.FG0010.Title, "{0}", "Structure", DiagnosticSeverity.Error, true, null, RuleTable.HelpBaseUrl + "FG0010.md", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>FG0101.</summary>
    public static readonly DiagnosticDescriptor FG0101 = new("FG0101", RuleTable.FG0101.Title, "{0}", "Tracing", DiagnosticSeverity.Error, true, null, RuleTable.HelpBaseUrl + "FG0101.md", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>FG0102.</summary>
    public static readonly DiagnosticDescriptor FG0102 = new("FG0102", RuleTable.FG0102.Title, "{0}", "Tracing", DiagnosticSeverity.Error, true, null, RuleTable.HelpBaseUrl + "FG0102.md", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>FG0103.</summary>
    public static readonly DiagnosticDescriptor FG0103 = new("FG0103", RuleTable.FG0103.Title, "{0}", "Tracing", DiagnosticSeverity.Error, true, null, RuleTable.HelpBaseUrl + "FG0103.md", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>FG0104.</summary>
    public static readonly DiagnosticDescriptor FG0104 = new("FG0104", RuleTable.FG0104.Title, "{0}", "Tracing", DiagnosticSeverity.Warning, true, null, RuleTable.HelpBaseUrl + "FG0104.md", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>FG0105.</summary>
    public static readonly DiagnosticDescriptor FG0105 = new("FG0105", RuleTable.FG0105.Title, "{0}", "Tracing", DiagnosticSeverity.Error, true, null, RuleTable.HelpBaseUrl + "FG0105.md", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>FG0106.</summary>
    public static readonly DiagnosticDescriptor FG0106 = new("FG0106", RuleTable.FG0106.Title, "{0}", "Tracing", DiagnosticSeverity.Error, true, null, RuleTable.HelpBaseUrl + "FG0106.md", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>FG0107.</summary>
    public static readonly DiagnosticDescriptor FG0107 = new("FG0107", RuleTable.FG0107.Title, "{0}", "Tracing", DiagnosticSeverity.Error, true, null, RuleTable.HelpBaseUrl + "FG0107.md", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>FG0108.</summary>
    public static readonly DiagnosticDescriptor FG0108 = new("FG0108", RuleTable.FG0108.Title, "{0}", "Tracing", DiagnosticSeverity.Error, true, null, RuleTable.HelpBaseUrl + "FG0108.md", WellKnownDiagnosticTags.CompilationEnd);
    /// <summary>FG0109.</summary>
    public static readonly DiagnosticDescriptor FG0109 = new("FG0109", RuleTable.FG0109.Title, "{0}", "Tracing", DiagnosticSeverity.Warning, true, null, RuleTable.HelpBaseUrl + "FG0109.md", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>FG0201.</summary>
    public static readonly DiagnosticDescriptor FG0201 = new("FG0201", RuleTable.FG0201.Title, "{0}", "Manifest", DiagnosticSeverity.Error, true, null, RuleTable.HelpBaseUrl + "FG0201.md", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>FG0202.</summary>
    public static readonly DiagnosticDescriptor FG0202 = new("FG0202", RuleTable.FG0202.Title, "{0}", "Manifest", DiagnosticSeverity.Error, true, null, RuleTable.HelpBaseUrl + "FG0202.md", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>FG0203.</summary>
    public static readonly DiagnosticDescriptor FG0203 = new("FG0203", RuleTable.FG0203.Title, "{0}", "Manifest", DiagnosticSeverity.Warning, true, null, RuleTable.HelpBaseUrl + "FG0203.md", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>FG0204.</summary>
    public static readonly DiagnosticDescriptor FG0204 = new("FG0204", RuleTable.FG0204.Title, "{0}", "Manifest", DiagnosticSeverity.Error, true, null, RuleTable.HelpBaseUrl + "FG0204.md", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>FG0301.</summary>
    public static readonly DiagnosticDescriptor FG0301 = new("FG0301", RuleTable.FG0301.Title, "{0}", "Privacy", DiagnosticSeverity.Error, true, null, RuleTable.HelpBaseUrl + "FG0301.md", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>All descriptors, in the table's order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(FG0001, FG0002, FG0003, FG0004, FG0005, FG0006, FG0007, FG0008, FG0009, FG0010, FG0101, FG0102, FG0103, FG0104, FG0105, FG0106, FG0107, FG0108, FG0109, FG0201, FG0202, FG0203, FG0204, FG0301);

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
}
