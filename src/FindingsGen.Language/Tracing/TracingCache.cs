using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace FindingsGen.Language.Tracing;

/// <summary>
/// What tracing may keep from one run to the next: each transcript's index (keyed by the SHA-256 of its extracted text,
/// its format, owner and labels; the same string instance is recognised without rehashing) and the quotations found
/// verbatim. A host owns one and hands it in through <see cref="TracingInput.Cache"/>: the CLI's <c>check</c> and
/// <c>build</c> one per run (the transcripts are indexed on another core while the pages are parsed), <c>serve</c> one for
/// its life, so a re-trace after an edit finds every unchanged transcript indexed. Nothing is process-wide: a host that
/// hands none in traces from scratch; the analyzer keeps a small one of its own (<c>AnalyzerCache</c>). Bounded and thread-safe.
/// </summary>
public sealed class TracingCache
{
    private readonly int transcriptCapacity;
    private readonly object gate = new();
    private readonly Dictionary<string, IndexedTranscript> byHash = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<string, Dictionary<string, IndexedTranscript>> byInstance = new();

    /// <summary>
    /// A cache holding at most <paramref name="transcripts"/> indexes and <paramref name="verbatimResults"/> verbatim
    /// results; each part is emptied whole when full.
    /// </summary>
    public TracingCache(int transcripts = 512, int verbatimResults = 200_000)
    {
        transcriptCapacity = transcripts;
        Verbatim = new VerbatimMemo(verbatimResults);
    }

    private long traced;

    /// <summary>
    /// How many times a quotation was traced against a participant's transcript with this cache rather than found in it
    /// (each quotation once per participant it cites): how a test of <c>findings serve</c> sees that an edited transcript
    /// re-traces only its participant's quotations.
    /// </summary>
    public long QuotationsTraced => System.Threading.Interlocked.Read(ref traced);

    internal void CountTrace() => System.Threading.Interlocked.Increment(ref traced);

    /// <summary>The quotations found verbatim (failures are never remembered).</summary>
    internal VerbatimMemo Verbatim { get; }

    /// <summary>
    /// The index of <paramref name="source"/>, built if needed. <paramref name="declaredLabels"/> are the labels the
    /// manifest names (<see cref="SpeakerRoles.DeclaredLabels"/>: interviewer labels, <c>speakers:</c> labels,
    /// participant IDs): a declared label is a speaker label even where it is written once.
    /// </summary>
    public IndexedTranscript Index(TranscriptSource source, IReadOnlyList<string> interviewerLabels, IReadOnlyCollection<string>? declaredLabels = null)
    {
        if (source.Text is null && source.IndexFor(interviewerLabels, declaredLabels) is { } kept) return kept;
        string text = source.Text!;
        string labels = LabelsKey(source, interviewerLabels, declaredLabels);
        lock (gate)
        {
            if (byInstance.TryGetValue(text, out var perLabels) && perLabels.TryGetValue(labels, out var known)) return known;
        }

        string canonical = Sha256Hex.Canonical(text);
        string hash = Sha256Hex.Of(canonical);
        string key = hash + "\u0002" + labels;
        IndexedTranscript? entry;
        lock (gate)
        {
            byHash.TryGetValue(key, out entry);
        }
        if (entry is null)
        {
            entry = IndexedTranscript.Build(source, canonical, hash, interviewerLabels, declaredLabels);
            lock (gate)
            {
                if (byHash.Count >= transcriptCapacity) byHash.Clear();
                byHash[key] = entry;
            }
        }
        lock (gate)
        {
            var map = byInstance.GetOrCreateValue(text);
            map[labels] = entry;
        }
        return entry;
    }

    /// <summary>
    /// <paramref name="source"/> indexed (<see cref="Index"/>: found by content or built) and returned without its text,
    /// carrying the index (<see cref="TranscriptSource.Indexed"/>): a host that reads a large study hands each transcript
    /// here as it reads it, so only the compact indexes stay in memory, never every text at once. Tracing must then be
    /// given the same labels (the manifest's); an unreadable source is returned as it is.
    /// </summary>
    public TranscriptSource IndexAndRelease(TranscriptSource source, IReadOnlyList<string> interviewerLabels, IReadOnlyCollection<string>? declaredLabels = null)
    {
        if (source.Text is null) return source;
        return source.Released(Index(source, interviewerLabels, declaredLabels), LabelsKey(source, interviewerLabels, declaredLabels));
    }

    /// <summary>
    /// What an index depends on besides the text: the same text read as .vtt or as .txt gives different speech, and
    /// declared labels decide what is a label, so the format, the participant and the labels are part of every key.
    /// </summary>
    internal static string LabelsKey(TranscriptSource source, IReadOnlyList<string> interviewerLabels, IReadOnlyCollection<string>? declaredLabels) =>
        string.Join("\u0001", interviewerLabels) + "\u0002" + source.Format + "\u0002" + source.Participant +
        (declaredLabels is null ? "" : "\u0002" + string.Join("\u0001", declaredLabels));
}
