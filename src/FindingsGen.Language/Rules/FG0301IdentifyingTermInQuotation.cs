using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Text;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Model;
using FindingsGen.Language.Text;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Language.Rules;

/// <summary>
/// FG0301: a quotation (its translation or its original) contains a term of the private identifiers list.
/// The quotation is screened as a reader sees it: both it and each term are reduced to a sequence of words
/// (HTML character references decoded, format characters such as zero-width spaces removed, Unicode NFKC,
/// quote marks and dashes folded, case folded) and a term matches a run of whole words, whatever stands
/// between them. The message gives the position, never the list. It needs the list, which arrives with the transcripts,
/// so <see cref="FindingsChecker"/> runs it with the tracing rather than with the study rules.
/// </summary>
internal sealed class FG0301IdentifyingTermInQuotation : IRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0301", "Identifying term in a quotation", Severity.Error, "Privacy");

    /// <inheritdoc />
    public Rule Descriptor => Definition;

    /// <summary>Screens every quotation against the list's terms (one a line; blank lines and # comments ignored).</summary>
    /// <param name="study">The parsed study.</param>
    /// <param name="identifiersText">The list's text.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="listLocation">Where the manifest names the list: a list without terms is an FG0201 warning there.</param>
    public static void Check(Study study, string identifiersText, DiagnosticList diagnostics, SourceLocation? listLocation = null)
    {
        var terms = ReadTerms(identifiersText);
        if (terms.Count == 0)
        {
            // An empty list screens nothing; the author must know that rather than read a clean check as "screened".
            if (listLocation is { } where)
                diagnostics.Add(RuleTable.FG0201, Severity.Warning, where, "the identifiers list is empty: nothing is screened; add the real names and places, one a line");
            return;
        }

        // Terms by their first word, so each word of a quotation costs one look-up however long the list.
        var byFirstWord = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (!byFirstWord.TryGetValue(term[0], out var list)) byFirstWord[term[0]] = list = new List<string[]>();
            list.Add(term);
        }
        foreach (var quotation in study.Quotations)
        {
            Screen(quotation, quotation.Text, byFirstWord, diagnostics);
            if (quotation.Original is { } original) Screen(quotation, original, byFirstWord, diagnostics);
        }
    }

    /// <summary>The list's terms, each as its words in screening form; a line with no words is no term.</summary>
    internal static List<string[]> ReadTerms(string identifiersText)
    {
        var terms = new List<string[]>();
        foreach (var raw in identifiersText.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var words = ScreenWords(line, markersRemoved: false, formatRemoved: true);
            if (words.Count == 0) continue;
            terms.Add(words.ConvertAll(w => w.Text).ToArray());
        }
        return terms;
    }

    private static void Screen(Quotation quotation, QuotationText text, Dictionary<string, List<string[]>> byFirstWord, DiagnosticList diagnostics)
    {
        var reported = new List<(int Start, int End)>();
        // Characters already inside a reported match: a second match over any of them is the same finding.
        var covered = new bool[text.Text.Length + 1];
        // Markdown markers (* _ ` ~, brackets, link targets, HTML tags) and format characters are read both as
        // separators and as removed (the rendered page joins K*ar*i into "Kari"). A match in any reading is reported once.
        // A reading is only worth its tokenising when the text holds what it reads differently: most quotations have
        // neither format characters (nor references, which may decode to one) nor markers, and are read once.
        bool format = HasFormatOrReference(text.Text), markers = text.Text.IndexOfAny(MarkerStarts) >= 0;
        foreach (var (markersRemoved, formatRemoved) in Readings)
        {
            if ((formatRemoved && !markersRemoved && !format) || (markersRemoved && !markers)) continue;
            var words = ScreenWords(text.Text, markersRemoved, formatRemoved);
            for (int i = 0; i < words.Count; i++)
            {
                if (!byFirstWord.TryGetValue(words[i].Text, out var candidates)) continue;
                foreach (var term in candidates)
                {
                    if (i + term.Length > words.Count || !Matches(words, i, term)) continue;
                    int start = words[i].Start, end = words[i + term.Length - 1].End;
                    if (Array.IndexOf(covered, true, start, end - start) >= 0) continue;
                    for (int k = start; k < end; k++) covered[k] = true;
                    reported.Add((start, end));
                }
            }
        }
        reported.Sort((a, b) => a.Start.CompareTo(b.Start));
        foreach (var (start, end) in reported)
        {
            var location = quotation.Page.Lines.Locate(text.Source.SourceOffset(start), text.Source.SourceEnd(end));
            diagnostics.Add(Definition, location,
                $"this quotation contains a term from the private identifiers list (line {location.Line}, column {location.Column}, {end - start} characters); replace it with a pseudonym or a description in [brackets]");
        }
    }

    private static readonly (bool MarkersRemoved, bool FormatRemoved)[] Readings = { (false, false), (false, true), (true, true) };

    // The characters MarkupLength removes or starts at: without any, the reading with markers removed is the one without.
    private static readonly char[] MarkerStarts = { '*', '_', '`', '~', '[', '\\', ']', '<' };

    private static bool HasFormatOrReference(string text)
    {
        foreach (char c in text)
        {
            if (c == '&' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format) return true;
        }
        return false;
    }

    private static bool Matches(List<WordTokenizer.Word> words, int at, string[] term)
    {
        for (int k = 0; k < term.Length; k++)
        {
            if (!string.Equals(words[at + k].Text, term[k], StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>
    /// The words of <paramref name="text"/> in screening form: character references decoded, format characters
    /// removed, NFKC, quote marks and dashes folded, lower case (invariant); apostrophes and hyphens separate words
    /// (so "Kari's" holds the word "kari" and "Oslo-University" the words "oslo" and "university").
    /// </summary>
    internal static List<WordTokenizer.Word> ScreenWords(string text, bool markersRemoved, bool formatRemoved)
    {
        var chars = new StringBuilder(text.Length);
        var from = new List<(int Start, int End)>(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '&' && DecodeReference(text, i, out string decoded, out int length))
            {
                foreach (char d in decoded) AddVisible(d, (i, i + length), formatRemoved, chars, from);
                i += length;
                continue;
            }
            if (markersRemoved)
            {
                int skip = MarkupLength(text, i);
                if (skip > 0)
                {
                    i += skip;
                    continue;
                }
            }
            AddVisible(c, (i, i + 1), formatRemoved, chars, from);
            i++;
        }

        // NFKC cluster by cluster (a base character and the marks after it), so each output character keeps an origin.
        // NFKC rather than NFC: full-width letters and ligatures (Ｋａｒｉ, ﬁ) read as the plain letters they show.
        var folded = new StringBuilder(chars.Length);
        var origin = new List<(int Start, int End)>(chars.Length);
        int c0 = 0;
        while (c0 < chars.Length)
        {
            int c1 = c0 + 1;
            while (c1 < chars.Length && Continues(chars[c1])) c1++;
            string cluster = chars.ToString(c0, c1 - c0);
            if (!cluster.IsNormalized(NormalizationForm.FormKC)) cluster = cluster.Normalize(NormalizationForm.FormKC);
            foreach (char k in cluster)
            {
                char f = TextNormalizer.Fold(char.ToLowerInvariant(k));
                // Apostrophes and hyphens join a word for the tracer; here they separate, so a possessive or a hyphenated
                // spelling of a name is still the name.
                folded.Append(f == '\'' || f == '-' ? ' ' : f);
                origin.Add((from[c0].Start, from[c1 - 1].End));
            }
            c0 = c1;
        }

        string screened = folded.ToString();
        var words = new List<WordTokenizer.Word>();
        // Words by the one definition matching uses (WordTokenizer.IsMatchLetter); apostrophes and hyphens are spaces here.
        foreach (var w in WordTokenizer.SplitMatchLetters(screened))
        {
            // A word spans the whole source pieces its characters came from (a reference such as &#97; is one piece).
            words.Add(new WordTokenizer.Word(w.Text, origin[w.Start].Start, origin[w.End - 1].End));
        }
        return words;
    }

    private static void AddVisible(char c, (int Start, int End) origin, bool formatRemoved, StringBuilder chars, List<(int Start, int End)> from)
    {
        // Zero-width spaces and joiners, soft hyphens, bidi marks: invisible to a reader, so removed ("Nord\u200Bmann"
        // reads "Nordmann") in one reading and a word break ("Kari\u200BNordmann") in the other.
        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
        {
            if (formatRemoved) return;
            c = ' ';
        }
        chars.Append(c);
        from.Add(origin);
    }

    private static bool Continues(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            || (c >= '\u1160' && c <= '\u11FF') || char.IsLowSurrogate(c);
    }

    /// <summary>An HTML character reference (<c>&amp;#97;</c>, <c>&amp;#x61;</c>, <c>&amp;eacute;</c>) at <paramref name="at"/>, decoded as the page renderer shows it.</summary>
    private static bool DecodeReference(string text, int at, out string decoded, out int length)
    {
        decoded = "";
        length = 0;
        // The window is bounded, so a quotation of many '&' without ';' stays linear.
        int semicolon = text.IndexOf(';', at + 1, Math.Min(40, text.Length - at - 1));
        if (semicolon < 0) return false;
        string reference = text.Substring(at, semicolon - at + 1);
        for (int k = 1; k < reference.Length - 1; k++)
        {
            if (!(char.IsLetterOrDigit(reference[k]) || (k == 1 && reference[k] == '#'))) return false;
        }
        if (reference.Length < 4) return false;
        string result = WebUtility.HtmlDecode(reference);
        if (result == reference) return false;
        decoded = result;
        length = reference.Length;
        return true;
    }

    // How far a link target or an HTML tag is looked for: bounded, so many unclosed ones cost linear time.
    private const int MarkupWindow = 2048;

    /// <summary>How many characters of Markdown or HTML markup start at <paramref name="at"/> (0 when none), for the reading with markers removed.</summary>
    private static int MarkupLength(string text, int at)
    {
        char c = text[at];
        switch (c)
        {
            case '*' or '_' or '`' or '~' or '[' or '\\':
                return 1;
            case ']':
                // A link's target is not shown: [Kari](https://x) Nordmann reads "Kari Nordmann".
                if (at + 1 < text.Length && text[at + 1] == '(')
                {
                    int close = text.IndexOf(')', at + 2, Math.Min(MarkupWindow, text.Length - at - 2));
                    if (close > 0) return close - at + 1;
                }
                return 1;
            case '<':
                int end = text.IndexOf('>', at + 1, Math.Min(MarkupWindow, text.Length - at - 1));
                if (end > at + 1 && (char.IsLetter(text[at + 1]) || text[at + 1] == '/' || text[at + 1] == '!')) return end - at + 1;
                return 0;
            default:
                return 0;
        }
    }
}
