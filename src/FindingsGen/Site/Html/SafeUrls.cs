using System;

namespace FindingsGen.Site.Html;

/// <summary>Which link targets a page may carry: http, https, mailto and relative ones; nothing else.</summary>
public static class SafeUrls
{
    /// <summary>True for http, https, mailto and relative URLs (no scheme).</summary>
    public static bool IsAllowed(string? url)
    {
        if (url is null) return false;
        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"): so do we.
        var cleaned = new System.Text.StringBuilder();
        foreach (char c in url)
        {
            if (c > ' ' && c != '\u007F') cleaned.Append(c);
        }
        string u = cleaned.ToString();
        int colon = u.IndexOf(':');
        int stop = u.IndexOfAny(new[] { '/', '?', '#' });
        if (colon < 0 || (stop >= 0 && stop < colon)) return true; // relative
        string scheme = u.Substring(0, colon).ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }
}
