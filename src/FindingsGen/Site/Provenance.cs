using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FindingsGen.Language.Model;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Site;

/// <summary>How a reader is told that a quotation was verified (never any transcript text).</summary>
public static class Provenance
{
    /// <summary>The traces of each quotation, looked up once per build.</summary>
    public static ILookup<Quotation, TraceRecord> ByQuotation(IReadOnlyList<TraceRecord> traces) => traces.ToLookup(t => t.Quotation);

    /// <summary>One sentence per participant, e.g. "verified verbatim in T3's transcript, lines 120–128; transcript SHA-256 9c1e…".</summary>
    public static string Describe(IEnumerable<TraceRecord> traces)
    {
        var mine = traces.ToList();
        if (mine.Count == 0) return "not traced";
        return string.Join("; ", mine.Select(Describe));
    }

    private static string Describe(TraceRecord t)
    {
        string lines = t.FirstLine == t.LastLine
            ? "line " + t.FirstLine.ToString(CultureInfo.InvariantCulture)
            : $"lines {t.FirstLine}\u2013{t.LastLine}";
        string hash = t.TranscriptHash is { Length: >= 12 } h ? "; transcript SHA-256 " + h.Substring(0, 12) + "\u2026" : "";
        return t.Status switch
        {
            TraceStatus.Verbatim when t.SpeakersUnknown => $"found verbatim in {t.Participant}'s transcript, {lines}, where speakers cannot be told apart (not verified){hash}",
            TraceStatus.Verbatim => $"verified verbatim in {t.Participant}'s transcript, {lines}{hash}",
            TraceStatus.FromLock when t.SpeakersUnknown => $"found for {t.Participant} where speakers cannot be told apart, as recorded in findings.lock (not verified)",
            TraceStatus.NearVerbatim => $"near-verbatim in {t.Participant}'s transcript, {lines}{hash}",
            TraceStatus.FromLock when t.LockedNearVerbatim => $"near-verbatim for {t.Participant}, as recorded in findings.lock",
            TraceStatus.FromLock => $"verified for {t.Participant} from findings.lock",
            _ => $"not verified for {t.Participant}",
        };
    }
}
