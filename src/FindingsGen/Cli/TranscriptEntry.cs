using System.Collections.Generic;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Cli;

/// <summary>What <c>findings transcripts</c> shows of one transcript (or of a participant who has none).</summary>
internal sealed class TranscriptEntry
{
    public TranscriptEntry(string? file, string? participant, bool group, TranscriptSummary? summary)
    {
        File = file;
        Participant = participant;
        Group = group;
        Summary = summary;
    }

    /// <summary>The file as messages name it, or null when the participant has none.</summary>
    public string? File { get; }
    /// <summary>The participant whose own transcript it is, or null for a group transcript.</summary>
    public string? Participant { get; }
    /// <summary>True for a group transcript.</summary>
    public bool Group { get; }
    /// <summary>How it was read, or null when it could not be.</summary>
    public TranscriptSummary? Summary { get; }
    /// <summary>FG0105/FG0109 about it: rule ID and message.</summary>
    public List<(string Id, string Message)> Diagnostics { get; } = new();
}
