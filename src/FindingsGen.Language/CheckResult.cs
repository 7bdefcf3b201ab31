using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Model;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Language;

/// <summary>The model and the diagnostics (severities applied, sorted).</summary>
public sealed class CheckResult
{
    internal CheckResult(Study study, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<TraceRecord> traces)
    {
        Study = study;
        Diagnostics = diagnostics;
        Traces = traces;
    }

    /// <summary>One record per quotation and participant when tracing ran; empty otherwise.</summary>
    public IReadOnlyList<TraceRecord> Traces { get; }

    /// <summary>Quotations all of whose participants were verified (see <see cref="TraceRecord.IsVerified"/>: verbatim, or verbatim in the lock).</summary>
    public int VerifiedQuotations => Traces.GroupBy(t => t.Quotation).Count(TraceRecord.AllVerified);

    /// <summary>Quotations found near-verbatim (FG0104) for a participant and verified or near-verbatim for the rest: not counted in <see cref="VerifiedQuotations"/>.</summary>
    public int NearVerbatimQuotations => Traces.GroupBy(t => t.Quotation).Count(TraceRecord.AnyNearVerbatim);

    /// <summary>Quotations found in the transcripts (verbatim or near-verbatim) for every participant cited: what <c>findings check</c> calls traced.</summary>
    public int TracedQuotations => Traces.GroupBy(t => t.Quotation).Count(g => g.All(t => t.Status is TraceStatus.Verbatim or TraceStatus.NearVerbatim));

    /// <summary>Quotations verified from findings.lock alone (no transcript read), all of whose participants the lock records as verified.</summary>
    public int VerifiedFromLock => Traces.GroupBy(t => t.Quotation).Count(g => g.All(t => t.Status == TraceStatus.FromLock) && TraceRecord.AllVerified(g));

    /// <summary>Quotations known from findings.lock alone that the lock records as near-verbatim for a participant.</summary>
    public int NearVerbatimFromLock => Traces.GroupBy(t => t.Quotation).Count(g => g.All(t => t.Status == TraceStatus.FromLock) && TraceRecord.AnyNearVerbatim(g));

    /// <summary>What the linked QDA coding shows, or null when the study links none (or it could not be read: then a diagnostic says why).</summary>
    public Coding.CodingSummary? Coding { get; internal set; }

    /// <summary>
    /// The text of findings.coding.lock for the coding as read now (<see cref="Language.Coding.CodingRecord"/>), or null when the
    /// project was not read: <c>findings check --update-lock</c> writes it.
    /// </summary>
    public string? CodingRecordText { get; internal set; }

    /// <summary>The study model.</summary>
    public Study Study { get; }
    /// <summary>The diagnostics, sorted by file, line and column.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
    /// <summary>Number of errors.</summary>
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    /// <summary>Number of warnings.</summary>
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
