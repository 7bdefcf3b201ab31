using System.Collections.Generic;

namespace FindingsGen.Language.Tracing;

/// <summary>
/// Remembers quotations found verbatim, keyed by participant, transcript hash, interviewer labels and the
/// quotation's text, so an unchanged quotation is not traced again (watch mode, the compiler server).
/// Failures are never remembered: their messages depend on the other transcripts too. Bounded, thread-safe.
/// </summary>
internal static class VerbatimMemo
{
    private const int Capacity = 200_000;
    private static readonly object Gate = new();
    private static readonly Dictionary<string, Entry> Entries = new(System.StringComparer.Ordinal);

    public readonly struct Entry
    {
        public Entry(string quoteHash, int firstLine, int lastLine)
        {
            QuoteHash = quoteHash;
            FirstLine = firstLine;
            LastLine = lastLine;
        }

        public string QuoteHash { get; }
        public int FirstLine { get; }
        public int LastLine { get; }
    }

    public static bool TryGet(string key, out Entry entry)
    {
        lock (Gate) return Entries.TryGetValue(key, out entry);
    }

    public static void Add(string key, Entry entry)
    {
        lock (Gate)
        {
            if (Entries.Count >= Capacity) Entries.Clear();
            Entries[key] = entry;
        }
    }

    public static void Clear()
    {
        lock (Gate) Entries.Clear();
    }
}
