using System;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace FindingsGen.Language.Manifest;

/// <summary>The identifiers <c>publication:</c> names, read and checked: DOIs, ORCID iDs and web addresses.</summary>
public static class PublicationIdentifiers
{
    // A DOI is "10." + a registrant code of digits (dot-separated sub-codes allowed) + "/" + a suffix of any printable
    // characters; the suffix is opaque, so only its printability is checked.
    private static readonly Regex DoiSyntax = new(@"^10\.[0-9]{4,9}(\.[0-9]+)*/\S+$", RegexOptions.CultureInvariant);

    private static readonly string[] DoiPrefixes =
    {
        "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi.org/", "doi:",
    };

    /// <summary>
    /// The bare DOI of <paramref name="written"/> (<c>10.5555/abc</c>, <c>doi:10.5555/abc</c> or <c>https://doi.org/10.5555/abc</c>,
    /// prefixes in any case), or null when it is not one.
    /// </summary>
    public static string? Doi(string written)
    {
        string text = written.Trim();
        foreach (string prefix in DoiPrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                text = text.Substring(prefix.Length).TrimStart();
                break;
            }
        }
        if (text.Any(char.IsControl) || !DoiSyntax.IsMatch(text)) return null;
        return text;
    }

    /// <summary>
    /// The DOI's address at doi.org: the characters a URL gives meaning to (<c>%</c>, <c>#</c>, <c>?</c>, quotes, brackets,
    /// spaces…) percent-encoded, as the DOI Handbook asks, so the link names exactly this DOI.
    /// </summary>
    public static string DoiUrl(string doi)
    {
        var url = new StringBuilder("https://doi.org/");
        foreach (byte b in Encoding.UTF8.GetBytes(doi))
        {
            char c = (char)b;
            bool plain = b < 0x80 && (char.IsLetterOrDigit(c) || "-._~/:;()!*+,=@$&'".IndexOf(c) >= 0);
            if (plain) url.Append(c);
            else url.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return url.ToString();
    }

    private static readonly Regex OrcidSyntax = new(@"^([0-9]{4})-?([0-9]{4})-?([0-9]{4})-?([0-9]{3}[0-9Xx])$", RegexOptions.CultureInvariant);

    /// <summary>
    /// The bare ORCID iD of <paramref name="written"/> (<c>0000-0002-1825-0097</c>, with or without
    /// <c>https://orcid.org/</c>), or null with <paramref name="problem"/> set when it is not one or its check digit is wrong.
    /// </summary>
    public static string? Orcid(string written, out string? problem)
    {
        problem = null;
        string text = written.Trim();
        foreach (string prefix in new[] { "https://orcid.org/", "http://orcid.org/", "orcid.org/" })
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                text = text.Substring(prefix.Length);
                break;
            }
        }
        var match = OrcidSyntax.Match(text);
        if (!match.Success)
        {
            problem = "is not an ORCID iD: four groups of four digits, the last character a digit or X, e.g. 0000-0002-1825-0097";
            return null;
        }
        string digits = string.Concat(match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value, match.Groups[4].Value).ToUpperInvariant();
        char expected = OrcidCheckDigit(digits.Substring(0, 15));
        if (digits[15] != expected)
        {
            problem = $"has a wrong check digit: an ORCID iD with these first 15 digits ends in {expected}; copy the iD from orcid.org";
            return null;
        }
        return $"{digits.Substring(0, 4)}-{digits.Substring(4, 4)}-{digits.Substring(8, 4)}-{digits.Substring(12, 4)}";
    }

    /// <summary>The ISO 7064 MOD 11-2 check character of an ORCID iD's first 15 digits.</summary>
    public static char OrcidCheckDigit(string fifteenDigits)
    {
        int total = 0;
        foreach (char c in fifteenDigits) total = (total + (c - '0')) * 2;
        int result = (12 - total % 11) % 11;
        return result == 10 ? 'X' : (char)('0' + result);
    }

    /// <summary>An absolute http(s) address as written (trimmed), or null when it is not one (or holds a space or control character).</summary>
    public static string? WebAddress(string written)
    {
        string text = written.Trim();
        if (text.Length == 0 || text.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))) return null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || uri.Host.Length == 0) return null;
        return uri.AbsoluteUri;
    }

    /// <summary>True when <paramref name="text"/> is an absolute http(s) address.</summary>
    public static bool IsWebAddress(string text) => WebAddress(text) is not null;

    /// <summary>True when <paramref name="text"/> looks meant as an address (a scheme, or www.), so it is checked as one rather than read as prose.</summary>
    internal static bool LooksLikeAddress(string text)
    {
        string t = text.TrimStart();
        return Regex.IsMatch(t, "^[A-Za-z][A-Za-z0-9+.-]*://") || t.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || (t.IndexOf(' ') < 0 && t.IndexOf('/') > 0 && t.IndexOf('.') > 0 && !t.StartsWith("10.", StringComparison.Ordinal));
    }
}
