using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace FindingsGen.Language.Coding;

/// <summary>
/// Reads and writes <c>findings.coding.lock</c>, the coding record: what the coding rules need of the private REFI-QDA
/// project, so public CI checks the findings against the coding without it, as <c>findings.lock</c> does for the
/// transcripts. It holds the project's fingerprint, the codes (GUID, name, parent), the participants coded under each,
/// and for each quotation's hash the codes of the selections it lies in: names, IDs and hashes, never source text.
/// Written sorted and one fact a line, so it is deterministic and diffs line by line.
/// </summary>
public static class CodingRecord
{
    /// <summary>The file name, beside findings.yml and findings.lock.</summary>
    public const string FileName = "findings.coding.lock";

    /// <summary>The record's text for these facts.</summary>
    internal static string Write(CodingFacts facts)
    {
        var b = new StringBuilder();
        b.Append("# findings.coding.lock: the record of the study's coding, written by `findings check --update-lock` from the REFI-QDA project.\n");
        b.Append("# It holds code names, participant IDs and hashes, never source text. Commit it with the study.\n");
        b.Append("version: 1\n");
        b.Append("project: ").Append(facts.ProjectHash).Append('\n');
        b.Append("codes:\n");
        foreach (var code in facts.Codes.All)
        {
            b.Append("  - guid: ").Append(Quote(code.Guid)).Append('\n');
            b.Append("    name: ").Append(Quote(code.Name)).Append('\n');
            if (code.Parent is { } parent) b.Append("    parent: ").Append(Quote(parent.Guid)).Append('\n');
            if (facts.Coded.TryGetValue(code, out var participants) && participants.Count > 0)
            {
                b.Append("    participants: ").Append(Quote(string.Join(" ", participants.OrderBy(p => p, StringComparer.Ordinal)))).Append('\n');
            }
        }
        b.Append("quotations:\n");
        foreach (var pair in facts.QuotationCodes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            b.Append("  ").Append(pair.Key).Append(": ")
                .Append(Quote(string.Join(" ", pair.Value.Select(c => c.Guid).OrderBy(g => g, StringComparer.OrdinalIgnoreCase)))).Append('\n');
        }
        return b.ToString();
    }

    /// <summary>Reads a record; null with a reason when it cannot be read.</summary>
    internal static CodingFacts? Read(string text, out string? problem)
    {
        problem = null;
        var book = new CodeBook();
        string? hash = null;
        var coded = new List<(CodeEntry Code, string Participants)>();
        var quotations = new List<(string Hash, string Codes, int Line)>();
        string section = "";
        string? guid = null, name = null, parent = null, participants = null;
        int codeLine = 0;
        bool FlushCode(out string? why)
        {
            why = null;
            if (guid is null) return true;
            if (name is null)
            {
                why = $"line {codeLine}: a code has no name";
                return false;
            }
            var entry = book.Add(guid, name, parent is null ? null : book.Find(parent));
            if (entry is null)
            {
                why = $"line {codeLine}: the code {guid} is listed twice";
                return false;
            }
            if (participants is not null) coded.Add((entry, participants));
            guid = name = parent = participants = null;
            return true;
        }
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (int n = 1; n <= lines.Length; n++)
        {
            string line = lines[n - 1];
            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#') continue;
            if (!line.StartsWith(" ", StringComparison.Ordinal))
            {
                if (!FlushCode(out problem)) return null;
                int colon = trimmed.IndexOf(':');
                string key = colon < 0 ? trimmed : trimmed.Substring(0, colon);
                string value = colon < 0 ? "" : trimmed.Substring(colon + 1).Trim();
                switch (key)
                {
                    case "version":
                        if (value != "1")
                        {
                            problem = $"line {n}: version {value} is not one this FindingsGen reads (1)";
                            return null;
                        }
                        break;
                    case "project":
                        hash = value;
                        break;
                    case "codes":
                    case "quotations":
                        section = key;
                        break;
                    default:
                        problem = $"line {n}: unknown key '{CodeBook.Shown(key)}'";
                        return null;
                }
                continue;
            }
            if (section == "codes")
            {
                string item = trimmed;
                if (item.StartsWith("- ", StringComparison.Ordinal))
                {
                    if (!FlushCode(out problem)) return null;
                    item = item.Substring(2).TrimStart();
                    codeLine = n;
                }
                int colon = item.IndexOf(':');
                if (colon < 0 || Unquote(item.Substring(colon + 1).Trim()) is not { } value)
                {
                    problem = $"line {n}: expected key: \"value\"";
                    return null;
                }
                switch (item.Substring(0, colon))
                {
                    case "guid": guid = value; break;
                    case "name": name = value; break;
                    case "parent": parent = value; break;
                    case "participants": participants = value; break;
                    default:
                        problem = $"line {n}: unknown key '{CodeBook.Shown(item.Substring(0, colon))}' of a code";
                        return null;
                }
                if (guid is null)
                {
                    problem = $"line {n}: a code's first key must be guid:";
                    return null;
                }
            }
            else if (section == "quotations")
            {
                int colon = trimmed.IndexOf(':');
                if (colon < 0 || Unquote(trimmed.Substring(colon + 1).Trim()) is not { } codes)
                {
                    problem = $"line {n}: expected HASH: \"GUID …\"";
                    return null;
                }
                quotations.Add((trimmed.Substring(0, colon), codes, n));
            }
            else
            {
                problem = $"line {n}: an indented line outside codes: and quotations:";
                return null;
            }
        }
        if (!FlushCode(out problem)) return null;
        if (hash is null)
        {
            problem = "it has no project: line";
            return null;
        }
        var facts = new CodingFacts(book, hash, FileName, fromRecord: true);
        foreach (var (code, list) in coded)
        {
            facts.Coded[code] = new HashSet<string>(list.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        }
        foreach (var (quote, codes, line) in quotations)
        {
            var set = new HashSet<CodeEntry>();
            foreach (var g in codes.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (book.Find(g) is not { } code)
                {
                    problem = $"line {line}: the code {CodeBook.Shown(g)} is not listed under codes:";
                    return null;
                }
                set.Add(code);
            }
            facts.QuotationCodes[quote] = set;
        }
        return facts;
    }

    /// <summary>A YAML double-quoted string: backslash, quote and control characters escaped, so any name stays on one line.</summary>
    private static string Quote(string value)
    {
        var b = new StringBuilder(value.Length + 2).Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == '\\' || c == '"') b.Append('\\').Append(c);
            else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c) && !IsPair(value, i))
                b.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else
            {
                b.Append(c);
                if (char.IsHighSurrogate(c)) b.Append(value[++i]);
            }
        }
        return b.Append('"').ToString();
    }

    private static bool IsPair(string s, int i) => char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);

    /// <summary>Reverses <see cref="Quote"/>; null when the text is not one such string.</summary>
    private static string? Unquote(string quoted)
    {
        if (quoted.Length < 2 || quoted[0] != '"' || quoted[quoted.Length - 1] != '"') return null;
        var b = new StringBuilder(quoted.Length);
        for (int i = 1; i < quoted.Length - 1; i++)
        {
            char c = quoted[i];
            if (c == '"') return null;
            if (c != '\\')
            {
                b.Append(c);
                continue;
            }
            if (++i >= quoted.Length - 1) return null;
            char e = quoted[i];
            if (e == '\\' || e == '"') b.Append(e);
            else if (e == 'u' && i + 4 < quoted.Length - 1 &&
                     int.TryParse(quoted.Substring(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
            {
                b.Append((char)code);
                i += 4;
            }
            else return null;
        }
        return b.ToString();
    }
}
