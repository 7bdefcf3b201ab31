using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace FindingsGen.Site.Citation;

/// <summary>
/// An author's name split as citation styles need it: family name and given names, or unsplit. A name with a comma is
/// "Family, Given"; otherwise the last word is the family name, with the lower-case particles before it ("van der Berg").
/// A name of one word, or in a script written without spaces between names (Chinese, Japanese, Korean), is not split:
/// guessing there would misname the author.
/// </summary>
public sealed record CitationName(string Written, string? Family, string? Given)
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "la", "le", "ter", "ten", "bin", "al", "zu", "af",
    };

    /// <summary>True when the name was split into family and given names.</summary>
    public bool IsSplit => Family is not null && Given is not null;

    /// <summary>Splits <paramref name="name"/>.</summary>
    public static CitationName Of(string name)
    {
        string text = string.Join(" ", name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        int comma = text.IndexOf(',');
        if (comma > 0 && comma < text.Length - 1 && text.IndexOf(',', comma + 1) < 0)
        {
            string family = text.Substring(0, comma).Trim(), given = text.Substring(comma + 1).Trim();
            return family.Length > 0 && given.Length > 0 ? new CitationName(text, family, given) : new CitationName(text, null, null);
        }
        if (text.Any(IsUnspacedScript)) return new CitationName(text, null, null);
        var words = text.Split(' ');
        if (words.Length < 2) return new CitationName(text, null, null);
        int start = words.Length - 1;
        while (start > 1 && Particles.Contains(words[start - 1])) start--;
        return new CitationName(text, string.Join(" ", words.Skip(start)), string.Join(" ", words.Take(start)));
    }

    /// <summary>APA's form: "Halvorsen, R." (the given names as initials), or the name as written when unsplit.</summary>
    public string Apa => IsSplit ? Family + ", " + Initials(Given!) : Written;

    /// <summary>The given names as initials: "Rune Arne" → "R. A.", "Jean-Paul" → "J.-P.", "R." stays "R.".</summary>
    public static string Initials(string given)
    {
        var parts = new List<string>();
        foreach (string word in given.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            parts.Add(string.Join("-", word.Split(new[] { '-' }, StringSplitOptions.RemoveEmptyEntries).Select(Initial)));
        }
        return string.Join(" ", parts);
    }

    private static string Initial(string word)
    {
        // The first letter as a whole text element (a letter with its combining marks, or a surrogate pair).
        var letters = StringInfo.GetTextElementEnumerator(word);
        while (letters.MoveNext())
        {
            string element = (string)letters.Current;
            if (char.IsLetter(element, 0)) return element.ToUpperInvariant() + ".";
        }
        return word;
    }

    private static bool IsUnspacedScript(char c) =>
        c is >= '\u3040' and <= '\u30FF' // kana
        or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' // CJK ideographs
        or >= '\uAC00' and <= '\uD7AF'; // Hangul

    /// <summary>ASCII letters of the family name (or the whole name), lower case: the start of a BibTeX key.</summary>
    public string KeyPart
    {
        get
        {
            var key = new StringBuilder();
            foreach (char c in (Family ?? Written).Normalize(NormalizationForm.FormD))
            {
                if (c < 128 && char.IsLetter(c)) key.Append(char.ToLowerInvariant(c));
            }
            return key.ToString();
        }
    }
}
