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

    private static bool IsJoiner(char c) => c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '\u2011';
}
