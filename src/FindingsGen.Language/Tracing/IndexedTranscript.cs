namespace FindingsGen.Language.Tracing;

/// <summary>A transcript's content hash and its index.</summary>
public sealed class IndexedTranscript
{
    internal IndexedTranscript(string hash, TranscriptIndex index, string layout)
    {
        Hash = hash;
        Index = index;
        Layout = layout;
    }

    /// <summary>SHA-256 of the extracted text.</summary>
    public string Hash { get; }
    /// <summary>The matching index.</summary>
    public TranscriptIndex Index { get; }
    /// <summary>The layout its reader detected ("WebVTT, inline names (Zoom)"): no label, no speech.</summary>
    public string Layout { get; }
}
