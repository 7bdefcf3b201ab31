using System.Collections.Generic;
using System.IO;
using System.Linq;
using FindingsGen.Language;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Files;

/// <summary>Writes findings.lock from a check's verified traces, atomically.</summary>
public static class LockWriter
{
    /// <summary>Writes the lock beside findings.yml; returns the line to print.</summary>
    public static string Write(string studyRoot, CheckResult result)
    {
        var entries = Entries(result);
        string path = Path.Combine(studyRoot, LockFile.FileName);
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
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
        return Summary(entries);
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
