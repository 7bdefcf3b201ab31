using System.Collections.Generic;

namespace FindingsGen.Language.Tracing;

/// <summary>What the host found of the private data: transcripts, the lock, the identifiers list.</summary>
public sealed class TracingInput
{
    /// <summary>True when the transcripts folder exists and holds at least one transcript.</summary>
    public bool TranscriptsAvailable { get; set; }
    /// <summary>The transcripts found, by participant ID.</summary>
    public Dictionary<string, TranscriptSource> Transcripts { get; } = new(System.StringComparer.Ordinal);
    /// <summary>
    /// The group transcripts (<c>transcripts.groups</c>: focus groups shared by several participants), readable or not,
    /// in path order. Their <see cref="TranscriptSource.Participant"/> is empty.
    /// </summary>
    public List<TranscriptSource> Groups { get; } = new();
    /// <summary>Problems locating transcripts for a participant (ambiguous match, outside the folder…), by participant ID.</summary>
    public Dictionary<string, string> Missing { get; } = new(System.StringComparer.Ordinal);
    /// <summary>
    /// Why the transcripts folder the host was told to use instead of the manifest's (FINDINGS_TRANSCRIPTS) gave no
    /// transcript (it does not exist, or holds none), or null: a warning (FG0106) where <c>transcripts.path</c> is written,
    /// so a typo or an unmounted drive is never mistaken for a public checkout that rightly relies on findings.lock.
    /// </summary>
    public string? TranscriptsFolderProblem { get; set; }
    /// <summary>The text of findings.lock, or null.</summary>
    public string? LockText { get; set; }
    /// <summary>How many transcripts may be indexed at once (1 inside the compiler; the CLI uses every core).</summary>
    public int Parallelism { get; set; } = 1;
    /// <summary>
    /// What may be kept between runs (indexes, verbatim results), owned by the host: one per CLI run, one for the life of
    /// <c>serve</c>, a small one the analyzer keeps for the compiler server's life. Null: every transcript is indexed
    /// from scratch and nothing outlives the trace.
    /// </summary>
    public TracingCache? Cache { get; set; }
    /// <summary>The text of the private identifiers list, or null when there is none or it is not available.</summary>
    public string? IdentifiersText { get; set; }
    /// <summary>
    /// Why the identifiers list named in the manifest could not be read (FG0201 at <c>identifiers:</c>), or null:
    /// the privacy screen never switches itself off without saying so.
    /// </summary>
    public string? IdentifiersProblem { get; set; }
}
