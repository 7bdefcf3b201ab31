namespace FindingsGen.Language.Tracing;

/// <summary>One line (or paragraph, or cue line) of speech, with its speaker and the turn it belongs to.</summary>
public readonly struct TranscriptLine
{
    /// <summary>Creates a line whose speech is <paramref name="text"/>.</summary>
    public TranscriptLine(int turn, string speaker, int line, string text)
        : this(turn, speaker, line, text, 0, text.Length)
    {
    }

    /// <summary>Creates a line whose speech is a range of <paramref name="source"/> (no copy is made).</summary>
    public TranscriptLine(int turn, string speaker, int line, string source, int start, int length)
    {
        Turn = turn;
        Speaker = speaker;
        Line = line;
        Source = source;
        Start = start;
        Length = length;
    }

    /// <summary>The turn number (0-based); consecutive lines of one turn share it.</summary>
    public int Turn { get; }
    /// <summary>The speaker label as written; empty for an unlabelled transcript.</summary>
    public string Speaker { get; }
    /// <summary>1-based line in the file (paragraph number for .docx).</summary>
    public int Line { get; }
    /// <summary>The string holding the speech.</summary>
    public string Source { get; }
    /// <summary>Where the speech starts in <see cref="Source"/>.</summary>
    public int Start { get; }
    /// <summary>The speech's length.</summary>
    public int Length { get; }
    /// <summary>The speech on this line (label and timestamp removed).</summary>
    public string Text => Source.Substring(Start, Length);
}
