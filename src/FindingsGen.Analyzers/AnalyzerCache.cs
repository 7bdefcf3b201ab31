using FindingsGen.Language.Tracing;

namespace FindingsGen.Analyzers;

/// <summary>
/// The analyzer's only state, kept for the life of the compiler server: transcripts' indexes and verbatim results, so a
/// re-build after editing one page does not index every transcript again. Keyed by content alone (each transcript's
/// SHA-256 with its format, owner and labels; each result by the quotation's words and that hash), so nothing in it
/// belongs to one compilation and no stale answer can come out of it. Bounded: at most 256 transcripts' indexes and
/// 20,000 results, each part emptied whole when full. Measured with the AnalyzerBenchmarks (bench/FindingsGen.Benchmarks,
/// one page of 50 edited, 100 transcripts of ~8,000 words): without it a re-analysis took about twice as long and
/// allocated 41.9 MB instead of 7.5 MB (docs/performance.md).
/// </summary>
internal static class AnalyzerCache
{
    /// <summary>The cache every analysis in this process shares.</summary>
    public static readonly TracingCache Tracing = new(transcripts: 256, verbatimResults: 20_000);
}
