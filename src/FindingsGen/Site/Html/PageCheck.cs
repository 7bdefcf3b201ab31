using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;

namespace FindingsGen.Site.Html;

/// <summary>
/// The last look at every rendered page before it may be published, whatever template made it: the page is whole
/// (it ends with <c>&lt;/html&gt;</c>), no tag carries an event handler attribute (<c>on…=</c>), and every URL
/// attribute passes <see cref="SafeUrls"/>. The renderers already make pages so; this check makes sure that no later
/// change, and no study's own template, publishes a page that is cut short or runs script.
/// </summary>
public static class PageCheck
{
    /// <summary>Attributes whose value a browser follows or loads as a URL.</summary>
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "action", "formaction", "data", "poster", "background", "codebase", "cite", "longdesc", "usemap",
        "manifest", "icon", "ping", "srcset", "imagesrcset", "dynsrc", "lowsrc", "xlink:href", "to", "from", "values", "by",
    };

    /// <summary>Elements whose content is text up to their end tag, however much it looks like tags.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RawText = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UrlAttribute = UrlAttributes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// What is wrong with the page, given as the UTF-8 it is published as (one sentence), or null when it may be
    /// published. The page is read as bytes, not decoded first: every character that makes a tag is ASCII, and no
    /// byte of a longer UTF-8 sequence is, so nothing but the few URL and style values that need a closer look is copied.
    /// </summary>
    public static string? Problem(ReadOnlySpan<byte> html)
    {
        int end = html.Length;
        while (end > 0 && Rune.DecodeLastFromUtf8(html[..end], out var last, out int size) == OperationStatus.Done && Rune.IsWhiteSpace(last)) end -= size;
        if (end < 7 || !Ascii.EqualsIgnoreCase(html.Slice(end - 7, 7), "</html>"u8)) return "the page does not end with </html> (it would be published incomplete)";
        int i = 0;
        while (i < html.Length)
        {
            int next = html[i..].IndexOf((byte)'<');
            if (next < 0) break;
            i += next;
            if (html[i..].StartsWith("<!--"u8))
            {
                int close = html[(i + 4)..].IndexOf("-->"u8);
                i = close < 0 ? html.Length : i + 4 + close + 3;
                continue;
            }
            if (i + 1 >= html.Length || !char.IsAsciiLetter((char)html[i + 1]))
            {
                i++; // an end tag, a doctype, or a '<' that starts no tag
                continue;
            }
            int nameStart = i + 1, at = nameStart;
            while (at < html.Length && !IsSpace(html[at]) && html[at] != '>' && html[at] != '/') at++;
            var tagName = html.Slice(nameStart, at - nameStart);
            if (Attributes(html, ref at, tagName) is { } problem) return problem;
            i = at;
            if (In(RawText, tagName))
            {
                // Raw text: nothing in it is a tag until the element's end tag.
                int close = EndTag(html, i, tagName);
                i = close < 0 ? html.Length : close;
            }
        }
        return null;
    }

    /// <summary>Where the end tag of <paramref name="tagName"/> starts at or after <paramref name="from"/> (its name in any case), or -1.</summary>
    private static int EndTag(ReadOnlySpan<byte> html, int from, ReadOnlySpan<byte> tagName)
    {
        while (from < html.Length)
        {
            int at = html[from..].IndexOf("</"u8);
            if (at < 0) return -1;
            at += from;
            int name = at + 2;
            if (name + tagName.Length <= html.Length && Ascii.EqualsIgnoreCase(html.Slice(name, tagName.Length), tagName)) return at;
            from = at + 2;
        }
        return -1;
    }

    /// <summary>Whether the ASCII name <paramref name="name"/> is in <paramref name="set"/> (a name with other bytes never is).</summary>
    private static bool In(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set, ReadOnlySpan<byte> name)
    {
        Span<char> chars = stackalloc char[32]; // longer than any name in the sets
        return name.Length <= chars.Length && Ascii.ToUtf16(name, chars, out int written) == OperationStatus.Done && set.Contains(chars[..written]);
    }

    /// <summary>Reads a start tag's attributes from <paramref name="at"/> to past its '&gt;'; the first problem, or null.</summary>
    private static string? Attributes(ReadOnlySpan<byte> html, ref int at, ReadOnlySpan<byte> tagName)
    {
        // Spans, not strings: every tag of every page passes here, and nearly all of them are fine.
        while (at < html.Length)
        {
            while (at < html.Length && (IsSpace(html[at]) || html[at] == '/')) at++;
            if (at >= html.Length) break;
            if (html[at] == '>')
            {
                at++;
                return null;
            }
            int nameStart = at;
            at++; // a name may start with '=' or a quote, as browsers read it
            while (at < html.Length && !IsSpace(html[at]) && html[at] != '/' && html[at] != '>' && html[at] != '=') at++;
            var name = html.Slice(nameStart, at - nameStart);
            while (at < html.Length && IsSpace(html[at])) at++;
            var value = ReadOnlySpan<byte>.Empty;
            if (at < html.Length && html[at] == '=')
            {
                at++;
                while (at < html.Length && IsSpace(html[at])) at++;
                if (at < html.Length && (html[at] == '"' || html[at] == '\''))
                {
                    byte quote = html[at];
                    int close = html[(at + 1)..].IndexOf(quote);
                    close = close < 0 ? html.Length : at + 1 + close;
                    value = html.Slice(at + 1, close - at - 1);
                    at = Math.Min(close + 1, html.Length);
                }
                else
                {
                    int start = at;
                    while (at < html.Length && !IsSpace(html[at]) && html[at] != '>') at++;
                    value = html.Slice(start, at - start);
                }
            }
            if (name.Length >= 2 && Ascii.EqualsIgnoreCase(name[..2], "on"u8)) return $"a <{Text(tagName).ToLowerInvariant()}> tag carries an event handler attribute ({Text(name)}=)";
            if (Ascii.EqualsIgnoreCase(name, "srcdoc"u8)) return $"a <{Text(tagName).ToLowerInvariant()}> tag carries a srcdoc attribute";
            if (In(UrlAttribute, name) || (name.Length >= 5 && Ascii.EqualsIgnoreCase(name[^5..], ":href"u8)))
            {
                // A value with neither a colon nor an entity has no scheme: relative, as most of the site's links are.
                if (value.IndexOfAny((byte)':', (byte)'&') >= 0 || value.ContainsAny(ControlsAndSpaces))
                {
                    foreach (var url in Urls(Text(name), Text(value)))
                    {
                        if (!SafeUrls.IsAllowed(url)) return $"a <{Text(tagName).ToLowerInvariant()}> tag's {Text(name)}= holds a URL that is not http, https, mailto or relative";
                    }
                }
            }
            if (Ascii.EqualsIgnoreCase(name, "style"u8) && Scripted(Text(value))) return $"a <{Text(tagName).ToLowerInvariant()}> tag's style= holds script";
            if (Ascii.EqualsIgnoreCase(tagName, "meta"u8) && Ascii.EqualsIgnoreCase(name, "content"u8))
            {
                string content = Text(value);
                int url = content.IndexOf("url=", StringComparison.OrdinalIgnoreCase);
                if (url >= 0 && !SafeUrls.IsAllowed(content.Substring(url + 4).Trim('\'', '"', ' '))) return "a <meta> refresh leads to a URL that is not http, https or relative";
            }
        }
        return null;
    }

    private static string Text(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8);

    private static readonly SearchValues<byte> ControlsAndSpaces = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u0020\u007F"u8);

    /// <summary>The URLs an attribute holds: one, or for srcset each candidate's, for SVG animation values each one.</summary>
    private static IEnumerable<string> Urls(string name, string value)
    {
        if (name.EndsWith("srcset", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var candidate in SafeUrls.DecodeEntities(value).Split(','))
            {
                var trimmed = candidate.Trim();
                int space = trimmed.IndexOfAny(new[] { ' ', '\t', '\n', '\r', '\f' });
                yield return space < 0 ? trimmed : trimmed.Substring(0, space);
            }
        }
        else if (name.Equals("values", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var part in SafeUrls.DecodeEntities(value).Split(';')) yield return part;
        }
        else
        {
            yield return value;
        }
    }

    private static bool Scripted(string style)
    {
        string s = SafeUrls.DecodeEntities(style).Replace("\\", "", StringComparison.Ordinal).ToLowerInvariant();
        return s.Contains("javascript:", StringComparison.Ordinal) || s.Contains("vbscript:", StringComparison.Ordinal) || s.Contains("expression(", StringComparison.Ordinal);
    }

    private static bool IsSpace(byte c) => c is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f';
}
