namespace FindingsGen.Site;

/// <summary>How a quotation was verified, as a reader is told it: each mode has its own honest wording.</summary>
public enum ProvenanceMode
{
    /// <summary>Found verbatim in the participant's transcript by this build: verified.</summary>
    Verbatim,
    /// <summary>The transcript was not available to this build; findings.lock records the words as found verbatim: verified.</summary>
    FromLock,
    /// <summary>Found with a few words different (FG0104), by this build or as the lock records: not verified.</summary>
    NearVerbatim,
    /// <summary>Found as written, but where speakers cannot be told apart (FG0109): whose words they are is not verified.</summary>
    SpeakersUnknown,
    /// <summary>Not found, found for someone else, in the interviewer's turns, or no transcript: not verified.</summary>
    NotVerified,
    /// <summary>No trace at all (tracing did not run for it): not verified.</summary>
    NotTraced,
}
