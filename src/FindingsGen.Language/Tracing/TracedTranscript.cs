namespace FindingsGen.Language.Tracing;

/// <summary>A transcript a quotation is traced in: a participant's own, or a group transcript, with who speaks each turn.</summary>
internal sealed class TracedTranscript
{
    public TracedTranscript(string path, IndexedTranscript indexed, TurnRoles roles, bool isGroup)
    {
        Path = path;
        Indexed = indexed;
        Roles = roles;
        IsGroup = isGroup;
    }

    /// <summary>The file name, for messages and provenance.</summary>
    public string Path { get; }
    /// <summary>Its index and hash.</summary>
    public IndexedTranscript Indexed { get; }
    /// <summary>Who speaks each turn.</summary>
    public TurnRoles Roles { get; }
    /// <summary>True for a group transcript (<c>transcripts.groups</c>).</summary>
    public bool IsGroup { get; }
    /// <summary>The index.</summary>
    public TranscriptIndex Index => Indexed.Index;
    /// <summary>How messages name it: "T1's transcript" or "the group transcript".</summary>
    public string Name(string participant) => IsGroup ? "the group transcript" : participant + "'s transcript";
}
