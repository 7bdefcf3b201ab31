namespace FindingsGen.Language.Tracing;

/// <summary>One verified quotation in findings.lock: hashes, lines and how it matched, never text.</summary>
public sealed class LockEntry
{
    /// <summary>Creates an entry.</summary>
    public LockEntry(string quotationHash, string participant, string transcript, int firstLine, int lastLine, string match, string? group = null)
    {
        Group = group;
        QuotationHash = quotationHash;
        Participant = participant;
        Transcript = transcript;
        FirstLine = firstLine;
        LastLine = lastLine;
        Match = match;
    }

    /// <summary>SHA-256 of the participant and the normalised quotation.</summary>
    public string QuotationHash { get; }
    /// <summary>The participant.</summary>
    public string Participant { get; }
    /// <summary>SHA-256 of the transcript's extracted text.</summary>
    public string Transcript { get; }
    /// <summary>First line of the match in the transcript.</summary>
    public int FirstLine { get; }
    /// <summary>Last line of the match.</summary>
    public int LastLine { get; }
    /// <summary>The group transcript (<c>transcripts.groups</c>) the quotation was found in, or null for the participant's own.</summary>
    public string? Group { get; }
    /// <summary><see cref="Verbatim"/>, <see cref="NearVerbatim"/> or <see cref="VerbatimSpeakersUnknown"/>.</summary>
    public string Match { get; }

    /// <summary>Found as written, in the participant's turns.</summary>
    public const string Verbatim = "verbatim";
    /// <summary>Found with a few words different (FG0104): never verified.</summary>
    public const string NearVerbatim = "near-verbatim";
    /// <summary>Found as written in a transcript whose speakers cannot be told apart (FG0109): never verified.</summary>
    public const string VerbatimSpeakersUnknown = "verbatim-speakers-unknown";
}
