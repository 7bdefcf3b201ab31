namespace FindingsGen.Language.Tracing;

/// <summary>One speaker of a transcript as <c>findings transcripts</c> shows it: label, counts, who it was taken to be.</summary>
public sealed class SpeakerSummary
{
    internal SpeakerSummary(SpeakerAssignment assignment, int turns, int words)
    {
        Label = assignment.Label;
        Role = assignment.Role;
        Participant = assignment.Participant;
        Turns = turns;
        Words = words;
    }

    /// <summary>The label as written (empty for unlabelled speech). Shown on the user's terminal only, never in a diagnostic.</summary>
    public string Label { get; }
    /// <summary>Who it was taken to be.</summary>
    public SpeakerRole Role { get; }
    /// <summary>The participant ID for a participant (for unknown speech in an own transcript, whose words it counts as), else null.</summary>
    public string? Participant { get; }
    /// <summary>How many turns this speaker has (consecutive lines of one speaker are one turn).</summary>
    public int Turns { get; }
    /// <summary>How many words this speaker's turns hold.</summary>
    public int Words { get; }

    /// <summary>Who it was taken to be, in words: a participant ID, <c>interviewer</c>, <c>other</c> or <c>unknown</c>.</summary>
    public string TakenAs => Role switch
    {
        SpeakerRole.Participant => Participant!,
        SpeakerRole.Interviewer => "interviewer",
        SpeakerRole.Other => "other",
        _ => "unknown",
    };
}
