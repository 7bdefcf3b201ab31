using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Model;

namespace FindingsGen.Language;

/// <summary>The model and the diagnostics (severities applied, sorted).</summary>
public sealed class CheckResult
{
    internal CheckResult(Study study, IReadOnlyList<Diagnostic> diagnostics)
    {
        Study = study;
        Diagnostics = diagnostics;
    }

    /// <summary>The study model.</summary>
    public Study Study { get; }
    /// <summary>The diagnostics, sorted by file, line and column.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
    /// <summary>Number of errors.</summary>
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    /// <summary>Number of warnings.</summary>
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
    /// <summary>Number of infos.</summary>
    public int Infos => Diagnostics.Count(d => d.Severity == Severity.Info);
}
