using System;
using System.Collections.Generic;
using System.Text;

namespace FindingsGen.Language.Tracing;

/// <summary>
/// Reads WebVTT: each cue's <c>&lt;v Label&gt;</c> voice tag gives the speaker; cue identifiers, timings,
/// NOTE, STYLE and REGION blocks are not speech; other tags are removed and entities decoded. A cue
/// without a voice tag continues the previous speaker. Consecutive cues of one speaker form one turn,
/// since automatic captioning splits sentences across cues.
/// </summary>
public static class VttTranscriptReader
{
    /// <summary>The speech lines of <paramref name="text"/>.</summary>
    public static List<TranscriptLine> Read(string text)
    {
        var lines = text.Split('\n');
        var result = new List<TranscriptLine>();
        int turn = -1;
        string speaker = "";
        int i = 0;
        // Skip the header block (WEBVTT and anything up to the first blank line).
        while (i < lines.Length && lines[i].TrimEnd('\r').Length > 0) i++;
        while (i < lines.Length)
        {
            while (i < lines.Length && lines[i].TrimEnd('\r').Length == 0) i++;
            int blockStart = i;
            while (i < lines.Length && lines[i].TrimEnd('\r').Length > 0) i++;
            if (blockStart >= i) continue;

            string first = lines[blockStart].TrimEnd('\r');
            if (first.StartsWith("NOTE", StringComparison.Ordinal) || first.StartsWith("STYLE", StringComparison.Ordinal) || first.StartsWith("REGION", StringComparison.Ordinal)) continue;
            int timing = blockStart;
            while (timing < i && lines[timing].IndexOf("-->", StringComparison.Ordinal) < 0) timing++;
            if (timing >= i) continue; // not a cue

            for (int k = timing + 1; k < i; k++)
            {
                string payload = lines[k].TrimEnd('\r');
                string? voice = Voice(payload);
                if (voice is not null && (voice != speaker || turn < 0))
                {
                    speaker = voice;
                    turn++;
                }
                else if (turn < 0)
                {
                    turn = 0;
                }
                result.Add(new TranscriptLine(turn, speaker, k + 1, StripTags(payload)));
            }
        }
        return result;
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
