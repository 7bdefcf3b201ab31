using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

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
        // The same text read as .vtt or as .txt gives different speech: the format is part of every key.
        string labels = string.Join("\u0001", interviewerLabels) + "\u0002" + source.Format;
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
            var lines = source.Format == "vtt" ? VttTranscriptReader.Read(canonical) : TextTranscriptReader.Read(canonical);
            var interviewer = new HashSet<string>(interviewerLabels, StringComparer.OrdinalIgnoreCase);
            entry = new IndexedTranscript(hash, TranscriptIndex.Build(lines, label => interviewer.Contains(label)));
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

    /// <summary>The speech lines of <paramref name="source"/> as the index reads them (for <c>findings transcripts</c>).</summary>
    public static List<TranscriptLine> ReadLines(TranscriptSource source)
    {
        string canonical = Sha256Hex.Canonical(source.Text!);
        return source.Format == "vtt" ? VttTranscriptReader.Read(canonical) : TextTranscriptReader.Read(canonical);
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
