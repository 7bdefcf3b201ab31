using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Model;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Site;

/// <summary>
/// How a reader is told that a quotation was verified (never any transcript text): the structured
/// <see cref="QuotationProvenance"/> made from the traces, its label, its sentence (findings.json, quotations.csv) and
/// the notes the disclosure on the page holds — each mode worded for what was, and was not, checked.
/// </summary>
public static class Provenance
{
    /// <summary>The traces of each quotation, looked up once per build.</summary>
    public static ILookup<Quotation, TraceRecord> ByQuotation(IReadOnlyList<TraceRecord> traces) => traces.ToLookup(t => t.Quotation);

    /// <summary>The provenance of a quotation from its traces (one per participant); <paramref name="translated"/> when it is a translation whose original was traced.</summary>
    public static QuotationProvenance Of(IEnumerable<TraceRecord> traces, bool translated)
    {
        var entries = traces.Select(Entry).ToList();
        return new QuotationProvenance(entries, QuotationProvenance.Overall(entries), translated);
    }

    private static ProvenanceEntry Entry(TraceRecord t)
    {
        bool fromLock = t.Status == TraceStatus.FromLock;
        var mode = t.Status == TraceStatus.NearVerbatim ? ProvenanceMode.NearVerbatim
            : t.SpeakersUnknown && (t.Status == TraceStatus.Verbatim || fromLock) ? ProvenanceMode.SpeakersUnknown
            : t.IsNearVerbatim ? ProvenanceMode.NearVerbatim
            : t.Status == TraceStatus.Verbatim ? ProvenanceMode.Verbatim
            : fromLock ? ProvenanceMode.FromLock
            : ProvenanceMode.NotVerified;
        // From the lock: the line range and the transcript's SHA-256 it recorded when the transcripts were there.
        return new ProvenanceEntry(t.Participant, mode, fromLock, t.FirstLine, t.LastLine, fromLock ? t.LockedTranscriptHash : t.TranscriptHash, NotVerifiedReason(t));
    }

    private static string? NotVerifiedReason(TraceRecord t) => t.Status switch
    {
        TraceStatus.NotFound => "these words were not found in {0}'s transcript",
        TraceStatus.Misattributed => "these words were found in another participant's transcript, not {0}'s",
        TraceStatus.Interviewer => "these words were found only in the interviewer's turns of {0}'s transcript",
        TraceStatus.NoTranscript => "{0} has no readable transcript",
        TraceStatus.Unverified => "the transcripts were not available to this build, and findings.lock does not record this quotation for {0}",
        _ => null,
    };

    /// <summary>One sentence per participant, e.g. "verified verbatim in T3's transcript, lines 120–128; transcript SHA-256 9c1e…".</summary>
    public static string Describe(IEnumerable<TraceRecord> traces) => Of(traces, translated: false).Sentence;

    /// <summary>The sentence of <paramref name="provenance"/> (what findings.json and quotations.csv say): "not traced", or one clause per participant.</summary>
    public static string Sentence(QuotationProvenance provenance) =>
        provenance.Entries.Count == 0 ? "not traced" : string.Join("; ", provenance.Entries.Select(Sentence));

    private static string Sentence(ProvenanceEntry e)
    {
        string lines = e.Lines ?? "line 0";
        string hash = e.TranscriptHash is { Length: >= 12 } h ? "; transcript SHA-256 " + h.Substring(0, 12) + "\u2026" : "";
        return e.Mode switch
        {
            ProvenanceMode.SpeakersUnknown when e.FromLock => $"found for {e.Participant} where speakers cannot be told apart, as recorded in findings.lock (not verified)",
            ProvenanceMode.SpeakersUnknown => $"found verbatim in {e.Participant}'s transcript, {lines}, where speakers cannot be told apart (not verified){hash}",
            ProvenanceMode.Verbatim => $"verified verbatim in {e.Participant}'s transcript, {lines}{hash}",
            ProvenanceMode.NearVerbatim when e.FromLock => $"near-verbatim for {e.Participant}, as recorded in findings.lock",
            ProvenanceMode.NearVerbatim => $"near-verbatim in {e.Participant}'s transcript, {lines}{hash}",
            ProvenanceMode.FromLock => $"verified for {e.Participant} from findings.lock" + (e.Lines is { } locked ? $", {locked} of the transcript{hash}" : ""),
            _ => $"not verified for {e.Participant}",
        };
    }

    /// <summary>
    /// The disclosure's label, a word or two that say the mode. Only a verified quotation's label says "✓ verified"
    /// (a near-verbatim one says "≈ near-verbatim"); the first character is a symbol a screen reader is not given.
    /// </summary>
    public static string Label(ProvenanceMode mode, bool translated) => Symbol(mode) + " " + LabelText(mode, translated);

    /// <summary>The symbol before the label: ✓ for verified, ≈ near-verbatim, ? speakers unknown, ✗ not verified, – not traced.</summary>
    public static string Symbol(ProvenanceMode mode) => mode switch
    {
        ProvenanceMode.Verbatim or ProvenanceMode.FromLock => "\u2713",
        ProvenanceMode.NearVerbatim => "\u2248",
        ProvenanceMode.SpeakersUnknown => "?",
        ProvenanceMode.NotVerified => "\u2717",
        _ => "\u2013",
    };

    /// <summary>The label's words (what a screen reader says): "verified", "original verified", "verified (lock)", "near-verbatim", …</summary>
    public static string LabelText(ProvenanceMode mode, bool translated) => mode switch
    {
        ProvenanceMode.Verbatim => translated ? "original verified" : "verified",
        ProvenanceMode.FromLock => translated ? "original verified (lock)" : "verified (lock)",
        ProvenanceMode.NearVerbatim => "near-verbatim",
        ProvenanceMode.SpeakersUnknown => "speaker unchecked",
        ProvenanceMode.NotVerified => "not verified",
        _ => "not traced",
    };

    /// <summary>
    /// What the disclosure says for one participant, as plain sentences (the caller escapes them); the transcript's
    /// SHA-256 is given apart (<see cref="ProvenanceEntry.TranscriptHash"/>), in full.
    /// </summary>
    public static string Note(ProvenanceEntry e)
    {
        string at = e.Lines is { } lines ? $"{e.Participant}'s transcript, {lines}" : $"{e.Participant}'s transcript";
        const string noTranscripts = "the transcripts were not available to this build";
        return e.Mode switch
        {
            ProvenanceMode.Verbatim => $"Verified verbatim in {at}.",
            ProvenanceMode.FromLock => $"Verified from findings.lock: {noTranscripts}; the lock, written by 'findings check --update-lock' where they were, records these words as found verbatim in {at} (the line range and the transcript's SHA-256 below are the lock's; it never holds the transcript's text).",
            ProvenanceMode.NearVerbatim when e.FromLock => $"Near-verbatim, not verified: {noTranscripts}; findings.lock records these words as differing in a few places from {at}.",
            ProvenanceMode.NearVerbatim => $"Near-verbatim, not verified: these words differ in a few places from {at}.",
            ProvenanceMode.SpeakersUnknown when e.FromLock => $"Not verified: {noTranscripts}; findings.lock records these words as found in {e.Participant}'s transcript where its speakers cannot be told apart, so whose words they are was not checked.",
            ProvenanceMode.SpeakersUnknown => $"Not verified: these words are in {at}, but its speakers cannot be told apart, so whose words they are was not checked.",
            _ => "Not verified: " + string.Format(System.Globalization.CultureInfo.InvariantCulture, e.Reason ?? "no check of {0}'s transcript verified these words", e.Participant) + ".",
        };
    }

    /// <summary>What the disclosure says when there is no trace at all.</summary>
    public const string NotTracedNote = "Not traced: these words were not checked against any transcript.";

    /// <summary>What the disclosure adds for a translation: the original is what was checked, the translation is the authors'.</summary>
    public const string TranslatedNote = "This is the authors' translation: the original, shown with it, is what was checked against the transcript.";
}
