using System;
using System.Globalization;
using System.Text;

namespace FindingsGen.Site.Html;

/// <summary>
/// The one rule for every URL the site writes (links, images and autolinks in the Markdown, wherever they are, and
/// every link attribute of every page, checked again once it is rendered): http, https, mailto and relative targets
/// only. The URL is read as a browser would read it, and more strictly: HTML entities decoded (a browser decodes them in
/// an attribute), every control character and space removed (browsers drop tabs and newlines anywhere and trim the
/// rest), the scheme compared without regard to case. When in doubt it refuses: a URL that only looks like it has a
/// scheme ("a b:c") is refused rather than guessed relative.
/// </summary>
public static class SafeUrls
{
    /// <summary>True for http, https, mailto and relative URLs, as they are and once HTML entities are decoded.</summary>
    public static bool IsAllowed(string? url)
    {
        if (url is null) return false;
        // The URL as written, and as each round of entity decoding makes it ("&amp;#106;" is "&#106;" once decoded,
        // "j" twice): a value is written escaped, but a template or a later step may decode it once more.
        string current = url;
        for (int round = 0; round < 4; round++)
        {
            if (!HasSafeScheme(current)) return false;
            string decoded = DecodeEntities(current);
            if (decoded == current) return true;
            current = decoded;
        }
        return false; // entities within entities within entities: no honest URL looks like that
    }

    /// <summary><paramref name="url"/> when it is allowed, otherwise the empty URL (which goes nowhere but the page itself).</summary>
    public static string Filter(string? url) => IsAllowed(url) ? url! : "";

    private static bool HasSafeScheme(string url)
    {
        // Browsers drop tab, line feed and carriage return anywhere in a URL and trim other controls and spaces
        // around it: skipping every control character and space anywhere also covers "java script:" and U+007F.
        // The first colon or path start decides, read in place: this runs for every link of every page.
        Span<char> scheme = stackalloc char[7]; // one longer than "mailto": a longer scheme is none of ours
        int length = 0;
        foreach (char c in url)
        {
            if (c <= ' ' || c == '\u007F') continue;
            if (c is '/' or '?' or '#' or '\\') return true; // no scheme: relative (a path, ?query or #fragment)
            if (c == ':')
            {
                return scheme[..length] is "http" or "https" or "mailto";
            }
            if (length < scheme.Length) scheme[length++] = char.ToLowerInvariant(c);
        }
        return true;
    }

    /// <summary>
    /// Decodes HTML character references as a browser does in an attribute: numeric ones (decimal or hex, with or
    /// without the semicolon) and named ones (HTML5's, such as <c>&amp;colon;</c> and <c>&amp;Tab;</c>).
    /// </summary>
    internal static string DecodeEntities(string text)
    {
        int amp = text.IndexOf('&');
        if (amp < 0) return text;
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, amp);
        int i = amp;
        while (i < text.Length)
        {
            char c = text[i];
            if (c != '&')
            {
                builder.Append(c);
                i++;
                continue;
            }
            if (TryDecode(text, i, out string? decoded, out int length))
            {
                builder.Append(decoded);
                i += length;
            }
            else
            {
                builder.Append('&');
                i++;
            }
        }
        return builder.ToString();
    }

    private static bool TryDecode(string text, int at, out string? decoded, out int length)
    {
        decoded = null;
        length = 0;
        int i = at + 1;
        if (i < text.Length && text[i] == '#')
        {
            i++;
            bool hex = i < text.Length && (text[i] == 'x' || text[i] == 'X');
            if (hex) i++;
            int start = i;
            while (i < text.Length && (hex ? Uri.IsHexDigit(text[i]) : char.IsAsciiDigit(text[i]))) i++;
            if (i == start) return false;
            string digits = text.Substring(start, Math.Min(i - start, 8)); // "&#0000000106;" is still 'j'; anything larger is not a character
            int code = int.Parse(digits, hex ? NumberStyles.HexNumber : NumberStyles.None, CultureInfo.InvariantCulture);
            if (i < text.Length && text[i] == ';') i++;
            decoded = code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : "\uFFFD";
            length = i - at;
            return true;
        }
        int nameStart = i;
        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]) && i - nameStart < 40) i++;
        if (i == nameStart) return false;
        // The longest known name first: "&colon;" and, without its semicolon, names such as "&amp" that browsers accept bare.
        for (int end = i; end > nameStart; end--)
        {
            bool semicolon = end < text.Length && text[end] == ';';
            string name = text.Substring(nameStart, end - nameStart);
            string? value = Markdig.Helpers.EntityHelper.DecodeEntity(name);
            if (value is null) continue;
            decoded = value;
            length = end - at + (semicolon ? 1 : 0);
            return true;
        }
        return false;
    }
}
