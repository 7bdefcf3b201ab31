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

    /// <summary>The index of <paramref name="source"/>, built if needed.</summary>
    public static IndexedTranscript Get(TranscriptSource source, IReadOnlyList<string> interviewerLabels)
    {
        string text = source.Text!;
        // The same text read as .vtt or as .txt gives different speech, and declared labels decide what is a label:
        // the format and the participant are part of every key.
        string labels = string.Join("\u0001", interviewerLabels) + "\u0002" + source.Format + "\u0002" + source.Participant;
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
            var format = TranscriptFormat.ForName(source.Format) ?? TranscriptFormat.Text;
            var reading = format.Read(canonical, interviewerLabels.Concat(new[] { source.Participant }));
            var interviewer = new HashSet<string>(interviewerLabels, StringComparer.OrdinalIgnoreCase);
            entry = new IndexedTranscript(hash, TranscriptIndex.Build(reading.Lines, label => interviewer.Contains(label)), reading.Layout);
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
