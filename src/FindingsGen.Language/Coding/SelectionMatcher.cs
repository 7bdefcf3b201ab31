using System;
using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Model;
using FindingsGen.Language.Text;

namespace FindingsGen.Language.Coding;

/// <summary>
/// Whether a quotation's words lie in a coded selection's text, compared as the tracing compares a quotation with a
/// transcript (LANGUAGE.md, "Matching a quotation"): words only (punctuation, quote marks, dashes and line breaks are
/// between words), apostrophes folded, case ignored, an elision skipping any number of words, an editorial insertion
/// standing for up to six, and the fillers <c>editing:</c> declares left out on either side.
/// </summary>
internal static class SelectionMatcher
{
    /// <summary>The most transcript words an editorial insertion stands for.</summary>
    private const int InsertionWords = 6;

    /// <summary>A quotation as runs of words, each with the most words that may come before it (-1: any number).</summary>
    public sealed class Pattern
    {
        internal Pattern(List<(string[] Words, int Gap)> runs) => Runs = runs;

        internal List<(string[] Words, int Gap)> Runs { get; }

        /// <summary>True when the quotation has no words to look for.</summary>
        public bool IsEmpty => Runs.Count == 0;
    }

    /// <summary>The pattern of a quotation's traced words (the original, for a translated one).</summary>
    public static Pattern Compile(QuotationText traced, IReadOnlyCollection<string[]> fillers)
    {
        var runs = new List<(string[] Words, int Gap)>();
        foreach (var segment in traced.Segments)
        {
            int gap = -1; // a new segment: after an elision any number of words may come first
            var words = new List<string>();
            foreach (var piece in segment.Pieces)
            {
                if (piece.IsInsertion)
                {
                    // An insertion at a segment's start changes nothing: after an elision any number of words may come first.
                    if (words.Count == 0) continue;
                    runs.Add((words.ToArray(), gap));
                    words = new List<string>();
                    gap = InsertionWords;
                    continue;
                }
                words.AddRange(Words(piece.Text, fillers));
            }
            if (words.Count > 0) runs.Add((words.ToArray(), gap));
        }
        return new Pattern(runs);
    }

    /// <summary>The words of a text as matching compares them (lower case, fillers left out).</summary>
    public static string[] Words(string text, IReadOnlyCollection<string[]> fillers)
    {
        var words = WordTokenizer.MatchWords(text).Select(w => w.ToLowerInvariant()).ToList();
        if (fillers.Count == 0) return words.ToArray();
        var kept = new List<string>(words.Count);
        for (int i = 0; i < words.Count;)
        {
            int skip = 0;
            foreach (var filler in fillers)
            {
                if (filler.Length > 0 && i + filler.Length <= words.Count && !filler.Where((w, k) => words[i + k] != w).Any())
                {
                    skip = filler.Length;
                    break;
                }
            }
            if (skip > 0)
            {
                i += skip;
                continue;
            }
            kept.Add(words[i]);
            i++;
        }
        return kept.ToArray();
    }

    /// <summary>The declared fillers as word sequences (lower case).</summary>
    public static IReadOnlyCollection<string[]> Fillers(IEnumerable<string> declared) =>
        declared.Select(f => WordTokenizer.MatchWords(f).Select(w => w.ToLowerInvariant()).ToArray()).Where(f => f.Length > 0).ToList();

    /// <summary>True when every run of <paramref name="pattern"/> is found in <paramref name="words"/>, in order.</summary>
    public static bool Contains(string[] words, Pattern pattern)
    {
        if (pattern.IsEmpty) return false;
        var failed = new HashSet<(int Run, int From)>();
        return Match(words, pattern.Runs, 0, 0, failed);
    }

    private static bool Match(string[] words, List<(string[] Words, int Gap)> runs, int run, int from, HashSet<(int, int)> failed)
    {
        if (run == runs.Count) return true;
        if (failed.Contains((run, from))) return false;
        var (needle, gap) = runs[run];
        // The first run may start anywhere; a later one right after the one before, or up to its gap later.
        int last = gap < 0 || run == 0 ? words.Length - needle.Length : Math.Min(words.Length - needle.Length, from + gap);
        for (int start = from; start <= last; start++)
        {
            if (!At(words, needle, start)) continue;
            if (Match(words, runs, run + 1, start + needle.Length, failed)) return true;
        }
        failed.Add((run, from));
        return false;
    }

    private static bool At(string[] words, string[] needle, int start)
    {
        for (int k = 0; k < needle.Length; k++)
        {
            if (!string.Equals(words[start + k], needle[k], StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>
    /// The span widened to whole words: a position that falls inside a word (a package counting characters differently,
    /// a selection made by hand) takes the whole word, so the quotation's first and last words can still be found.
    /// </summary>
    public static (int Start, int End) ToWordBoundaries(string text, int start, int end)
    {
        while (start > 0 && start < text.Length && IsWordChar(text, start - 1) && IsWordChar(text, start)) start--;
        while (end > 0 && end < text.Length && IsWordChar(text, end - 1) && IsWordChar(text, end)) end++;
        return (start, end);
    }

    private static bool IsWordChar(string text, int i) => char.IsLetterOrDigit(text[i]) || char.IsSurrogate(text[i]) || WordTokenizer.IsApostrophe(text[i]);
}
