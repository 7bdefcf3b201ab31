namespace FindingsGen.Language.Tracing;

/// <summary>A participant's transcript as a host found it: its extracted text, or why it could not be read.</summary>
public sealed class TranscriptSource
{
    /// <summary>
    /// A readable transcript. <paramref name="format"/> is the name of its row in <see cref="Transcripts.TranscriptFormat.All"/>
    /// (<c>txt</c>, <c>md</c>, <c>vtt</c>, <c>srt</c>, <c>docx</c>); a .docx is already extracted to paragraph lines.
    /// </summary>
    public TranscriptSource(string participant, string path, string format, string text)
    {
        Participant = participant;
        Path = path;
        Format = format;
        Text = text;
    }

    private TranscriptSource(string participant, string path, string problem, bool _)
    {
        Participant = participant;
        Path = path;
        Format = "";
        Problem = problem;
    }

    /// <summary>A transcript that exists but cannot be used; <paramref name="problem"/> says why (no transcript text in it).</summary>
    public static TranscriptSource Unreadable(string participant, string path, string problem) => new(participant, path, problem, false);

    /// <summary>The participant ID.</summary>
    public string Participant { get; }
    /// <summary>The file name, for messages and provenance (never a private absolute path).</summary>
    public string Path { get; }
    /// <summary>The format.</summary>
    public string Format { get; }
    /// <summary>The extracted text, or null when unreadable.</summary>
    public string? Text { get; }
    /// <summary>
    /// True when <see cref="Text"/> is not the file's bytes as UTF-8 (a .docx extracted, UTF-16 decoded): a host that
    /// passes transcripts on as files (the build step) passes this text rather than the file.
    /// </summary>
    public bool Converted { get; set; }
    /// <summary>Why it cannot be read, or null.</summary>
    public string? Problem { get; }
}
