using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Rules;
using FindingsGen.Language.Text;

namespace FindingsGen.Language.Model;

/// <summary>
/// Quotations and frequency claims written in a page's front matter (an <c>abstract: |</c> with
/// <c>[All]{.freq of="P1"}</c>, a <c>title:</c> with <c>["…"]{.quote from=P1}</c>): Pandoc renders every string value
/// of the block as Markdown and publishes it with the page, but the block is blanked before the page is parsed, so no
/// rule would trace or count them. Each is an FG0010 at its attribute list, so "clean" never covers them in silence.
/// </summary>
internal static class FrontMatterConstructs
{
    // An attribute list ({…} with no brace inside, over lines too), and a fenced div's bare class (::: quote).
    private static readonly Regex AttributeList = new(@"\{([^{}]{0,1000})\}", RegexOptions.CultureInvariant);
    private static readonly Regex BareDiv = new(@":::+[ \t]*([A-Za-z][\w-]*)", RegexOptions.CultureInvariant);
    private static readonly Regex Class = new(@"(?:^|\s)\.([A-Za-z][\w-]*)", RegexOptions.CultureInvariant);
    private static readonly Regex Key = new(@"(?:^|\s)(from|of)\s*=", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The FG0010s for the constructs in the block at [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>.</summary>
    public static IReadOnlyList<Diagnostic> Find(string path, string text, int start, int end)
    {
        // Every line is read, a YAML comment too: a '#' line inside a block scalar (abstract: |) is a Markdown heading
        // Pandoc publishes, and telling the two apart is not worth a quotation passing unchecked. An attribute list may
        // run over lines, as a folded value (>) or a long quoted one wraps it.
        string block = text.Substring(start, end - start);
        List<Diagnostic>? found = null;
        LineMap? lines = null;
        foreach (Match list in AttributeList.Matches(block))
        {
            if (Kind(list.Groups[1].Value) is { } kind) Add(ref found, ref lines, path, text, start + list.Index, list.Length, kind);
        }
        foreach (Match div in BareDiv.Matches(block))
        {
            if (KindOfClass(div.Groups[1].Value, slips: false) is { } kind) Add(ref found, ref lines, path, text, start + div.Groups[1].Index, div.Groups[1].Length, kind);
        }
        if (found is null) return Array.Empty<Diagnostic>();
        found.Sort();
        return found;
    }

    /// <summary>What the attribute list makes of its text (a quotation, a claim), or null when it names no construct.</summary>
    private static string? Kind(string inside)
    {
        var key = Key.Match(inside);
        foreach (Match cls in Class.Matches(inside))
        {
            // A class one slip from a construct is one only beside from=/of=: alone it may be a style (.quotes).
            if (KindOfClass(cls.Groups[1].Value, slips: key.Success) is { } kind) return kind;
        }
        if (!key.Success) return null;
        return string.Equals(key.Groups[1].Value, "of", StringComparison.OrdinalIgnoreCase) ? "a frequency claim" : "a quotation";
    }

    /// <summary>A construct's class in any case, or (with <paramref name="slips"/>) one slip from it or a longer spelling of it (<c>.frequency</c>).</summary>
    private static string? KindOfClass(string cls, bool slips)
    {
        if (cls.Length > 40) return null;
        string lower = cls.ToLowerInvariant();
        if (lower == "quote" || (slips && (lower.StartsWith("quot", StringComparison.Ordinal) || EditDistance.Characters(lower, "quote") <= 2))) return "a quotation";
        if (lower == "freq" || (slips && (lower.StartsWith("freq", StringComparison.Ordinal) || EditDistance.Characters(lower, "freq") <= 2))) return "a frequency claim";
        return null;
    }

    private static void Add(ref List<Diagnostic>? found, ref LineMap? lines, string path, string text, int offset, int length, string kind)
    {
        // Located at the list's first line (one that runs over lines is underlined to that line's end), in the file's lines.
        lines ??= new LineMap(path, text);
        int lineEnd = text.IndexOfAny(new[] { '\r', '\n' }, offset);
        length = Math.Max(1, Math.Min(length, (lineEnd < 0 ? text.Length : lineEnd) - offset));
        var location = lines.Locate(offset, offset + length);
        found ??= new List<Diagnostic>();
        var rule = FG0010UnknownConstruct.Definition;
        found.Add(new Diagnostic(rule, rule.DefaultSeverity, location,
            $"{kind} written in the front matter is published by Pandoc with the metadata (an abstract:, a title:) but is never checked, " +
            "since no rule reads the front matter; move it into the page's text"));
    }
}
