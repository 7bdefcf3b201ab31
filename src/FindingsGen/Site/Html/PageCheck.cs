using System;
using System.Collections.Generic;

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

    /// <summary>What is wrong with the page (one sentence), or null when it may be published.</summary>
    public static string? Problem(string html)
    {
        int end = html.Length;
        while (end > 0 && char.IsWhiteSpace(html[end - 1])) end--;
        if (!html.AsSpan(0, end).EndsWith("</html>", StringComparison.OrdinalIgnoreCase)) return "the page does not end with </html> (it would be published incomplete)";
        int i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                int close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }
            if (i + 1 >= html.Length || !char.IsAsciiLetter(html[i + 1]))
            {
                i++; // an end tag, a doctype, or a '<' that starts no tag
                continue;
            }
            int nameStart = i + 1, at = nameStart;
            while (at < html.Length && !IsSpace(html[at]) && html[at] != '>' && html[at] != '/') at++;
            var tagName = html.AsSpan(nameStart, at - nameStart);
            if (Attributes(html, ref at, tagName) is { } problem) return problem;
            i = at;
            if (RawText.Contains(tagName))
            {
                string tag = tagName.ToString();
                // Raw text: nothing in it is a tag until the element's end tag.
                int close = html.IndexOf("</" + tag, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
            }
        }
        return null;
    }

    /// <summary>Reads a start tag's attributes from <paramref name="at"/> to past its '&gt;'; the first problem, or null.</summary>
    private static string? Attributes(string html, ref int at, ReadOnlySpan<char> tagName)
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
            var name = html.AsSpan(nameStart, at - nameStart);
            while (at < html.Length && IsSpace(html[at])) at++;
            var value = ReadOnlySpan<char>.Empty;
            if (at < html.Length && html[at] == '=')
            {
                at++;
                while (at < html.Length && IsSpace(html[at])) at++;
                if (at < html.Length && (html[at] == '"' || html[at] == '\''))
                {
                    char quote = html[at];
                    int close = html.IndexOf(quote, at + 1);
                    if (close < 0) close = html.Length;
                    value = html.AsSpan(at + 1, close - at - 1);
                    at = Math.Min(close + 1, html.Length);
                }
                else
                {
                    int start = at;
                    while (at < html.Length && !IsSpace(html[at]) && html[at] != '>') at++;
                    value = html.AsSpan(start, at - start);
                }
            }
            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) return $"a <{tagName.ToString().ToLowerInvariant()}> tag carries an event handler attribute ({name.ToString()}=)";
            if (name.Equals("srcdoc", StringComparison.OrdinalIgnoreCase)) return $"a <{tagName.ToString().ToLowerInvariant()}> tag carries a srcdoc attribute";
            if (UrlAttribute.Contains(name) || name.EndsWith(":href", StringComparison.OrdinalIgnoreCase))
            {
                // A value with neither a colon nor an entity has no scheme: relative, as most of the site's links are.
                if (value.IndexOfAny(':', '&') >= 0 || value.ContainsAny(ControlsAndSpaces))
                {
                    foreach (var url in Urls(name.ToString(), value.ToString()))
                    {
                        if (!SafeUrls.IsAllowed(url)) return $"a <{tagName.ToString().ToLowerInvariant()}> tag's {name.ToString()}= holds a URL that is not http, https, mailto or relative";
                    }
                }
            }
            if (name.Equals("style", StringComparison.OrdinalIgnoreCase) && Scripted(value.ToString())) return $"a <{tagName.ToString().ToLowerInvariant()}> tag's style= holds script";
            if (tagName.Equals("meta", StringComparison.OrdinalIgnoreCase) && name.Equals("content", StringComparison.OrdinalIgnoreCase))
            {
                string content = value.ToString();
                int url = content.IndexOf("url=", StringComparison.OrdinalIgnoreCase);
                if (url >= 0 && !SafeUrls.IsAllowed(content.Substring(url + 4).Trim('\'', '"', ' '))) return "a <meta> refresh leads to a URL that is not http, https or relative";
            }
        }
        return null;
    }

    private static readonly System.Buffers.SearchValues<char> ControlsAndSpaces = System.Buffers.SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u0020\u007F");

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

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
