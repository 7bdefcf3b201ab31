using System.IO;
using System.Linq;
using FindingsGen.Language;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Cli;

/// <summary>Writes findings.lock from a check's verified traces, atomically.</summary>
public static class LockWriter
{
    /// <summary>Writes the lock beside findings.yml; returns the line to print.</summary>
    public static string Write(string studyRoot, CheckResult result)
    {
        var entries = result.Traces
            .Where(t => t.Status is TraceStatus.Verbatim or TraceStatus.NearVerbatim && t.TranscriptHash is not null)
            .Select(t => new LockEntry(t.QuoteHash, t.Participant, t.TranscriptHash!, t.FirstLine, t.LastLine,
                t.Status == TraceStatus.Verbatim ? "verbatim" : "near-verbatim"))
            .ToList();
        string path = Path.Combine(studyRoot, LockFile.FileName);
        string temp = path + ".tmp";
        File.WriteAllText(temp, LockFile.Write(entries));
        File.Move(temp, path, overwrite: true);
        int quotations = entries.Select(e => e.Quote).Distinct().Count();
        return $"{LockFile.FileName}: {quotations} verified quotation trace(s) recorded";
    }
}
