namespace FindingsGen.Language.Tracing;

/// <summary>One speaker label of a transcript and who it was taken to be. The label is private: never printed in a diagnostic.</summary>
public sealed class SpeakerAssignment
{
    internal SpeakerAssignment(string label, SpeakerRole role, string? participant)
    {
        Label = label;
        Role = role;
        Participant = participant;
    }

    /// <summary>The label as written (empty for speech with no label).</summary>
    public string Label { get; }
    /// <summary>Who it was taken to be.</summary>
    public SpeakerRole Role { get; }
    /// <summary>The participant ID for <see cref="SpeakerRole.Participant"/> (and, for <see cref="SpeakerRole.Unknown"/> in an own transcript, the owner whose words they count as); else null.</summary>
    public string? Participant { get; }
}
