using System.Collections.Generic;
using System.IO;
using System.Linq;
using FindingsGen.Language;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Files;

/// <summary>Writes findings.lock from a check's verified traces, atomically.</summary>
public static class LockWriter
{
    /// <summary>
    /// Writes the lock beside findings.yml; returns the line to print. A quotation whose transcript could not be read
    /// this time (FG0105: moved away, not synced, unreadable) keeps its entries of <paramref name="previousLock"/>
    /// unchanged: the lock is the record public CI relies on, and a missing file is no reason to forget what was verified.
    /// When those entries cannot be known (the lock there cannot be read), nothing is written and the reason is returned.
    /// </summary>
    public static string Write(string studyRoot, CheckResult result, string? previousLock) => Write(studyRoot, result, previousLock, out _);

    /// <summary>As <see cref="Write(string, CheckResult, string?)"/>; <paramref name="written"/> says whether the lock was written.</summary>
    public static string Write(string studyRoot, CheckResult result, string? previousLock, out bool written)
    {
        written = false;
        var entries = Entries(result);
        string path = Path.Combine(studyRoot, LockFile.FileName);
        var untraced = result.Traces.Where(t => t.Status == TraceStatus.NoTranscript)
            .Select(t => (t.Participant, t.QuotationHash)).ToHashSet();
        int kept = 0;
        var keptFor = new SortedSet<string>(System.StringComparer.Ordinal);
        if (untraced.Count > 0 && (previousLock is not null || File.Exists(path)))
        {
            var previous = previousLock is null ? null : LockFile.Read(previousLock, out _);
            if (previous is null)
            {
                return $"{LockFile.FileName} not written: some quotations could not be traced (their transcripts could not be read), " +
                       $"and the {LockFile.FileName} there cannot be read to keep their entries; restore the transcripts, or fix or remove {LockFile.FileName}, and run again";
            }
            foreach (var entry in previous.Where(e => untraced.Contains((e.Participant, e.QuotationHash))))
            {
                entries.Add(entry);
                kept++;
                keptFor.Add(entry.Participant);
            }
        }
        // A fresh name, created only if nothing is there: a file or a link already at a fixed temporary name would be
        // written through (a link to a file outside the study would have it overwritten). The rename then replaces
        // findings.lock itself, never what a link there points to.
        string temp = path + "." + System.Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)))
            {
                writer.Write(LockFile.Write(entries));
            }
            File.Move(temp, path, overwrite: true);
            written = true;
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
        return Summary(entries) + (kept == 0 ? "" :
            $"; {kept} kept unchanged from the previous {LockFile.FileName}, since the transcripts of {string.Join(", ", keptFor)} could not be read this time");
    }

    /// <summary>The lock's text for a check's traces (findings new writes it as a new file, never over one).</summary>
    public static string Text(CheckResult result) => LockFile.Write(Entries(result));

    /// <summary>What the lock records: every verbatim or near-verbatim trace with its transcript's hash.</summary>
    private static List<LockEntry> Entries(CheckResult result) => result.Traces
        .Where(t => t.Status is TraceStatus.Verbatim or TraceStatus.NearVerbatim && t.TranscriptHash is not null)
        .Select(t => new LockEntry(t.QuotationHash, t.Participant, t.TranscriptHash!, t.FirstLine, t.LastLine,
            t.Status != TraceStatus.Verbatim ? LockEntry.NearVerbatim : t.SpeakersUnknown ? LockEntry.VerbatimSpeakersUnknown : LockEntry.Verbatim, t.GroupTranscript))
        .ToList();

    private static string Summary(List<LockEntry> entries)
    {
        // A near-verbatim entry is recorded (so public CI can say it is near-verbatim) but never called verified.
        int verified = entries.Where(e => e.Match == LockEntry.Verbatim).Select(e => e.QuotationHash).Distinct().Count();
        int near = entries.Where(e => e.Match == LockEntry.NearVerbatim).Select(e => e.QuotationHash).Distinct().Count();
        int unknown = entries.Where(e => e.Match == LockEntry.VerbatimSpeakersUnknown).Select(e => e.QuotationHash).Distinct().Count();
        return $"{LockFile.FileName}: {verified} verified quotation trace(s) recorded" + (near == 0 ? "" : $", and {near} near-verbatim") +
               (unknown == 0 ? "" : $", and {unknown} found where speakers cannot be told apart (not verified)");
    }
}
