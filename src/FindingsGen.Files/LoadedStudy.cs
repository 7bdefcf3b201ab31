using System.Threading.Tasks;
using FindingsGen.Language;
using FindingsGen.Language.Manifest;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Files;

/// <summary>A study folder read from disk by <see cref="StudyLoader.Load"/>: the core's <see cref="StudyInput"/> and what the hosts need besides.</summary>
public sealed class LoadedStudy
{
    private readonly StudyInput input;
    private Task<TracingInput?>? pendingTracing;

    internal LoadedStudy(string root, StudyInput input, Task<TracingInput?> tracing, TranscriptIdentities transcripts)
    {
        Root = root;
        this.input = input;
        pendingTracing = tracing;
        Transcripts = transcripts;
    }

    /// <summary>The study's transcripts by identity: no page and no template override may be one of them.</summary>
    public TranscriptIdentities Transcripts { get; }

    /// <summary>The study folder, absolute.</summary>
    public string Root { get; }

    /// <summary>The texts for the core, transcripts included (waits for them: they are read in the background while pages are parsed).</summary>
    public StudyInput Input
    {
        get
        {
            if (pendingTracing is { } reading)
            {
                input.Tracing = reading.GetAwaiter().GetResult();
                pendingTracing = null;
            }
            return input;
        }
    }

    /// <summary>The manifest and the pages, without waiting for the transcripts: enough to parse.</summary>
    public StudyInput PagesInput => input;

    /// <summary>The manifest.</summary>
    public StudyManifest Manifest => input.Manifest;
}
