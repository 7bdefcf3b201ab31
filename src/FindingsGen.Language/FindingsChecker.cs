using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Manifest;
using FindingsGen.Language.Model;
using FindingsGen.Language.Rules;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Language;

/// <summary>
/// The one rule engine both hosts run: texts in, model and diagnostics out. It touches no file system,
/// console or compiler; the CLI and the Roslyn analyzer gather the texts and print what comes back.
/// </summary>
public static class FindingsChecker
{
    /// <summary>Reads the manifest: hosts call this first to learn the pages and transcripts to gather.</summary>
    public static StudyManifest ReadManifest(string manifestText, DiagnosticList diagnostics) =>
        ManifestReader.Read(manifestText, diagnostics);

    /// <summary>Parses the pages and runs every rule.</summary>
    public static CheckResult Check(StudyInput input)
    {
        input.CancellationToken.ThrowIfCancellationRequested();
        return Check(input, Parse(input));
    }

    /// <summary>Parses the pages into the study model (no rules run).</summary>
    public static Study Parse(StudyInput input) => StudyParser.Parse(input.Manifest, input.Pages, input.Parallelism);

    /// <summary>Runs every rule on a study parsed from <paramref name="input"/>.</summary>
    public static CheckResult Check(StudyInput input, Study study)
    {
        var diagnostics = new DiagnosticList();
        diagnostics.AddRange(input.ManifestDiagnostics);
        // A manifest that could not be read is reported alone: every other check would run against a manifest that is
        // not the one written (no scale, no participants, no pages:) and bury the one real problem under false ones.
        if (!input.Manifest.IsReadable) return new CheckResult(study, ApplySeverities(input.Manifest, diagnostics.Items), new List<TraceRecord>());
        FG0202MissingPage.Report(input.PageProblems, study.Pages, diagnostics);
        FG0203UnlistedPage.Report(input.UnlistedPages, diagnostics);
        input.CancellationToken.ThrowIfCancellationRequested();

        // The rules and the tracing only read the model, each into its own list: where more than one thread is
        // allowed (the CLI) the rules run beside the tracing. The lists are joined in the same order either way.
        var ruleDiagnostics = new DiagnosticList();
        void RunRules()
        {
            var context = new RuleContext(study);
            foreach (var rule in RuleTable.Rules)
            {
                if (rule is IStudyRule studyRule) studyRule.Check(context, ruleDiagnostics);
            }
        }
        var traceDiagnostics = new DiagnosticList();
        var traces = new List<TraceRecord>();
        void RunTracing()
        {
            if (input.Tracing is not { } tracing) return;
            traces = QuotationTracer.Trace(study, tracing, traceDiagnostics, input.CancellationToken);
            if (tracing.TranscriptsFolderProblem is { } folderProblem)
            {
                // The check still runs (from findings.lock), but never as if the folder named were simply a public checkout's.
                var at = input.Manifest.Transcripts?.PathLocation ?? new SourceLocation(StudyManifest.FileName, 1, 1, 1, 2);
                traceDiagnostics.Add(RuleTable.FG0106, Severity.Warning, at, folderProblem);
            }
            if (tracing.IdentifiersText is { } identifiers) FG0301IdentifyingTermInQuotation.Check(study, identifiers, traceDiagnostics, input.Manifest.IdentifiersLocation);
            else if (input.Manifest.Identifiers is { Length: > 0 } named && input.Manifest.IdentifiersLocation is { } where)
            {
                // The privacy screen never switches itself off: a named list that did not arrive is an error where it is named.
                string why = tracing.IdentifiersProblem
                    ?? $"'{ManifestReader.Shorten(named)}' was not handed to the analyzer (the FindingsGen build step that reads it runs only under dotnet build)";
                traceDiagnostics.Add(RuleTable.FG0201, where, $"the identifiers list cannot be read, so no quotation is screened for identifying terms: {why}");
            }
        }
        if (input.Parallelism > 1)
        {
            var rules = System.Threading.Tasks.Task.Run(RunRules);
            RunTracing();
            rules.GetAwaiter().GetResult();
        }
        else
        {
            RunRules();
            RunTracing();
        }
        diagnostics.AddRange(ruleDiagnostics.Items);
        diagnostics.AddRange(traceDiagnostics.Items);
        var coding = CheckCoding(input, study, diagnostics);
        return new CheckResult(study, ApplySeverities(input.Manifest, diagnostics.Items), traces) { Coding = coding?.Summary, CodingRecordText = coding?.RecordText };
    }

    /// <summary>The coding rules (FG0501–FG0505) against the linked coding, when the study links one.</summary>
    private static Coding.CodingCheck.Outcome? CheckCoding(StudyInput input, Study study, DiagnosticList diagnostics)
    {
        var at = input.Manifest.CodingLocation ?? SourceLocation.StartOf(StudyManifest.FileName);
        if (input.Coding is { } coding) return Coding.CodingCheck.Run(study, coding, at, diagnostics, input.CancellationToken);
        if (input.Manifest.Coding is { } named)
        {
            diagnostics.Add(RuleTable.FG0505, at,
                $"the coding checks (FG0501\u2013FG0504) could not run: '{ManifestReader.Shorten(named)}' was not read (the FindingsGen build step that reads it runs only under dotnet build)");
        }
        return null;
    }

    /// <summary>Applies the manifest's <c>rules:</c>, drops what is off, and sorts by file, line and column.</summary>
    public static IReadOnlyList<Diagnostic> ApplySeverities(StudyManifest manifest, IEnumerable<Diagnostic> diagnostics)
    {
        var result = new List<Diagnostic>();
        foreach (var d in diagnostics)
        {
            var effective = manifest.RuleSeverities.TryGetValue(d.Id, out var severity) && !Lowers(d, severity) ? d.WithSeverity(severity) : d;
            if (effective.Severity != Severity.None) result.Add(effective);
        }
        result.Sort();
        return result;
    }

    /// <summary>
    /// The privacy screen (FG0301) and the manifest problems that say it cannot run (FG0201) are never made less
    /// severe by <c>rules:</c>: the manifest reader refuses such an entry, and this holds even for a manifest built otherwise.
    /// </summary>
    private static bool Lowers(Diagnostic d, Severity severity) =>
        ManifestReader.IsGuardRule(d.Id) && severity < d.Severity;
}
