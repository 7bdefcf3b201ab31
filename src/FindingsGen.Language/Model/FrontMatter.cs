using System;
using System.Collections.Generic;
using FindingsGen.Language.Manifest;

namespace FindingsGen.Language.Model;

/// <summary>
/// A page's leading YAML front matter block (<c>---</c> … <c>---</c> or <c>...</c>), as Pandoc, Quarto and
/// R Markdown write it. It is metadata, not findings: it is blanked (every character but line ends becomes a
/// space) before the page is parsed, so no rule reads it, the site never shows it, and every position after it
/// stays that of the file. Its <c>title:</c> is kept to name the page.
/// </summary>
internal static class FrontMatter
{
    /// <summary>Lines searched for the closing delimiter: a block longer than this is not front matter.</summary>
    public const int MaxLines = 2000;

    /// <summary>
    /// The page text with its front matter blanked (the same length; the same string when there is none), and the
    /// block's <c>title:</c> (null when there is no block, no title, or the block is not readable YAML).
    /// </summary>
    public static string Blank(string text, out string? title)
    {
        title = null;
        int end = BlockEnd(text);
        if (end < 0) return text;
        var problems = new List<SafeYamlReader.Problem>();
        int open = text.IndexOf('\n') + 1;
        int close = text.LastIndexOf('\n', Math.Max(open, end - 1) - 1) + 1;
        if (close > open && SafeYamlReader.Read(text.Substring(open, close - open), problems) is YamlMapping map && problems.Count == 0)
        {
            foreach (var entry in map.Entries)
            {
                if (entry.Key.Value == "title" && entry.Value is YamlScalar { IsNull: false } value && value.Value.Trim().Length > 0) title = value.Value.Trim();
            }
        }
        var chars = text.ToCharArray();
        for (int i = 0; i < end; i++)
        {
            if (chars[i] != '\n' && chars[i] != '\r') chars[i] = ' ';
        }
        return new string(chars);
    }

    /// <summary>The offset just past the closing delimiter line's text, or -1 when the page opens with no front matter.</summary>
    private static int BlockEnd(string text)
    {
        int first = LineEnd(text, 0);
        if (!IsDelimiter(text, 0, first, allowDots: false)) return -1;
        int at = NextLine(text, first);
        // Pandoc: a block whose first line is blank is a thematic break, not front matter.
        if (at >= text.Length || LineEnd(text, at) == at || text[at] == '\r') return -1;
        for (int line = 0; line < MaxLines && at < text.Length; line++)
        {
            int end = LineEnd(text, at);
            if (IsDelimiter(text, at, end, allowDots: true)) return end;
            at = NextLine(text, end);
        }
        return -1;
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
