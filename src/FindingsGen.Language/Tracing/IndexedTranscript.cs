namespace FindingsGen.Language.Tracing;

/// <summary>A transcript's content hash and its index.</summary>
public sealed class IndexedTranscript
{
    internal IndexedTranscript(string hash, TranscriptIndex index)
    {
        Hash = hash;
        Index = index;
    }

    /// <summary>SHA-256 of the extracted text.</summary>
    public string Hash { get; }
    /// <summary>The matching index.</summary>
    public TranscriptIndex Index { get; }
}
