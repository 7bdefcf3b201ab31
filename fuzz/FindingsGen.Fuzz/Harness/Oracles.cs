using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Fuzz;

/// <summary>The promises every target checks, beyond "no exception": see docs/fuzzing.md.</summary>
internal static class Oracles
{
    private static readonly Regex DiagnosticLine = new(@"^[^\r\n]+\(\d+,\d+\): (error|warning|info) FG\d{4}: [^\r\n]+$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Every diagnostic names a known rule with a real severity, says something on one line, and points at a file
    /// of the study, at a 1-based line and column inside it. <paramref name="files"/> holds each file's text.
    /// </summary>
    public static void Diagnostics(Verdict verdict, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyDictionary<string, string> files)
    {
        verdict.Count("diagnostics", diagnostics.Count);
        var readings = new Dictionary<string, string[][]>(StringComparer.Ordinal); // each file split once, not once per diagnostic
        foreach (var d in diagnostics)
        {
            verdict.Feature("D:" + d.Id + ":" + d.Severity);
            if (RuleTable.Find(d.Id) is null) verdict.Fail("diagnostic-contract", $"unknown rule ID {d.Id}", d.Id);
            if (d.Severity == Severity.None) verdict.Fail("diagnostic-contract", $"{d.Id} reported with severity none", d.Id);
            if (string.IsNullOrWhiteSpace(d.Message) || d.Message.IndexOfAny(new[] { '\n', '\r' }) >= 0)
            {
                verdict.Fail("diagnostic-contract", $"{d.Id}'s message is empty or spans lines: «{Short(d.Message)}»", d.Id + ":message");
            }
            Location(verdict, d, files, readings);
        }
    }

    private static void Location(Verdict verdict, Diagnostic d, IReadOnlyDictionary<string, string> files, Dictionary<string, string[][]> readings)
    {
        var l = d.Location;
        if (!files.TryGetValue(l.File, out string? text))
        {
            verdict.Fail("diagnostic-location", $"{d.Id} at '{l.File}', a file the study does not have", d.Id + ":file");
            return;
        }
        // Tools disagree on where a line ends: LF only; LF, CR or CRLF (Markdig, editors); those and U+0085, U+2028,
        // U+2029 (Roslyn, YAML). A location right under any of these readings passes.
        if (!readings.TryGetValue(l.File, out var lines))
        {
            string crlf = text.Replace("\r\n", "\n").Replace('\r', '\n');
            lines = new[] { text.Split('\n'), crlf.Split('\n'), crlf.Split('\n', '\u0085', '\u2028', '\u2029') };
            readings[l.File] = lines;
        }
        string? problem = Problem(l, lines[0]);
        if (problem is null) return;
        if (Problem(l, lines[1]) is null) return;
        if (Problem(l, lines[2]) is null) return;
        verdict.Fail("diagnostic-location", $"{d.Id} at {l.File}({l.Line},{l.Column})-({l.EndLine},{l.EndColumn}): {problem}", d.Id + ":" + problem.Split(' ')[0]);
    }

    private static string? Problem(SourceLocation l, string[] lines)
    {
        if (l.Line < 1 || l.Line > lines.Length) return $"line outside the file's {lines.Length} lines";
        if (l.Column < 1 || l.Column > Width(lines[l.Line - 1]) + 1) return "column outside its line";
        if (l.EndLine < l.Line || l.EndLine > lines.Length || (l.EndLine == l.Line && l.EndColumn < l.Column) || l.EndColumn < 1) return "end before the start or after the file";
        return null;
    }

    /// <summary>The widest reading of a line's length (UTF-16 units, UTF-8 bytes, or tabs expanded to four columns), since a column may count any of them.</summary>
    private static int Width(string line) => Math.Max(line.Length + 3 * line.Split('\t').Length - 3, Encoding.UTF8.GetByteCount(line));

    /// <summary>A line a command printed is a compiler-style diagnostic or one of the command's own lines.</summary>
    public static void PrintedLine(Verdict verdict, string line, string ownPrefix)
    {
        if (line.Length == 0 || line.StartsWith(ownPrefix, StringComparison.Ordinal)) return;
        if (!DiagnosticLine.IsMatch(line)) verdict.Fail("diagnostic-contract", $"a printed line that is not a diagnostic: «{Short(line)}»", "printed");
    }

    /// <summary>The transcripts' private canary word is not in <paramref name="text"/>.</summary>
    /// <remarks>Findings are grouped by the kind of output (an HTML page, a data file, a message), not by the file's name.</remarks>
    public static void NoCanary(Verdict verdict, string where, string? text)
    {
        if (text is null) return;
        int at = text.IndexOf(Fixture.Canary, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return;
        string kind = where.Contains('(') ? where.Substring(0, where.IndexOf('(')).Trim() : System.IO.Path.GetExtension(where) is { Length: > 0 } e ? "a " + e + " file" : where;
        verdict.Fail("privacy", $"transcript text (the canary) in {where}: «{Short(text.Substring(Math.Max(0, at - 40)))}»", kind);
    }

    /// <summary>True when the non-transcript inputs contain the canary themselves (then finding it proves nothing).</summary>
    public static bool Carries(string? text) => text is not null && text.IndexOf(Fixture.Canary, StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>An HTML page runs nothing but the site's own script and is complete.</summary>
    public static void Html(Verdict verdict, string name, string html)
    {
        foreach (var live in LiveScript.Find(html)) verdict.Fail("no-live-script", $"{name}: {live}", live.Substring(0, live.IndexOf(':')));
        if (!html.TrimEnd().EndsWith("</html>", StringComparison.OrdinalIgnoreCase)) verdict.Fail("page-complete", $"{name} does not end with </html>", "end");
    }

    /// <summary>A text cut short for a message.</summary>
    public static string Short(string text) => text.Length <= 120 ? text : text.Substring(0, 120) + "…";
}
