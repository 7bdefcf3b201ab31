namespace FindingsGen.Language.Tracing;

/// <summary>Who a speaker label in a transcript was taken to be.</summary>
public enum SpeakerRole
{
    /// <summary>A participant of the study (the label is its ID, is mapped to it, or is the one unmapped label of its own transcript).</summary>
    Participant,
    /// <summary>The interviewer (<c>transcripts.interviewer</c>, or mapped to <c>interviewer</c>).</summary>
    Interviewer,
    /// <summary>Someone else: not the participant whose transcript it is, nor the interviewer.</summary>
    Other,
    /// <summary>Nobody can tell (FG0109): in a participant's own transcript its words still count as the participant's.</summary>
    Unknown,
}
