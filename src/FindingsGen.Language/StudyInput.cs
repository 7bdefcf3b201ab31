using System.Collections.Generic;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Manifest;

namespace FindingsGen.Language;

/// <summary>What a host hands the checker: the manifest as read, and the pages' texts in reading order.</summary>
public sealed class StudyInput
{
    /// <summary>Creates the input.</summary>
    public StudyInput(StudyManifest manifest, IReadOnlyList<Diagnostic> manifestDiagnostics)
    {
        Manifest = manifest;
        ManifestDiagnostics = manifestDiagnostics;
    }

    /// <summary>The manifest.</summary>
    public StudyManifest Manifest { get; }
    /// <summary>Problems found while reading the manifest.</summary>
    public IReadOnlyList<Diagnostic> ManifestDiagnostics { get; }
    /// <summary>The pages: path relative to the study (forward slashes) and text.</summary>
    public List<KeyValuePair<string, string>> Pages { get; } = new();
    /// <summary>Pages that could not be read (missing, not UTF-8): reported as FG0202.</summary>
    public List<Diagnostic> PageProblems { get; } = new();
    /// <summary>Page files in the study folder that <c>pages:</c> does not list (study-relative): reported as FG0203.</summary>
    public List<string> UnlistedPages { get; } = new();
    /// <summary>Stops a check that is no longer wanted (the IDE typed again); checked between pages and quotations.</summary>
    public System.Threading.CancellationToken CancellationToken { get; set; }
    /// <summary>
    /// How many threads may parse pages at once, and whether the rules may run beside the tracing: 1 inside the compiler
    /// (which runs analyzers concurrently), the cores in the CLI.
    /// </summary>
    public int Parallelism { get; set; } = 1;
    /// <summary>
    /// The linked coding (<c>coding:</c>, or <c>--coding</c>), or null when the host read none: then a manifest that names
    /// one gets FG0505 (the coding checks never switch themselves off unseen).
    /// </summary>
    public Coding.CodingInput? Coding { get; set; }
    /// <summary>The private data for tracing, or null to parse and check without tracing.</summary>
    public Tracing.TracingInput? Tracing { get; set; }
}
