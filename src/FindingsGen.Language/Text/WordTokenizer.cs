using System.Collections.Generic;

namespace FindingsGen.Language.Text;

/// <summary>Splits prose into words (letters, digits, and apostrophes or hyphens inside a word), keeping positions.</summary>
public static class WordTokenizer
{
    /// <summary>A word: its text and its [start, end) indices in the string.</summary>
    public readonly struct Word
    {
        internal Word(string text, int start, int end)
        {
            Text = text;
            Start = start;
            End = end;
        }

        /// <summary>The word as written.</summary>
        public string Text { get; }
        /// <summary>Index of the first character.</summary>
        public int Start { get; }
        /// <summary>Index just past the last character.</summary>
        public int End { get; }
        /// <summary>The word in lower case (invariant).</summary>
        public string Lower => Text.ToLowerInvariant();
    }

    /// <summary>The words of <paramref name="text"/>, in order.</summary>
    public static List<Word> Split(string text)
    {
        var words = new List<Word>(text.Length / 6 + 4);
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            i = WordEnd(text, i);
            words.Add(new Word(text.Substring(start, i - start), start, i));
        }
        return words;
    }

    /// <summary>Whether <paramref name="test"/> holds for any word's [start, end) in <paramref name="text"/>; words as <see cref="Split"/> finds them.</summary>
    public static bool AnyWord(string text, System.Func<int, int, bool> test)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            i = WordEnd(text, i);
            if (test(start, i)) return true;
        }
        return false;
    }

    private static int WordEnd(string text, int i)
    {
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark
            || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
        {
            i++;
        }
        return i;
    }

    /// <summary>True when only spaces separate index <paramref name="from"/> and <paramref name="to"/>.</summary>
    public static bool OnlySpacesBetween(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i])) return false;
        }
        return true;
    }

    /// <summary>
    /// The words a quotation is matched by (LANGUAGE.md, "Matching a quotation"): runs of letters, digits and in-word
    /// apostrophes, after NFC, with every apostrophe written as a straight one. Everything between words (spaces,
    /// punctuation, quote marks, dashes and hyphens) separates words and is otherwise ignored. Tracing, the lock hash,
    /// the privacy screen and the site all compare quotations through this one function.
    /// </summary>
    public static List<string> MatchWords(string text)
    {
        if (!text.IsNormalized(System.Text.NormalizationForm.FormC)) text = text.Normalize(System.Text.NormalizationForm.FormC);
        var words = new List<string>(text.Length / 6 + 2);
        var word = new System.Text.StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (IsMatchLetter(text, i))
            {
                word.Append(c);
                if (char.IsHighSurrogate(c) && i + 1 < text.Length) word.Append(text[++i]);
                continue;
            }
            if (IsApostrophe(c) && word.Length > 0 && i + 1 < text.Length && IsMatchLetter(text, i + 1))
            {
                word.Append('\'');
                continue;
            }
            if (word.Length > 0) words.Add(word.ToString());
            word.Clear();
        }
        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }

    /// <summary>
    /// <paramref name="text"/> on one line for display: runs of spaces, tabs and line breaks as one space, trimmed. A no-break
    /// space is kept (it is typography: « guillemets », 10 %), and nothing else changes, as it is shown to readers.
    /// Matching never needs this: it compares <see cref="MatchWords"/>, where all of it is between words.
    /// </summary>
    public static string OneLine(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            {
                space = builder.Length > 0;
                continue;
            }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>The matching words of <paramref name="text"/> joined by single spaces (the normalised form of a quotation).</summary>
    public static string MatchForm(string text) => string.Join(" ", MatchWords(text));

    /// <summary>Runs of <see cref="IsMatchLetter"/> characters, with their positions (the privacy screen's words; it has made apostrophes spaces already).</summary>
    public static List<Word> SplitMatchLetters(string text)
    {
        var words = new List<Word>(text.Length / 6 + 2);
        int i = 0;
        while (i < text.Length)
        {
            if (!IsMatchLetter(text, i))
            {
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && IsMatchLetter(text, i)) i += char.IsHighSurrogate(text[i]) ? 2 : 1;
            if (i > text.Length) i = text.Length;
            words.Add(new Word(text.Substring(start, i - start), start, i));
        }
        return words;
    }

    /// <summary>True when the character at <paramref name="i"/> belongs to a word for matching: a letter, digit or combining mark.</summary>
    public static bool IsMatchLetter(string text, int i)
    {
        char c = text[i];
        if (c < 0x80) return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;
        if (IsApostrophe(c)) return false;
        if (char.IsSurrogate(c))
        {
            return char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) && IsWordCategory(char.GetUnicodeCategory(text, i));
        }
        return IsWordCategory(char.GetUnicodeCategory(c));
    }

    private static bool IsWordCategory(System.Globalization.UnicodeCategory category) => category switch
    {
        System.Globalization.UnicodeCategory.UppercaseLetter or System.Globalization.UnicodeCategory.LowercaseLetter
            or System.Globalization.UnicodeCategory.TitlecaseLetter or System.Globalization.UnicodeCategory.ModifierLetter
            or System.Globalization.UnicodeCategory.OtherLetter or System.Globalization.UnicodeCategory.DecimalDigitNumber
            or System.Globalization.UnicodeCategory.LetterNumber or System.Globalization.UnicodeCategory.OtherNumber
            or System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
            or System.Globalization.UnicodeCategory.EnclosingMark => true,
        _ => false,
    };

    /// <summary>Apostrophes (straight, typographic, modifier letter, prime, grave and acute accents used as one): inside a word they are one character.</summary>
    public static bool IsApostrophe(char c) => c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u2032' || c == '`' || c == '\u00B4';

    private static bool IsJoiner(char c) => c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '\u2011';
}
