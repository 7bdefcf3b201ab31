using System.Collections.Generic;

namespace FindingsGen.Language.Tracing;

/// <summary>
/// Remembers quotations found verbatim, keyed by participant, transcript hash, interviewer labels and the
/// quotation's text, so an unchanged quotation is not traced again (part of a <see cref="TracingCache"/>).
/// Failures are never remembered: their messages depend on the other transcripts too. Bounded, thread-safe.
/// </summary>
internal sealed class VerbatimMemo
{
    private readonly int capacity;
    private readonly object gate = new();
    private readonly Dictionary<string, Entry> entries = new(System.StringComparer.Ordinal);

    public VerbatimMemo(int capacity)
    {
        this.capacity = capacity;
    }

    public readonly struct Entry
    {
        public Entry(string quotationHash, int firstLine, int lastLine)
        {
            QuotationHash = quotationHash;
            FirstLine = firstLine;
            LastLine = lastLine;
        }

        public string QuotationHash { get; }
        public int FirstLine { get; }
        public int LastLine { get; }
    }

    public bool TryGet(string key, out Entry entry)
    {
        lock (gate) return entries.TryGetValue(key, out entry);
    }

    public void Add(string key, Entry entry)
    {
        lock (gate)
        {
            if (entries.Count >= capacity) entries.Clear();
            entries[key] = entry;
        }
    }

    /// <summary>Forgets every result, the indexes kept (for the benchmark that times tracing alone).</summary>
    public void Clear()
    {
        lock (gate) entries.Clear();
    }
}
