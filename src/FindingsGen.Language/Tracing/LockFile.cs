using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FindingsGen.Language.Manifest;

namespace FindingsGen.Language.Tracing;

/// <summary>
/// Reads and writes <c>findings.lock</c>: one entry per verified quotation and participant, sorted, so the
/// file is deterministic and diffs line by line. It holds hashes and line numbers, never transcript text.
/// </summary>
public static class LockFile
{
    /// <summary>The file name, beside findings.yml.</summary>
    public const string FileName = "findings.lock";

    /// <summary>The lock's text for these entries.</summary>
    public static string Write(IEnumerable<LockEntry> entries)
    {
        var builder = new StringBuilder();
        builder.Append("# findings.lock: the record of quotation tracing, written by `findings check --update-lock`.\n");
        builder.Append("# It holds hashes and line numbers, never transcript text. Commit it with the study.\n");
        builder.Append("version: 1\n");
        builder.Append("quotations:\n");
        foreach (var e in entries.OrderBy(e => e.Participant, StringComparer.Ordinal).ThenBy(e => e.QuotationHash, StringComparer.Ordinal)
                     .GroupBy(e => (e.Participant, e.QuotationHash)).Select(g => g.First()))
        {
            builder.Append("  - quote: ").Append(e.QuotationHash).Append('\n');
            builder.Append("    participant: \"").Append(e.Participant.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append("\"\n");
            builder.Append("    transcript: ").Append(e.Transcript).Append('\n');
            builder.Append("    lines: ").Append(e.FirstLine.ToString(CultureInfo.InvariantCulture));
            if (e.LastLine != e.FirstLine) builder.Append('-').Append(e.LastLine.ToString(CultureInfo.InvariantCulture));
            builder.Append('\n');
            builder.Append("    match: ").Append(e.Match).Append('\n');
            // A focus group's quotation: which group transcript held it (a file name, never a speaker label).
            if (e.Group is { } group) builder.Append("    group: \"").Append(group.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append("\"\n");
        }
        return builder.ToString();
    }

    /// <summary>Reads a lock; returns null with a reason when it cannot be read.</summary>
    public static List<LockEntry>? Read(string text, out string? problem)
    {
        problem = null;
        var problems = new List<SafeYamlReader.Problem>();
        var root = SafeYamlReader.Read(text, problems);
        if (problems.Count > 0)
        {
            problem = $"line {problems[0].Line}: {problems[0].Message}";
            return null;
        }
        var entries = new List<LockEntry>();
        if (root is null) return entries;
        if (root is not YamlMapping map)
        {
            problem = "it is not a mapping";
            return null;
        }
        var quotations = map.Entries.FirstOrDefault(e => e.Key.Value == "quotations").Value;
        if (quotations is YamlScalar { IsNull: true } || quotations is null) return entries;
        if (quotations is not YamlSequence seq)
        {
            problem = "'quotations' is not a list";
            return null;
        }
        foreach (var item in seq.Items)
        {
            if (item is not YamlMapping entry)
            {
                problem = $"line {item.Line}: an entry is not a mapping";
                return null;
            }
            string Get(string key) => entry.Entries.FirstOrDefault(e => e.Key.Value == key).Value is YamlScalar s ? s.Value : "";
            string lines = Get("lines");
            int dash = lines.IndexOf('-');
            int.TryParse(dash < 0 ? lines : lines.Substring(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out int first);
            int.TryParse(dash < 0 ? lines : lines.Substring(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int last);
            entries.Add(new LockEntry(Get("quote"), Get("participant"), Get("transcript"), first, last, Get("match"), Get("group") is { Length: > 0 } group ? group : null));
        }
        return entries;
    }
}
