using System;
using System.Collections.Generic;
using System.Text;

namespace FindingsGen.Language.Tracing;

/// <summary>
/// A transcript ready for matching: its speech normalised into one string (tokens separated by one
/// space, turns by a newline, so no match can straddle two turns), with each token's turn and source
/// line. Built once per transcript content and reusable across runs.
/// </summary>
public sealed class TranscriptIndex
{
    private TranscriptIndex(string text, int[] tokenStarts, int[] tokenTurns, int[] tokenLines, bool[] turnIsInterviewer, int[] turnFirstToken)
    {
        Text = text;
        TokenStarts = tokenStarts;
        TokenTurns = tokenTurns;
        TokenLines = tokenLines;
        TurnIsInterviewer = turnIsInterviewer;
        TurnFirstToken = turnFirstToken;
    }

    /// <summary>The normalised speech.</summary>
    internal string Text { get; }
    /// <summary>Start offset of each token in <see cref="Text"/>.</summary>
    internal int[] TokenStarts { get; }
    /// <summary>The turn of each token.</summary>
    internal int[] TokenTurns { get; }
    /// <summary>The source line of each token.</summary>
    internal int[] TokenLines { get; }
    /// <summary>Whether each turn is the interviewer's.</summary>
    internal bool[] TurnIsInterviewer { get; }
    /// <summary>The first token of each turn.</summary>
    internal int[] TurnFirstToken { get; }

    /// <summary>Number of tokens.</summary>
    public int TokenCount => TokenStarts.Length;

    /// <summary>End offset (exclusive) of a token.</summary>
    internal int TokenEnd(int token) =>
        token + 1 < TokenStarts.Length ? TokenStarts[token + 1] - 1 : Text.Length;

    /// <summary>The token that contains <paramref name="offset"/>.</summary>
    internal int TokenAt(int offset)
    {
        int i = Array.BinarySearch(TokenStarts, offset);
        return i >= 0 ? i : ~i - 1;
    }

    /// <summary>Builds the index from speech lines; <paramref name="isInterviewer"/> classifies speaker labels.</summary>
    public static TranscriptIndex Build(IReadOnlyList<TranscriptLine> lines, Func<string, bool> isInterviewer)
    {
        var text = new StringBuilder();
        var starts = new List<int>();
        var turns = new List<int>();
        var tokenLines = new List<int>();
        var turnKinds = new List<bool>();
        var turnFirst = new List<int>();
        int currentTurn = -1;
        foreach (var line in lines)
        {
            if (line.Turn != currentTurn)
            {
                currentTurn = line.Turn;
                if (text.Length > 0) text.Append('\n');
                turnKinds.Add(isInterviewer(line.Speaker));
                turnFirst.Add(starts.Count);
            }
            string s = line.Text;
            if (!s.IsNormalized(NormalizationForm.FormC)) s = s.Normalize(NormalizationForm.FormC);
            int i = 0;
            while (i < s.Length)
            {
                while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
                if (i >= s.Length) break;
                if (text.Length > 0 && text[text.Length - 1] != '\n') text.Append(' ');
                starts.Add(text.Length);
                turns.Add(turnKinds.Count - 1);
                tokenLines.Add(line.Line);
                while (i < s.Length && !char.IsWhiteSpace(s[i])) text.Append(TextNormalizer.Fold(s[i++]));
            }
        }
        return new TranscriptIndex(text.ToString(), starts.ToArray(), turns.ToArray(), tokenLines.ToArray(), turnKinds.ToArray(), turnFirst.ToArray());
    }
}
