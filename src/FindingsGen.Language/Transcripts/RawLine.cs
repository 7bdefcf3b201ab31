namespace FindingsGen.Language.Transcripts;

/// <summary>A line of a transcript before speakers are read: where it is, and a speaker its markup gives (a VTT voice tag).</summary>
internal readonly struct RawLine
{
    public RawLine(int line, string source, int start, int end, string? voice = null, bool cueStart = false)
    {
        Line = line;
        Source = source;
        Start = start;
        End = end;
        Voice = voice;
        CueStart = cueStart;
    }

    /// <summary>1-based line (or paragraph) in the file.</summary>
    public int Line { get; }
    public string Source { get; }
    public int Start { get; }
    public int End { get; }
    /// <summary>The speaker named by markup (a <c>&lt;v&gt;</c> tag), or null.</summary>
    public string? Voice { get; }
    /// <summary>True for the first text line of a cue (VTT, SRT).</summary>
    public bool CueStart { get; }
}
