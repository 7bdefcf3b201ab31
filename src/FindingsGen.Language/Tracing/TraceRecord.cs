using System.Collections.Generic;
using FindingsGen.Language.Model;

namespace FindingsGen.Language.Tracing;

/// <summary>The outcome of tracing one quotation for one of its participants. Holds no transcript text.</summary>
public sealed class TraceRecord
{
    private string? quotationHash;

    internal TraceRecord(Quotation quotation, string participant, string? quotationHash, TraceStatus status)
    {
        Quotation = quotation;
        Participant = participant;
        this.quotationHash = quotationHash;
        Status = status;
    }

    /// <summary>The quotation.</summary>
    public Quotation Quotation { get; }
    /// <summary>The participant it was traced for.</summary>
    public string Participant { get; }
    /// <summary>SHA-256 of the participant and the normalised traced words (the lock's key).</summary>
    public string QuotationHash => quotationHash ??= Tracing.QuotationHash.Of(Quotation.Traced, Participant);
    /// <summary>The outcome.</summary>
    public TraceStatus Status { get; internal set; }
    /// <summary>The transcript file, relative to its folder, when one was used.</summary>
    public string? TranscriptPath { get; internal set; }
    /// <summary>The group transcript (<c>transcripts.groups</c>) the quotation was found in, or null: the lock records it.</summary>
    public string? GroupTranscript { get; internal set; }
    /// <summary>
    /// SHA-256 (hex) of the speech of the transcript it was traced in, as read (each turn's label and words; see
    /// <see cref="TranscriptIndex.SpeechHash"/>), or null when no transcript was used. Computed when first asked for
    /// (the lock and the site's provenance), so tracing itself never pays for it.
    /// </summary>
    public string? TranscriptHash => Transcript?.Index.SpeechHash;
    /// <summary>The transcript it was traced in, or null.</summary>
    internal IndexedTranscript? Transcript { get; set; }
    /// <summary>First source line of the match (or of the best candidate).</summary>
    public int FirstLine { get; internal set; }
    /// <summary>Last source line of the match.</summary>
    public int LastLine { get; internal set; }

    /// <summary>
    /// Found as written, but in a transcript whose speakers cannot be told apart (FG0109), or so recorded in the lock:
    /// the words are there, whose they are could not be checked. Never counted as verified.
    /// </summary>
    public bool SpeakersUnknown { get; internal set; }

    /// <summary>
    /// For <see cref="TraceStatus.FromLock"/>: the transcript's SHA-256 (hex) as the lock recorded it when the quotation
    /// was traced (with <see cref="FirstLine"/> and <see cref="LastLine"/> from the lock too); null otherwise.
    /// </summary>
    public string? LockedTranscriptHash { get; internal set; }

    /// <summary>For <see cref="TraceStatus.FromLock"/>: the lock recorded the match as near-verbatim, not verbatim.</summary>
    public bool LockedNearVerbatim { get; internal set; }

    /// <summary>
    /// True when the quotation counts as verified for this participant: found verbatim, or recorded in the lock as
    /// verbatim. A near-verbatim quotation (FG0104) is not: it differs from what was said, and is shown as such; nor is
    /// one found where speakers cannot be told apart (FG0109): whose words they are could not be checked.
    /// This is the one definition of "verified" (the site, findings.json, quotations.csv and the report all use it).
    /// </summary>
    public bool IsVerified => !SpeakersUnknown && (Status is TraceStatus.Verbatim || (Status is TraceStatus.FromLock && !LockedNearVerbatim));

    /// <summary>
    /// True when the quotation was found with a few words different (FG0104), or the lock recorded it so: shown as
    /// near-verbatim, never counted as verified.
    /// </summary>
    public bool IsNearVerbatim => Status is TraceStatus.NearVerbatim || (Status is TraceStatus.FromLock && LockedNearVerbatim);

    /// <summary>
    /// True when a quotation's traces are all verified or near-verbatim, and at least one is near-verbatim: the
    /// quotation is shown as near-verbatim.
    /// </summary>
    public static bool AnyNearVerbatim(IEnumerable<TraceRecord> traces)
    {
        bool near = false;
        foreach (var trace in traces)
        {
            if (!trace.IsVerified && !trace.IsNearVerbatim) return false;
            near |= trace.IsNearVerbatim;
        }
        return near;
    }

    /// <summary>True when a quotation's traces (one per participant) are all verified, and there is at least one.</summary>
    public static bool AllVerified(IEnumerable<TraceRecord> traces)
    {
        bool any = false;
        foreach (var trace in traces)
        {
            if (!trace.IsVerified) return false;
            any = true;
        }
        return any;
    }
}
