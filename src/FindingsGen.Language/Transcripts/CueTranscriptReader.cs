using System;
using System.Collections.Generic;
using System.Text;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Language.Transcripts;

/// <summary>
/// Reads cue files: WebVTT and SubRip. Cue identifiers and numbers, timings, and VTT's header, NOTE, STYLE and
/// REGION blocks are not speech; tags are removed and entities decoded. A cue's speaker is its
/// <c>&lt;v Label&gt;</c> voice tag (with or without <c>&lt;/v&gt;</c>), else a label at the start of its text
/// (Zoom's inline <c>Name: …</c>, read by the shared <see cref="SpeakerLine"/> recogniser); a cue without one
/// continues the previous speaker, and consecutive cues of one speaker are one turn (captioning splits
/// sentences across cues).
/// </summary>
internal static class CueTranscriptReader
{
    /// <summary>True when <paramref name="text"/> begins with the <c>WEBVTT</c> header (after a BOM).</summary>
    public static bool HasVttHeader(string text)
    {
        int start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        return string.CompareOrdinal(text, start, "WEBVTT", 0, 6) == 0 && (text.Length == start + 6 || char.IsWhiteSpace(text[start + 6]));
    }

    /// <summary>The speech lines of a WebVTT file, with no declared labels.</summary>
    public static List<TranscriptLine> Read(string text) => Read(text, new HashSet<string>(), vtt: true, out _);

    /// <summary>
    /// The speech lines of a cue file. With <paramref name="vtt"/>, the first block is the <c>WEBVTT</c> header when
    /// the file has one (a SubRip file saved as <c>.vtt</c> has none, and loses no cue).
    /// </summary>
    public static List<TranscriptLine> Read(string text, ISet<string> known, bool vtt, out LabelStyle style)
    {
        var lines = text.Split('\n');
        var raw = new List<RawLine>();
        int i = 0;
        if (vtt && HasVttHeader(text))
        {
            while (i < lines.Length && lines[i].TrimEnd('\r').Length > 0) i++;
        }
        while (i < lines.Length)
        {
            while (i < lines.Length && lines[i].TrimEnd('\r').Trim().Length == 0) i++;
            int blockStart = i;
            while (i < lines.Length && lines[i].TrimEnd('\r').Trim().Length > 0) i++;
            if (blockStart >= i) continue;

            string first = lines[blockStart].TrimEnd('\r');
            if (vtt && (first.StartsWith("NOTE", StringComparison.Ordinal) || first.StartsWith("STYLE", StringComparison.Ordinal) || first.StartsWith("REGION", StringComparison.Ordinal))) continue;
            int timing = blockStart;
            while (timing < i && lines[timing].IndexOf("-->", StringComparison.Ordinal) < 0) timing++;
            if (timing >= i) continue; // not a cue

            for (int k = timing + 1; k < i; k++)
            {
                string payload = lines[k].TrimEnd('\r');
                string? voice = Voice(payload);
                string speech = StripTags(payload);
                raw.Add(new RawLine(k + 1, speech, 0, speech.Length, voice, cueStart: k == timing + 1));
            }
        }
        return TurnBuilder.Build(raw, known, cues: true, out style);
    }

    private static string? Voice(string payload)
    {
        int v = payload.IndexOf("<v", StringComparison.Ordinal);
        if (v < 0 || v + 2 >= payload.Length || (payload[v + 2] != ' ' && payload[v + 2] != '.')) return null;
        int close = payload.IndexOf('>', v);
        if (close < 0) return null;
        string inside = payload.Substring(v + 2, close - v - 2);
        if (inside.StartsWith(".", StringComparison.Ordinal))
        {
            int space = inside.IndexOf(' ');
            inside = space < 0 ? "" : inside.Substring(space);
        }
        string label = inside.Trim();
        return label.Length == 0 ? null : Decode(label);
    }

    private static string StripTags(string payload)
    {
        if (payload.IndexOf('<') < 0) return Decode(payload);
        var builder = new StringBuilder(payload.Length);
        int i = 0;
        while (i < payload.Length)
        {
            if (payload[i] == '<')
            {
                int close = payload.IndexOf('>', i);
                if (close > i)
                {
                    i = close + 1;
                    continue;
                }
            }
            builder.Append(payload[i++]);
        }
        return Decode(builder.ToString());
    }

    private static string Decode(string s) => s.IndexOf('&') < 0 ? s :
        s.Replace("&lt;", "<").Replace("&gt;", ">").Replace("&nbsp;", "\u00A0").Replace("&lrm;", "").Replace("&rlm;", "").Replace("&amp;", "&");
}
