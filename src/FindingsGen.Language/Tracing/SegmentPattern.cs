using System;
using System.Collections.Generic;
using FindingsGen.Language.Model;
using FindingsGen.Language.Text;

namespace FindingsGen.Language.Tracing;

/// <summary>
/// A quotation segment prepared for matching: its words (<see cref="WordTokenizer.MatchWords"/>), and before each
/// word how many transcript words an editorial insertion there may stand for (up to six each, or none). Consecutive
/// words with no insertion between them form a run, searched as one string.
/// </summary>
internal sealed class SegmentPattern
{
    /// <summary>Words an insertion may stand for.</summary>
    public const int InsertionWords = 6;

    private SegmentPattern(string[] words, int[] wordGaps, int firstWord)
    {
        Words = words;
        WordGaps = wordGaps;
        FirstWord = firstWord;
        var runs = new List<string>();
        var gaps = new List<int>();
        int start = 0;
        for (int i = 1; i <= words.Length; i++)
        {
            if (i < words.Length && wordGaps[i] == 0) continue;
            runs.Add(string.Join(" ", words, start, i - start));
            gaps.Add(runs.Count == 1 ? 0 : wordGaps[start]);
            start = i;
        }
        Runs = runs.ToArray();
        GapBefore = gaps.ToArray();
        RunBytes = Array.ConvertAll(Runs, run => System.Text.Encoding.UTF8.GetBytes(run));
        // The first run is searched by what follows its first letter, whose case may differ (a segment's first word).
        string first = Runs[0];
        int letterLength = char.IsHighSurrogate(first[0]) && first.Length > 1 && char.IsLowSurrogate(first[1]) ? 2 : 1;
        FirstLetter = letterLength == 2 ? char.ConvertToUtf32(first[0], first[1]) : first[0];
        FirstCore = System.Text.Encoding.UTF8.GetBytes(first.Substring(letterLength));
        FirstUpper = System.Text.Encoding.UTF8.GetBytes(char.ToUpperInvariant(first[0]).ToString());
        FirstLower = System.Text.Encoding.UTF8.GetBytes(char.ToLowerInvariant(first[0]).ToString());
    }

    /// <summary>The runs as UTF-8, as the transcript index holds its words.</summary>
    public byte[][] RunBytes { get; }
    /// <summary>The first run's first letter (a code point).</summary>
    public int FirstLetter { get; }
    /// <summary>The first run after its first letter, as UTF-8 (empty when the run is one letter).</summary>
    public byte[] FirstCore { get; }
    /// <summary>The first letter in upper and in lower case as UTF-8, for a one-letter first run.</summary>
    public byte[] FirstUpper { get; }
    /// <inheritdoc cref="FirstUpper"/>
    public byte[] FirstLower { get; }

    /// <summary>
    /// True when <paramref name="codePoint"/> may stand first for <see cref="FirstLetter"/>: the same letter in either case
    /// (a letter outside the BMP only as itself, as in UTF-16 its surrogates compared).
    /// </summary>
    public bool FirstLetterMatches(int codePoint)
    {
        if (codePoint == FirstLetter) return true;
        if (codePoint > 0xFFFF || FirstLetter > 0xFFFF) return false;
        return char.ToUpperInvariant((char)codePoint) == char.ToUpperInvariant((char)FirstLetter);
    }

    /// <summary>The runs: words joined by one space, split where an insertion stands.</summary>
    public string[] Runs { get; }
    /// <summary>Transcript words an insertion may stand for before each run (0 for the first).</summary>
    public int[] GapBefore { get; }
    /// <summary>The segment's words in order, for alignment and messages.</summary>
    public string[] Words { get; }
    /// <summary>Transcript words an insertion may stand for before each word (0 for the first).</summary>
    public int[] WordGaps { get; }
    /// <summary>The 0-based number of the segment's first word in the whole quotation (messages count words from 1).</summary>
    public int FirstWord { get; }

    /// <summary>The segment's pattern, or null when it has no words; <paramref name="firstWord"/> is how many words of the quotation come before it.</summary>
    public static SegmentPattern? From(QuotationSegment segment, int firstWord = 0)
    {
        var words = new List<string>();
        var gaps = new List<int>();
        int pendingGap = 0;
        foreach (var piece in segment.Pieces)
        {
            if (piece.IsInsertion)
            {
                if (words.Count > 0) pendingGap += InsertionWords;
                continue;
            }
            foreach (var word in WordTokenizer.MatchWords(piece.Text))
            {
                words.Add(word);
                gaps.Add(pendingGap);
                pendingGap = 0;
            }
        }
        if (words.Count == 0) return null;
        return new SegmentPattern(words.ToArray(), gaps.ToArray(), firstWord);
    }

    /// <summary>The patterns of a quotation's segments, each knowing where its words start in the quotation.</summary>
    public static List<SegmentPattern> Of(QuotationText text)
    {
        var result = new List<SegmentPattern>();
        int first = 0;
        foreach (var segment in text.Segments)
        {
            var pattern = From(segment, first);
            if (pattern is null) continue;
            result.Add(pattern);
            first += pattern.Words.Length;
        }
        return result;
    }

    /// <summary>Words [<paramref name="from"/>, <paramref name="from"/> + <paramref name="count"/>) as a segment of their own.</summary>
    public SegmentPattern Slice(int from, int count)
    {
        var words = new string[count];
        var gaps = new int[count];
        Array.Copy(Words, from, words, 0, count);
        Array.Copy(WordGaps, from, gaps, 0, count);
        gaps[0] = 0;
        return new SegmentPattern(words, gaps, FirstWord + from);
    }
}
