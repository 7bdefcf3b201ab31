using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Manifest;
using FindingsGen.Language.Rules;

namespace FindingsGen.Language.Model;

/// <summary>
/// A page's leading YAML front matter block (<c>---</c> … <c>---</c> or <c>...</c>), as Pandoc, Quarto and
/// R Markdown write it. It is metadata, not findings: it is blanked (every character but line ends becomes a
/// space) before the page is parsed, so no rule reads it, the site never shows it, and every position after it
/// stays that of the file. Its <c>title:</c> is read (<see cref="Page.Title"/>), though the site names its pages by the
/// manifest's title and the theme headings.
/// </summary>
internal static class FrontMatter
{
    /// <summary>Lines searched for the closing delimiter: a block longer than this is not front matter.</summary>
    public const int MaxLines = 2000;

    /// <summary>
    /// The page text with its front matter blanked (the same length; the same string when there is none), and the
    /// block's <c>title:</c> (null when there is no block, no title, or the block is not readable YAML).
    /// </summary>
    public static string Blank(string text, out string? title) => Blank("", text, out title, out _, out _);

    /// <summary>
    /// As <see cref="Blank(string, out string?)"/>, and what is wrong (FG0202, in the page at <paramref name="path"/>) with the block: YAML that Pandoc and Quarto would
    /// refuse (at the place in the file), a block opened as front matter that nothing closes (which is then
    /// Markdown, and would be published), or valid YAML that is not a mapping (Pandoc reads it as text, so it is left as
    /// text). Null when the block is fine or there is none. <paramref name="constructs"/> are the quotations and claims
    /// written in the block (FG0010): Pandoc publishes its values, but no rule reads them.
    /// </summary>
    public static string Blank(string path, string text, out string? title, out Diagnostic? problem, out IReadOnlyList<Diagnostic> constructs)
    {
        title = null;
        problem = null;
        constructs = Array.Empty<Diagnostic>();
        // A byte order mark a host left in the text is not a character of the first line.
        int start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        int end = BlockEnd(text, start, out bool unclosed);
        if (end < 0)
        {
            if (unclosed)
            {
                problem = At(path, 1, 1, 3, "the page opens with '---' and a YAML line, as front matter does, but no '---' or '...' line " +
                    "closes the block (within " + MaxLines.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " lines): it is read as Markdown and would be published (its first line as a heading). " +
                    "Close the block, or put a blank line after the first '---' to mean a thematic break");
            }
            return text;
        }
        var problems = new List<SafeYamlReader.Problem>();
        int open = text.IndexOf('\n') + 1;
        int close = text.LastIndexOf('\n', Math.Max(open, end - 1) - 1) + 1;
        if (close > open)
        {
            var root = SafeYamlReader.Read(text.Substring(open, close - open), problems);
            if (problems.Count > 0)
            {
                // Only what YAML itself forbids (a syntax error, a key given twice) is reported: Pandoc and Quarto refuse
                // such a block. What the safe reader refuses beyond YAML (anchors, deep nesting) is valid front matter that
                // names no title we can read, and not the writer's mistake.
                var first = problems[0];
                bool syntax = first.Message.StartsWith("YAML syntax: ", StringComparison.Ordinal);
                bool duplicate = first.Message.StartsWith("duplicate key ", StringComparison.Ordinal);
                if (syntax || duplicate)
                {
                    string why = syntax ? first.Message.Substring("YAML syntax: ".Length).Replace("the manifest", "the front matter") : first.Message;
                    // The reader counts the block's lines; the file's are one more (the opening '---').
                    why = Regex.Replace(why.TrimEnd('.'), @"first at line (\d+)", m => "first at line " + (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture));
                    if (why.Length > 0) why = char.ToLowerInvariant(why[0]) + why.Substring(1);
                    problem = At(path, first.Line + 1, first.Column, 1, $"the front matter is not valid YAML ({why}): Pandoc and Quarto refuse such a page. " + Hint(duplicate, why, text.Substring(open, close - open)));
                }
            }
            else if (root is YamlSequence || root is YamlScalar { IsNull: false })
            {
                // Pandoc reads a block that is not a mapping (a list, a lone value) as text, not metadata: it stays text
                // here too, so it is checked and published as Pandoc shows it, and the writer learns why.
                problem = At(path, 2, 1, 1, $"the block between the '---' lines is valid YAML but {(root is YamlSequence ? "a list" : "a single value")}, not front matter's " +
                    "key: value lines, so Pandoc and Quarto read it as text and it is published with the page. Write it as key: value lines (title: Results), " +
                    "or put a blank line after the first '---' to mean a thematic break");
                return text;
            }
            else if (root is YamlMapping map)
            {
                foreach (var entry in map.Entries)
                {
                    if (entry.Key.Value == "title" && entry.Value is YamlScalar { IsNull: false } value && value.Value.Trim().Length > 0) title = value.Value.Trim();
                }
            }
        }
        constructs = FrontMatterConstructs.Find(path, text, open, end);
        var chars = text.ToCharArray();
        for (int i = 0; i < end; i++)
        {
            if (chars[i] != '\n' && chars[i] != '\r') chars[i] = ' ';
        }
        return new string(chars);
    }

    /// <summary>What to do about a block YAML refuses, for the kind of mistake it is.</summary>
    private static string Hint(bool duplicate, string why, string block)
    {
        if (duplicate) return "Keep one of the two lines with that key (Pandoc refuses a key given twice), or give the second another name";
        if (why.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0 || Regex.IsMatch(block, @"(^|\n)[ ]*\t"))
        {
            return "Indent with spaces, not tabs: YAML forbids a tab as indentation";
        }
        if (why.IndexOf("quoted scalar", StringComparison.OrdinalIgnoreCase) >= 0 || why.IndexOf("end of stream", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return "Close every quotation mark the block opens (title: \"Results\"); inside \"…\" write \\\" for a quotation mark, inside '…' write ''";
        }
        if (why.IndexOf("mapping", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return "Quote a value that holds ': ' (title: \"Coming home: a study\")";
        }
        return "Quote a value that holds YAML's special characters (: # [ ] { } , & * ! | > ' \" % @ `) and check the indentation";
    }

    private static Diagnostic At(string path, int line, int column, int length, string message) =>
        FG0202MissingPage.At(new SourceLocation(path, line, column, line, column + length), message);

    /// <summary>
    /// The offset just past the closing delimiter line's text, or -1 when the page opens with no front matter;
    /// <paramref name="unclosed"/> tells whether it opens as front matter (<c>---</c>, then a <c>key:</c> line) that nothing closes.
    /// </summary>
    private static int BlockEnd(string text, int start, out bool unclosed)
    {
        unclosed = false;
        int first = LineEnd(text, start);
        if (!IsDelimiter(text, start, first, allowDots: false)) return -1;
        int at = NextLine(text, first);
        // Pandoc: a block whose first line is blank is a thematic break, not front matter.
        if (at >= text.Length || LineEnd(text, at) == at || text[at] == '\r') return -1;
        bool looksLikeYaml = LooksLikeKey(text, at, LineEnd(text, at));
        for (int line = 0; line < MaxLines && at < text.Length; line++)
        {
            int end = LineEnd(text, at);
            if (IsDelimiter(text, at, end, allowDots: true)) return end;
            at = NextLine(text, end);
        }
        unclosed = looksLikeYaml;
        return -1;
    }

    /// <summary>Whether a line starts as a YAML mapping key does (<c>title:</c>, <c>author: A</c>), not as prose.</summary>
    private static bool LooksLikeKey(string text, int start, int end)
    {
        int i = start;
        while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] == '_' || text[i] == '-')) i++;
        return i > start && char.IsLetter(text[start]) && i < end && text[i] == ':' && (i + 1 == end || text[i + 1] == ' ' || text[i + 1] == '\r');
    }

    private static bool IsDelimiter(string text, int start, int end, bool allowDots)
    {
        while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r')) end--;
        if (end - start != 3) return false;
        string s = text.Substring(start, 3);
        return s == "---" || (allowDots && s == "...");
    }

    private static int LineEnd(string text, int start)
    {
        int newline = text.IndexOf('\n', start);
        return newline < 0 ? text.Length : newline;
    }

    private static int NextLine(string text, int lineEnd) => lineEnd >= text.Length ? text.Length : lineEnd + 1;
}
