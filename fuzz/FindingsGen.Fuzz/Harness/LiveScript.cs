using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FindingsGen.Fuzz;

/// <summary>
/// Finds what a browser would run in an HTML file: script elements other than the site's own, event-handler
/// attributes, and URLs whose scheme, once entities are decoded and the characters a browser ignores are removed,
/// is javascript:, vbscript: or data:text/html. A small tag scanner, not a full HTML parser: it reads tags and
/// attributes as a browser tokenizes them and skips comments and raw-text elements.
/// </summary>
internal static class LiveScript
{
    private static readonly string[] UrlAttributes = { "href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "cite", "srcset" };
    private static readonly string[] ForbiddenElements = { "iframe", "frame", "frameset", "object", "embed", "applet", "base" };
    private static readonly string[] RawTextElements = { "script", "style", "textarea", "title", "xmp", "noembed", "noframes" };

    /// <summary>Each live thing found, with a little of the HTML around it.</summary>
    public static List<string> Find(string html)
    {
        var found = new List<string>();
        int i = 0, n = html.Length;
        while (i < n)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= n) break;
            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                int end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (!char.IsAsciiLetter(html[lt + 1]))
            {
                i = lt + 1;
                continue;
            }
            int j = lt + 1;
            while (j < n && !char.IsWhiteSpace(html[j]) && html[j] != '>' && html[j] != '/') j++;
            string name = html.Substring(lt + 1, j - lt - 1).ToLowerInvariant();
            var attributes = Attributes(html, ref j);
            string excerpt = html.Substring(lt, Math.Min(80, Math.Min(j, n) - lt));
            if (name == "script" && !IsOwnScript(attributes)) found.Add("a script element: " + excerpt);
            if (Array.IndexOf(ForbiddenElements, name) >= 0) found.Add($"a <{name}> element: " + excerpt);
            if (name == "meta" && attributes.Exists(a => a.Name == "http-equiv")) found.Add("a <meta http-equiv>: " + excerpt);
            foreach (var (attribute, value) in attributes)
            {
                if (attribute.StartsWith("on", StringComparison.Ordinal) && attribute.Length > 2) found.Add($"an event handler {attribute}=: " + excerpt);
                if (attribute == "srcdoc") found.Add("a srcdoc attribute: " + excerpt);
                if (attribute == "style" && (value.Contains("expression(", StringComparison.OrdinalIgnoreCase) || Normalise(value).Contains("javascript:", StringComparison.Ordinal)))
                {
                    found.Add("script in a style attribute: " + excerpt);
                }
                if (Array.IndexOf(UrlAttributes, attribute) >= 0 && IsScriptUrl(value)) found.Add($"a script URL in {attribute}=: " + excerpt);
            }
            i = j;
            if (Array.IndexOf(RawTextElements, name) >= 0)
            {
                int close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? n : close;
            }
        }
        return found;
    }

    /// <summary>The site's own script: its script file (the quotation index has no JSON block since its words are read from the page).</summary>
    private static bool IsOwnScript(List<(string Name, string Value)> attributes)
    {
        if (attributes.Count == 1 && attributes[0].Name == "src")
        {
            string src = attributes[0].Value;
            return (src == "assets/site.js" || src == "../assets/site.js");
        }
        return false;
    }

    /// <summary>True when a browser would run the URL: the scheme as it reads it is javascript:, vbscript: or data:text/html.</summary>
    public static bool IsScriptUrl(string value)
    {
        string url = Normalise(value);
        return url.StartsWith("javascript:", StringComparison.Ordinal) || url.StartsWith("vbscript:", StringComparison.Ordinal) ||
               url.StartsWith("data:text/html", StringComparison.Ordinal) || url.StartsWith("data:image/svg", StringComparison.Ordinal);
    }

    /// <summary>Entities decoded; control characters, spaces, tabs and line ends removed (browsers ignore them in a scheme); lower case.</summary>
    private static string Normalise(string value)
    {
        string decoded = DecodeEntities(value);
        var builder = new StringBuilder(decoded.Length);
        foreach (char c in decoded)
        {
            if (c <= ' ' || c == '\u00A0' || char.IsControl(c) || c == '\u200B' || c == '\uFEFF') continue;
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    private static string DecodeEntities(string value)
    {
        if (value.IndexOf('&') < 0) return value;
        var builder = new StringBuilder(value.Length);
        int i = 0;
        while (i < value.Length)
        {
            if (value[i] == '&')
            {
                int j = i + 1;
                if (j < value.Length && value[j] == '#')
                {
                    j++;
                    bool hex = j < value.Length && (value[j] == 'x' || value[j] == 'X');
                    if (hex) j++;
                    int digits = j;
                    while (j < value.Length && (hex ? Uri.IsHexDigit(value[j]) : char.IsAsciiDigit(value[j]))) j++;
                    if (j > digits && int.TryParse(value.AsSpan(digits, Math.Min(j - digits, 7)), hex ? NumberStyles.HexNumber : NumberStyles.None, CultureInfo.InvariantCulture, out int code))
                    {
                        builder.Append(code is > 0 and < 0x10000 ? ((char)code).ToString() : "\uFFFD");
                        i = j < value.Length && value[j] == ';' ? j + 1 : j;
                        continue;
                    }
                }
                else
                {
                    while (j < value.Length && char.IsAsciiLetterOrDigit(value[j])) j++;
                    string entity = value.Substring(i + 1, j - i - 1).ToLowerInvariant();
                    string? text = entity switch
                    {
                        "colon" => ":", "tab" => "\t", "newline" => "\n", "amp" => "&", "lt" => "<", "gt" => ">", "quot" => "\"", "apos" => "'",
                        "nbsp" => "\u00A0", "sol" => "/", "lpar" => "(", "rpar" => ")", _ => null,
                    };
                    if (text is not null)
                    {
                        builder.Append(text);
                        i = j < value.Length && value[j] == ';' ? j + 1 : j;
                        continue;
                    }
                }
            }
            builder.Append(value[i++]);
        }
        return builder.ToString();
    }

    /// <summary>Reads a tag's attributes as a browser does, leaving <paramref name="at"/> after its '&gt;'.</summary>
    private static List<(string Name, string Value)> Attributes(string html, ref int at)
    {
        var list = new List<(string, string)>();
        int n = html.Length;
        while (at < n)
        {
            while (at < n && (char.IsWhiteSpace(html[at]) || html[at] == '/')) at++;
            if (at >= n) break;
            if (html[at] == '>')
            {
                at++;
                break;
            }
            int nameStart = at;
            at++; // a first '=' belongs to the name, as in a browser
            while (at < n && !char.IsWhiteSpace(html[at]) && html[at] != '=' && html[at] != '>' && html[at] != '/') at++;
            string name = html.Substring(nameStart, at - nameStart).ToLowerInvariant();
            while (at < n && char.IsWhiteSpace(html[at])) at++;
            string value = "";
            if (at < n && html[at] == '=')
            {
                at++;
                while (at < n && char.IsWhiteSpace(html[at])) at++;
                if (at < n && (html[at] == '"' || html[at] == '\''))
                {
                    char quote = html[at];
                    int close = html.IndexOf(quote, at + 1);
                    if (close < 0) close = n;
                    value = html.Substring(at + 1, close - at - 1);
                    at = Math.Min(n, close + 1);
                }
                else
                {
                    int start = at;
                    while (at < n && !char.IsWhiteSpace(html[at]) && html[at] != '>') at++;
                    value = html.Substring(start, at - start);
                }
            }
            list.Add((name, value));
        }
        return list;
    }
}
