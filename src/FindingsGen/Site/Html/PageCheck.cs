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
            string tag = html.Substring(nameStart, at - nameStart).ToLowerInvariant();
            if (Attributes(html, ref at, tag) is { } problem) return problem;
            i = at;
            if (tag is "script" or "style" or "textarea" or "title" or "xmp" or "iframe" or "noembed" or "noframes" or "plaintext")
            {
                // Raw text: nothing in it is a tag until the element's end tag.
                int close = html.IndexOf("</" + tag, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
            }
        }
        return null;
    }

    /// <summary>Reads a start tag's attributes from <paramref name="at"/> to past its '&gt;'; the first problem, or null.</summary>
    private static string? Attributes(string html, ref int at, string tag)
    {
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
            string name = html.Substring(nameStart, at - nameStart);
            while (at < html.Length && IsSpace(html[at])) at++;
            string value = "";
            if (at < html.Length && html[at] == '=')
            {
                at++;
                while (at < html.Length && IsSpace(html[at])) at++;
                if (at < html.Length && (html[at] == '"' || html[at] == '\''))
                {
                    char quote = html[at];
                    int close = html.IndexOf(quote, at + 1);
                    if (close < 0) close = html.Length;
                    value = html.Substring(at + 1, close - at - 1);
                    at = Math.Min(close + 1, html.Length);
                }
                else
                {
                    int start = at;
                    while (at < html.Length && !IsSpace(html[at]) && html[at] != '>') at++;
                    value = html.Substring(start, at - start);
                }
            }
            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) return $"a <{tag}> tag carries an event handler attribute ({name}=)";
            if (name.Equals("srcdoc", StringComparison.OrdinalIgnoreCase)) return $"a <{tag}> tag carries a srcdoc attribute";
            if (UrlAttributes.Contains(name) || name.EndsWith(":href", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var url in Urls(name, value))
                {
                    if (!SafeUrls.IsAllowed(url)) return $"a <{tag}> tag's {name}= holds a URL that is not http, https, mailto or relative";
                }
            }
            if (name.Equals("style", StringComparison.OrdinalIgnoreCase) && Scripted(value)) return $"a <{tag}> tag's style= holds script";
            if (tag == "meta" && name.Equals("content", StringComparison.OrdinalIgnoreCase))
            {
                int url = value.IndexOf("url=", StringComparison.OrdinalIgnoreCase);
                if (url >= 0 && !SafeUrls.IsAllowed(value.Substring(url + 4).Trim('\'', '"', ' '))) return "a <meta> refresh leads to a URL that is not http, https or relative";
            }
        }
        return null;
    }

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
