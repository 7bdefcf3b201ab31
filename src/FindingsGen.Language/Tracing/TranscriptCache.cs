using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using FindingsGen.Language.Transcripts;

namespace FindingsGen.Language.Tracing;

/// <summary>
/// Indexes transcripts once per content and keeps them between runs (watch mode, the compiler server).
/// Keyed by the SHA-256 of the extracted text and the interviewer labels; the same string instance is
/// recognised without rehashing. Bounded, thread-safe, and holding only what the host already holds.
/// </summary>
public static class TranscriptCache
{
    private const int Capacity = 512;
    private static readonly object Gate = new();
    private static readonly Dictionary<string, IndexedTranscript> ByHash = new(StringComparer.Ordinal);
    private static readonly ConditionalWeakTable<string, Dictionary<string, IndexedTranscript>> ByInstance = new();

    /// <summary>
    /// The index of <paramref name="source"/>, built if needed. <paramref name="declaredLabels"/> are the labels the
    /// manifest names (<see cref="SpeakerRoles.DeclaredLabels"/>: interviewer labels, <c>speakers:</c> labels,
    /// participant IDs): a declared label is a speaker label even where it is written once.
    /// </summary>
    public static IndexedTranscript Get(TranscriptSource source, IReadOnlyList<string> interviewerLabels, IReadOnlyCollection<string>? declaredLabels = null)
    {
        string text = source.Text!;
        // The same text read as .vtt or as .txt gives different speech, and declared labels decide what is a label:
        // the format, the participant and the declared labels are part of every key.
        string labels = string.Join("\u0001", interviewerLabels) + "\u0002" + source.Format + "\u0002" + source.Participant +
            (declaredLabels is null ? "" : "\u0002" + string.Join("\u0001", declaredLabels));
        lock (Gate)
        {
            if (ByInstance.TryGetValue(text, out var perLabels) && perLabels.TryGetValue(labels, out var known)) return known;
        }

        string canonical = Sha256Hex.Canonical(text);
        string hash = Sha256Hex.Of(canonical);
        string key = hash + "\u0002" + labels;
        IndexedTranscript? entry;
        lock (Gate)
        {
            ByHash.TryGetValue(key, out entry);
        }
        if (entry is null)
        {
            var reading = Read(source, canonical, interviewerLabels, declaredLabels);
            entry = new IndexedTranscript(hash, TranscriptIndex.Build(reading.Lines), reading.Layout,
                (reading.Style & LabelStyle.UnlabelledLines) != 0);
            lock (Gate)
            {
                if (ByHash.Count >= Capacity) ByHash.Clear();
                ByHash[key] = entry;
            }
        }
        lock (Gate)
        {
            var map = ByInstance.GetOrCreateValue(text);
            map[labels] = entry;
        }
        return entry;
    }

    /// <summary>
    /// <paramref name="source"/> read exactly as the index reads it: its layout and speech lines (for
    /// <c>findings transcripts</c>, which shows how each transcript was read).
    /// </summary>
    public static TranscriptReading Read(TranscriptSource source, IReadOnlyList<string> interviewerLabels, IReadOnlyCollection<string>? declaredLabels = null) =>
        Read(source, Sha256Hex.Canonical(source.Text!), interviewerLabels, declaredLabels);

    private static TranscriptReading Read(TranscriptSource source, string canonical, IReadOnlyList<string> interviewerLabels, IReadOnlyCollection<string>? declaredLabels)
    {
        var format = TranscriptFormat.ForName(source.Format) ?? TranscriptFormat.Text;
        var known = interviewerLabels.Concat(new[] { source.Participant });
        if (declaredLabels is not null) known = known.Concat(declaredLabels);
        return format.Read(canonical, known);
    }

    /// <summary>Forgets every index and remembered result (for benchmarks that measure a cold start).</summary>
    public static void Clear()
    {
        lock (Gate)
        {
            ByHash.Clear();
        }
        VerbatimMemo.Clear();
    }
}
