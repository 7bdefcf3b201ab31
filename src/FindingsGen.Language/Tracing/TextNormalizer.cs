using System.Text;

namespace FindingsGen.Language.Tracing;

/// <summary>
/// The matching tolerances of LANGUAGE.md, applied to text: Unicode NFC; typographic and straight quote
/// marks, apostrophes and dashes made equal; any run of whitespace one space. Nothing else.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Maps one character to its matching form.</summary>
    public static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' or '\u2039' or '\u203A' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => c,
    };

    /// <summary>NFC, folded quotes and dashes, whitespace runs as one space, trimmed.</summary>
    public static string Normalize(string text)
    {
        if (!text.IsNormalized(NormalizationForm.FormC)) text = text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char raw in text)
        {
            if (char.IsWhiteSpace(raw))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(Fold(raw));
        }
        return builder.ToString();
    }

    /// <summary>True for characters ignored at either end of a segment.</summary>
    public static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);

    /// <summary>Removes punctuation (and spaces) from the start and/or the end, as matching ignores them at a segment's ends.</summary>
    public static string TrimPunctuation(string s, bool start, bool end)
    {
        int a = 0, b = s.Length;
        if (start) while (a < b && (IsPunctuation(s[a]) || s[a] == ' ')) a++;
        if (end) while (b > a && (IsPunctuation(s[b - 1]) || s[b - 1] == ' ')) b--;
        return a == 0 && b == s.Length ? s : s.Substring(a, b - a);
    }
}
