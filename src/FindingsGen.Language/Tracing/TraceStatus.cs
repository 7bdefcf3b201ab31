namespace FindingsGen.Language.Tracing;

/// <summary>How a quotation was verified for one participant.</summary>
public enum TraceStatus
{
    /// <summary>Found verbatim (within the tolerances) in the participant's turns.</summary>
    Verbatim,
    /// <summary>Found with a few words different (FG0104).</summary>
    NearVerbatim,
    /// <summary>Not found (FG0101).</summary>
    NotFound,
    /// <summary>Found in another participant's transcript (FG0102).</summary>
    Misattributed,
    /// <summary>Found only in the interviewer's turns (FG0103).</summary>
    Interviewer,
    /// <summary>The participant has no readable transcript (FG0105).</summary>
    NoTranscript,
    /// <summary>Transcripts unavailable; the quotation is recorded in findings.lock.</summary>
    FromLock,
    /// <summary>Transcripts unavailable and not in the lock (FG0106).</summary>
    Unverified,
}
