using System;
using System.Collections.Generic;

namespace FindingsGen.Language.Transcripts;

/// <summary>
/// The one speaker-line recogniser, shared by every layout: <c>.txt</c> and <c>.md</c> lines, <c>.docx</c>
/// paragraphs and the text of VTT/SRT cues. It says whether a line starts with a speaker label, in which
/// form, and where the speech starts; whether a candidate is taken as a label is decided over the whole file
/// (<see cref="TurnBuilder"/>), since one line alone cannot tell <c>Well: …</c> from <c>Rowan: …</c>.
/// </summary>
internal readonly struct SpeakerLine
{
    /// <summary>Longest label, in characters.</summary>
    public const int MaxLabelLength = 40;
    /// <summary>Most words in a label.</summary>
    public const int MaxLabelWords = 4;

    private static readonly string[] Particles = { "de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "du", "bin", "al", "el", "y", "e", "ter", "zu" };

    private SpeakerLine(SpeakerLineKind kind, string label, int speechStart, bool looksLikeName)
    {
        Kind = kind;
        Label = label;
        SpeechStart = speechStart;
        LooksLikeName = looksLikeName;
    }

    /// <summary>The form; <see cref="SpeakerLineKind.None"/> when the line names no speaker.</summary>
    public SpeakerLineKind Kind { get; }
    /// <summary>The label as written (trimmed).</summary>
    public string Label { get; }
    /// <summary>Where the speech starts in the line's source.</summary>
    public int SpeechStart { get; }
    /// <summary>
    /// True when every word of the label starts with a capital letter or a digit (name particles such as
    /// <c>de</c>, <c>van</c> aside): <c>So what I mean is:</c> is speech, <c>Zoë O'Brien-Ávila:</c> a name.
    /// </summary>
    public bool LooksLikeName { get; }
    /// <summary>True for forms only a label takes (bold, with a time, a header line, a tabular row).</summary>
    public bool Strong => Kind is SpeakerLineKind.Bold or SpeakerLineKind.Timed or SpeakerLineKind.Header or SpeakerLineKind.Tabular;

    private static bool HasFormChar(string s, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            char c = s[i];
            if (c == ':' || c == '*' || c == '[' || c == '\t' || (uint)(c - '0') <= 9) return true;
        }
        return false;
    }

    private static readonly SpeakerLine NoneLine = new(SpeakerLineKind.None, "", 0, false);

    /// <summary>Recognises a speaker label at the start of <c>source[start..end)</c> (after an optional leading time mark).</summary>
    public static SpeakerLine Read(string source, int start, int end)
    {
        // Fast path for a line of speech: every form but a name alone has a colon, a time's digit, a bold or bracket
        // mark, or a tab within its first characters (a label is at most 40).
        if (end - start > MaxLabelLength + 2 && !HasFormChar(source, start, Math.Min(end, start + MaxLabelLength + 24))) return NoneLine;
        int i = SkipSpace(source, start, end);
        int afterTime = TimeMarks.TimeAt(source, i, end, bareTwoPart: true);
        bool leadingTime = afterTime > i;
        if (leadingTime)
        {
            // "[00:00:06] T1: …" and "00:00:04 T1: …": the time is not the label.
            if (afterTime >= end || !char.IsWhiteSpace(source[afterTime])) return NoneLine;
            i = SkipSpace(source, afterTime, end);
        }
        if (i >= end) return NoneLine;

        if (source[i] == '*' && i + 1 < end && source[i + 1] == '*') return Bold(source, i, end);
        if (source[i] == '[')
        {
            int close = source.IndexOf(']', i + 1, end - i - 1);
            if (close > i + 1 && close + 1 < end && source[close + 1] == ':' && (close + 2 == end || char.IsWhiteSpace(source[close + 2])))
            {
                return Make(SpeakerLineKind.Bold, source.Substring(i + 1, close - i - 1), close + 2);
            }
            return NoneLine;
        }

        int labelStart = i;
        int labelEnd = LabelEnd(source, i, end);
        if (labelEnd == labelStart) return NoneLine;
        int j = labelEnd;
        if (j < end && source[j] == ':')
        {
            // "12:30" or a URL is not a label: a colon that opens speech is followed by a space or the line's end.
            if (j + 1 < end && !char.IsWhiteSpace(source[j + 1])) return NoneLine;
            return Make(SpeakerLineKind.Plain, source.Substring(labelStart, labelEnd - labelStart), j + 1);
        }
        if (j >= end || IsBlank(source, j, end))
        {
            // "00:00:00 Speaker 1" (Word's Transcribe) is a header line too: the time before the label.
            return Make(leadingTime ? SpeakerLineKind.Header : SpeakerLineKind.NameOnly, source.Substring(labelStart, labelEnd - labelStart), end);
        }
        if (!char.IsWhiteSpace(source[j])) return NoneLine;

        int gapEnd = SkipSpace(source, j, end);
        int timeEnd = TimeMarks.TimeAt(source, gapEnd, end, bareTwoPart: true);
        if (timeEnd == gapEnd) return NoneLine;
        string label = source.Substring(labelStart, labelEnd - labelStart);
        if (source[gapEnd] == '(' || source[gapEnd] == '[')
        {
            // "Label (00:01:02): text", or the label line alone with the text below, or "Label [00:01:02] text" (Trint).
            if (timeEnd < end && source[timeEnd] == ':') return Make(SpeakerLineKind.Timed, label, timeEnd + 1);
            if (IsBlank(source, timeEnd, end)) return Make(SpeakerLineKind.Timed, label, end);
            return char.IsWhiteSpace(source[timeEnd]) ? Make(SpeakerLineKind.Timed, label, timeEnd) : NoneLine;
        }
        if (IsBlank(source, timeEnd, end)) return Make(SpeakerLineKind.Header, label, end);
        // Tabular: the label, the time and the text separated by a tab or by two or more spaces.
        if (!WideGap(source, j, gapEnd)) return NoneLine;
        int textStart = SkipSpace(source, timeEnd, end);
        return WideGap(source, timeEnd, textStart) ? Make(SpeakerLineKind.Tabular, label, textStart) : NoneLine;
    }

    /// <summary>Longest declared label looked for, in characters (a declared label may be any length up to this).</summary>
    public const int MaxDeclaredLength = 120;

    /// <summary>
    /// Recognises a <em>declared</em> label (<paramref name="known"/>, compared ignoring case) at the start of
    /// <c>source[start..end)</c>, whatever its shape: a declared label is always a label, even one the general
    /// recogniser would not take ("Interviewer (RH)", "Rowan Hale (Guest)", "rowan.hale", "Hale, Rowan", a name in
    /// another script or of five words). <paramref name="longest"/> is the length of the longest declared label. Forms: <c>Label:</c> (also bold or bracketed, with a space before the colon as
    /// French typography writes it), <c>Label (time):</c>, a header line of the label and a time, and a tabular row.
    /// </summary>
    public static SpeakerLine ReadDeclared(string source, int start, int end, ISet<string> known, int longest)
    {
        if (known.Count == 0) return NoneLine;
        int i = SkipSpace(source, start, end);
        int afterTime = TimeMarks.TimeAt(source, i, end, bareTwoPart: true);
        bool leadingTime = afterTime > i && afterTime < end && char.IsWhiteSpace(source[afterTime]);
        if (leadingTime) i = SkipSpace(source, afterTime, end);
        var kind = SpeakerLineKind.Plain;
        bool bold = false, bracket = false;
        if (i + 1 < end && source[i] == '*' && source[i + 1] == '*')
        {
            kind = SpeakerLineKind.Bold;
            bold = true;
            i += 2;
        }
        else if (i < end && source[i] == '[')
        {
            kind = SpeakerLineKind.Bold;
            bracket = true;
            i++;
        }
        // Nothing longer than the longest declared label (plus its closing marks) is looked at: this runs on lines of speech.
        int limit = Math.Min(end, i + Math.Min(longest, MaxDeclaredLength) + 4);
        // Label: text (the colon may sit inside the bold or bracket, or after it).
        int colon = source.IndexOf(':', i, limit - i);
        while (colon > i)
        {
            if (colon + 1 >= end || char.IsWhiteSpace(source[colon + 1]) || source[colon + 1] == '*')
            {
                string candidate = TrimLabel(source.Substring(i, colon - i), bold, bracket);
                if (candidate.Length > 0 && known.Contains(candidate))
                {
                    int speech = colon + 1;
                    if (speech + 1 < end && source[speech] == '*' && source[speech + 1] == '*') speech += 2;
                    return new SpeakerLine(kind, candidate, speech, true);
                }
            }
            colon = colon + 1 < limit ? source.IndexOf(':', colon + 1, limit - colon - 1) : -1;
        }
        if (kind != SpeakerLineKind.Plain) return NoneLine;
        // Label, then a time: a header line, "Label (time):", or a tabular row.
        for (int k = i + 1; k < limit; k++)
        {
            if (!char.IsWhiteSpace(source[k])) continue;
            string candidate = source.Substring(i, k - i).Trim();
            if (candidate.Length == 0 || !known.Contains(candidate)) continue;
            int gapEnd = SkipSpace(source, k, end);
            int timeEnd = TimeMarks.TimeAt(source, gapEnd, end, bareTwoPart: true);
            if (timeEnd == gapEnd) continue;
            if (timeEnd < end && source[timeEnd] == ':') return new SpeakerLine(SpeakerLineKind.Timed, candidate, timeEnd + 1, true);
            if (IsBlank(source, timeEnd, end)) return new SpeakerLine(leadingTime ? SpeakerLineKind.Header : SpeakerLineKind.Header, candidate, end, true);
            if (char.IsWhiteSpace(source[timeEnd])) return new SpeakerLine(SpeakerLineKind.Tabular, candidate, SkipSpace(source, timeEnd, end), true);
        }
        return NoneLine;
    }

    /// <summary>A label as written, without the bold or bracket marks that opened it and spaces (no-break ones too) around it.</summary>
    private static string TrimLabel(string label, bool bold, bool bracket)
    {
        label = label.Trim();
        if (bold && label.EndsWith("**", StringComparison.Ordinal)) label = label.Substring(0, label.Length - 2);
        if (bracket && label.EndsWith("]", StringComparison.Ordinal)) label = label.Substring(0, label.Length - 1);
        return label.Trim();
    }

    private static SpeakerLine Bold(string source, int i, int end)
    {
        int close = source.IndexOf("**", i + 2, end - i - 2, StringComparison.Ordinal);
        if (close < 0) return NoneLine;
        string inside = source.Substring(i + 2, close - i - 2).Trim();
        int speech;
        if (inside.EndsWith(":", StringComparison.Ordinal))
        {
            inside = inside.Substring(0, inside.Length - 1).TrimEnd();
            speech = close + 2;
        }
        else if (close + 2 < end && source[close + 2] == ':')
        {
            speech = close + 3;
        }
        else
        {
            return NoneLine;
        }
        // "**Interviewer (00:01:02):**": the time is not part of the label.
        int paren = inside.LastIndexOf(" (", StringComparison.Ordinal);
        if (paren > 0 && TimeMarks.IsTimeLine(inside, paren + 1, inside.Length)) inside = inside.Substring(0, paren).TrimEnd();
        int labelEnd = LabelEnd(inside, 0, inside.Length);
        if (labelEnd != inside.Length || labelEnd == 0) return NoneLine;
        return Make(SpeakerLineKind.Bold, inside, speech);
    }

    /// <summary>The end of a label's words at <paramref name="i"/>: letters, digits, <c>. - _ ' ’</c>, one space between words.</summary>
    private static int LabelEnd(string s, int i, int end)
    {
        int start = i, words = 1, last = i;
        while (i < end && i - start < MaxLabelLength)
        {
            char c = s[i];
            if (char.IsLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == '\'' || c == '\u2019')
            {
                i++;
                last = i;
                continue;
            }
            // "Speaker 1 0:03": a time after the space ends the label.
            if (c == ' ' && i + 1 < end && IsLabelChar(s[i + 1]) && TimeMarks.TimeAt(s, i + 1, end, bareTwoPart: true) == i + 1 && ++words <= MaxLabelWords)
            {
                i++;
                continue;
            }
            break;
        }
        if (i < end && i - start >= MaxLabelLength && IsLabelChar(s[i])) return start; // too long for a label
        return last;
    }

    private static bool IsLabelChar(char c) => char.IsLetterOrDigit(c);

    private static SpeakerLine Make(SpeakerLineKind kind, string label, int speechStart)
    {
        label = label.Trim();
        bool letter = false;
        foreach (char c in label) letter |= char.IsLetter(c);
        if (!letter || !char.IsLetterOrDigit(label[0])) return NoneLine;
        bool name = true;
        for (int w = 0; w < label.Length && name; w++)
        {
            if (w > 0 && label[w - 1] != ' ') continue;
            if (char.IsUpper(label[w]) || char.IsDigit(label[w])) continue;
            int wordEnd = label.IndexOf(' ', w);
            name = Array.IndexOf(Particles, label.Substring(w, (wordEnd < 0 ? label.Length : wordEnd) - w)) >= 0;
        }
        return new SpeakerLine(kind, label, speechStart, name);
    }

    private static int SkipSpace(string s, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(s[i])) i++;
        return i;
    }

    private static bool IsBlank(string s, int from, int to) => SkipSpace(s, from, to) >= to;

    private static bool WideGap(string s, int from, int to)
    {
        if (to - from >= 2) return true;
        for (int i = from; i < to; i++) if (s[i] == '\t') return true;
        return false;
    }
}
