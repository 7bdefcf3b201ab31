using System.Collections.Generic;

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

    private TranscriptSource(TranscriptSource read, IndexedTranscript index, string labels)
    {
        Participant = read.Participant;
        Path = read.Path;
        Format = read.Format;
        Converted = read.Converted;
        Indexed = index;
        indexedFor = labels;
    }

    private readonly string? indexedFor;

    /// <summary>The same transcript with its text let go and its index kept (<see cref="TracingCache.IndexAndRelease"/>).</summary>
    internal TranscriptSource Released(IndexedTranscript index, string labels) => new(this, index, labels);

    /// <summary>
    /// The index built when the host read it, for these labels, or null (no index kept: build one from <see cref="Text"/>).
    /// An index kept for other labels is a host's mistake that would match against the wrong speakers: refused, never used.
    /// </summary>
    internal IndexedTranscript? IndexFor(IReadOnlyList<string> interviewerLabels, IReadOnlyCollection<string>? declaredLabels)
    {
        if (Indexed is null) return null;
        if (indexedFor != TracingCache.LabelsKey(this, interviewerLabels, declaredLabels))
        {
            throw new System.InvalidOperationException($"the transcript {Path} was indexed for other speaker labels than tracing uses");
        }
        return Indexed;
    }

    /// <summary>A transcript that exists but cannot be used; <paramref name="problem"/> says why (no transcript text in it).</summary>
    public static TranscriptSource Unreadable(string participant, string path, string problem) => new(participant, path, problem, false);

    /// <summary>The participant ID.</summary>
    public string Participant { get; }
    /// <summary>The file name, for messages and provenance (never a private absolute path).</summary>
    public string Path { get; }
    /// <summary>The format.</summary>
    public string Format { get; }
    /// <summary>
    /// The extracted text, or null when unreadable or when the host let it go once indexed (<see cref="Indexed"/>;
    /// <see cref="Readable"/> tells the two apart).
    /// </summary>
    public string? Text { get; }
    /// <summary>
    /// The index built as the host read the transcript, its text then let go (<see cref="TracingCache.IndexAndRelease"/>:
    /// a large study's texts are not all held at once), or null.
    /// </summary>
    public IndexedTranscript? Indexed { get; }
    /// <summary>True when the transcript can be traced: it has its text, or the index built from it.</summary>
    public bool Readable => Text is not null || Indexed is not null;
    /// <summary>
    /// True when <see cref="Text"/> is not the file's bytes as UTF-8 (a .docx extracted, UTF-16 decoded): a host that
    /// passes transcripts on as files (the build step) passes this text rather than the file.
    /// </summary>
    public bool Converted { get; set; }
    /// <summary>Why it cannot be read, or null.</summary>
    public string? Problem { get; }
}
