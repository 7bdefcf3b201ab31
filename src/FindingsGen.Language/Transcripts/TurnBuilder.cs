using System;
using System.Collections.Generic;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Language.Transcripts;

/// <summary>
/// Turns raw lines into turns, the same way for every layout: decides which candidate labels are labels,
/// joins consecutive turns of one speaker into one, and removes time marks and annotations from the speech.
/// </summary>
/// <remarks>
/// The precision rule (docs/language.md, "Speaker labels"): a candidate label is taken when it is declared
/// (the interviewer labels, the participant's ID, a mapped label), or is written in a form only labels take
/// (bold, with a time, a header line, a tabular row, a voice tag), or starts lines at least twice in the file.
/// Once a file has labels, every other name-like <c>Name:</c> at a line's start is a label too (a speaker who
/// talks once is still a speaker: missing them would give their words to the speaker before), except a lone
/// discourse word (<c>Well: …</c>, <c>Note: …</c>), which is speech. Two
/// exceptions, for files whose labels no rule above establishes: a file with two or more different
/// once-only labels (each speaker talks once) takes them all; and in cue files (VTT, SRT) where most cues
/// start with a name, every cue-start name is taken (Zoom writes one on every cue). Likewise, once one name of
/// the time / name / text layout is established, every name in that position is taken.
/// </remarks>
internal static class TurnBuilder
{
    /// <summary>The turns of <paramref name="raw"/>; <paramref name="cues"/> for VTT/SRT (text before the first label is speech).</summary>
    public static List<TranscriptLine> Build(List<RawLine> raw, ISet<string> known, bool cues, out LabelStyle style)
    {
        style = LabelStyle.None;
        var candidates = new SpeakerLine[raw.Count];
        int longest = 0;
        foreach (var label in known) longest = Math.Max(longest, label.Length);
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        bool voices = false;
        int cueStarts = 0, namedCueStarts = 0;
        int previousNonBlank = -1;
        for (int i = 0; i < raw.Count; i++)
        {
            var line = raw[i];
            if (line.CueStart) cueStarts++;
            if (line.Voice is not null)
            {
                voices = true;
                if (line.CueStart) namedCueStarts++;
                previousNonBlank = i;
                continue;
            }
            var candidate = SpeakerLine.Read(line.Source, line.Start, line.End);
            // A declared label is always a label, whatever its shape: the general recogniser may not take it
            // ("Interviewer (RH):", a five-word name), and missing it would give its words to the speaker before.
            if ((candidate.Kind == SpeakerLineKind.None || !known.Contains(candidate.Label)) &&
                SpeakerLine.ReadDeclared(line.Source, line.Start, line.End, known, longest) is { Kind: not SpeakerLineKind.None } declared)
            {
                candidate = declared;
            }
            if (candidate.Kind == SpeakerLineKind.NameOnly)
            {
                // A name alone on a line is a label only in the time / name / text layout (older Teams .docx).
                bool afterTime = previousNonBlank >= 0 && raw[previousNonBlank].Voice is null &&
                                 TimeMarks.IsTimeLine(raw[previousNonBlank].Source, raw[previousNonBlank].Start, raw[previousNonBlank].End);
                if (!afterTime || cues) candidate = default;
            }
            candidates[i] = candidate;
            if (candidate.Kind != SpeakerLineKind.None)
            {
                counts[candidate.Label] = counts.TryGetValue(candidate.Label, out int n) ? n + 1 : 1;
                if (line.CueStart && candidate.LooksLikeName) namedCueStarts++;
            }
            if (!IsBlank(line)) previousNonBlank = i;
        }

        var accepted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var candidate in candidates)
        {
            if (candidate.Kind == SpeakerLineKind.None || accepted.Contains(candidate.Label)) continue;
            if (known.Contains(candidate.Label) || (candidate.LooksLikeName && (candidate.Strong || (counts[candidate.Label] >= 2 && !IsDiscourseWord(candidate.Label)))))
            {
                accepted.Add(candidate.Label);
            }
        }
        // In a file that has labels, a speaker who talks once (a partner chiming in, a participant's one answer) is a
        // speaker too: read as speech, their words would join the turn before, and an interviewer's question or a
        // bystander's words could pass for the participant's. Only a lone discourse word ("Well:", "Note:") stays speech.
        if (accepted.Count > 0)
        {
            foreach (var candidate in candidates)
            {
                if (candidate.Kind == SpeakerLineKind.Plain && candidate.LooksLikeName && !IsDiscourseWord(candidate.Label)) accepted.Add(candidate.Label);
            }
        }
        // Once the time / name / text layout is established by one name, every name in that position is a name.
        bool tripleLayout = false;
        foreach (var candidate in candidates) tripleLayout |= candidate.Kind == SpeakerLineKind.NameOnly && accepted.Contains(candidate.Label);
        bool zoomLike = cues && cueStarts > 0 && namedCueStarts * 2 >= cueStarts;
        int onceOnly = 0;
        foreach (var pair in counts) if (pair.Value == 1) onceOnly++;
        bool everyoneOnce = accepted.Count == 0 && !voices && onceOnly >= 2;
        for (int i = 0; i < candidates.Length; i++)
        {
            var candidate = candidates[i];
            // In a Zoom-like cue file a cue-start name is taken even when it is not capitalised: display names are
            // often user names ("rowan.hale"), and missing one gives its words to the speaker before.
            if ((candidate.Kind == SpeakerLineKind.Plain && zoomLike && raw[i].CueStart && !IsDiscourseWord(candidate.Label)) ||
                (candidate.LooksLikeName && ((candidate.Kind == SpeakerLineKind.Plain && everyoneOnce) ||
                                             (candidate.Kind == SpeakerLineKind.NameOnly && tripleLayout))))
            {
                accepted.Add(candidate.Label);
            }
        }

        bool labelled = voices || accepted.Count > 0;
        var result = new List<TranscriptLine>(raw.Count);
        int turn = -1;
        string speaker = "";
        for (int i = 0; i < raw.Count; i++)
        {
            var line = raw[i];
            var candidate = candidates[i];
            string? label = line.Voice;
            int speech = line.Start;
            if (label is null && candidate.Kind != SpeakerLineKind.None && accepted.Contains(candidate.Label))
            {
                label = candidate.Label;
                speech = candidate.SpeechStart;
                style |= Style(candidate.Kind);
            }
            else if (label is not null)
            {
                style |= LabelStyle.Voice;
            }
            else if (labelled && !IsBlank(line) && !TimeMarks.IsTimeLine(line.Source, line.Start, line.End))
            {
                style |= LabelStyle.UnlabelledLines;
            }

            if (label is not null)
            {
                if (turn < 0 || !string.Equals(label, speaker, StringComparison.OrdinalIgnoreCase)) turn++;
                speaker = label;
            }
            else if (!labelled)
            {
                turn = 0;
            }
            else if (turn < 0)
            {
                // Before the first label: a title or a note in a text file; in a cue file, speech of nobody named.
                if (!cues) continue;
                turn = 0;
            }
            result.Add(Line(turn, speaker, line, speech));
        }
        return result;
    }

    /// <summary>Words that open a sentence with a colon in speech ("Well: …", "Honestly: …"), never taken for a once-only label.</summary>
    private static readonly HashSet<string> DiscourseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Well", "So", "Yes", "No", "Yeah", "Yep", "Nope", "Okay", "OK", "Right", "Now", "Then", "And", "But", "Or", "Also",
        "Anyway", "Anyways", "Honestly", "Basically", "Actually", "Listen", "Look", "See", "Note", "Example", "Remember", "Like",
        "Because", "Again", "First", "Firstly", "Second", "Secondly", "Third", "Finally", "Sure", "Exactly", "Absolutely", "Seriously",
        "Obviously", "Hmm", "Um", "Uh", "Oh", "Ah", "Wow", "Question", "Answer", "Summary", "Result", "Reason", "Point", "Problem",
        "Ja", "Nein", "Naja", "Genau", "Doch", "Oui", "Non", "Bon", "Alors", "Bref", "Donc", "Sí", "Bueno", "Pues", "Nei", "Jo",
    };

    private static bool IsDiscourseWord(string label) => label.IndexOf(' ') < 0 && DiscourseWords.Contains(label);

    private static TranscriptLine Line(int turn, string speaker, RawLine line, int speech)
    {
        // A line of only times ("0:0:1.120 --> 0:0:4.480", Teams) is not speech, arrow included.
        if (TimeMarks.IsTimeLine(line.Source, speech, line.End)) return new TranscriptLine(turn, speaker, line.Line, line.Source, line.End, 0);
        if (TimeMarks.Clean(line.Source, speech, line.End, out string cleaned)) return new TranscriptLine(turn, speaker, line.Line, cleaned);
        return new TranscriptLine(turn, speaker, line.Line, line.Source, speech, line.End - speech);
    }

    private static bool IsBlank(RawLine line)
    {
        for (int i = line.Start; i < line.End; i++) if (!char.IsWhiteSpace(line.Source[i])) return false;
        return true;
    }

    private static LabelStyle Style(SpeakerLineKind kind) => kind switch
    {
        SpeakerLineKind.Plain => LabelStyle.Plain,
        SpeakerLineKind.Bold => LabelStyle.Bold,
        SpeakerLineKind.Timed => LabelStyle.Timed,
        SpeakerLineKind.Header => LabelStyle.Header,
        SpeakerLineKind.Tabular => LabelStyle.Tabular,
        SpeakerLineKind.NameOnly => LabelStyle.TimeNameText,
        _ => LabelStyle.None,
    };
}
