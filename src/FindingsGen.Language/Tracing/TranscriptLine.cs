namespace FindingsGen.Language.Tracing;

/// <summary>One line (or paragraph, or cue line) of speech, with its speaker and the turn it belongs to.</summary>
public readonly struct TranscriptLine
{
    /// <summary>Creates a line.</summary>
    public TranscriptLine(int turn, string speaker, int line, string text)
    {
        Turn = turn;
        Speaker = speaker;
        Line = line;
        Text = text;
    }

    /// <summary>The turn number (0-based); consecutive lines of one turn share it.</summary>
    public int Turn { get; }
    /// <summary>The speaker label as written; empty for an unlabelled transcript.</summary>
    public string Speaker { get; }
    /// <summary>1-based line in the file (paragraph number for .docx).</summary>
    public int Line { get; }
    /// <summary>The speech on this line (label and timestamp removed).</summary>
    public string Text { get; }
}
