using System.Collections.Generic;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Language.Transcripts;

/// <summary>How a transcript was read: its format, the layout detected, and its speech as turns.</summary>
public sealed class TranscriptReading
{
    internal TranscriptReading(TranscriptFormat format, string layout, LabelStyle style, List<TranscriptLine> lines)
    {
        Format = format;
        Layout = layout;
        Style = style;
        Lines = lines;
    }

    /// <summary>The format (the row of <see cref="TranscriptFormat.All"/> that read it).</summary>
    public TranscriptFormat Format { get; }
    /// <summary>The layout detected, for people: "WebVTT, inline names (Zoom)". Holds no label and no speech.</summary>
    public string Layout { get; }
    /// <summary>The ways of naming speakers found.</summary>
    public LabelStyle Style { get; }
    /// <summary>The speech lines, in order; the unit <see cref="TranscriptIndex.Build"/> takes.</summary>
    public List<TranscriptLine> Lines { get; }
}
