using System.Collections.Generic;

namespace FindingsGen.Language.Tracing;

/// <summary>
/// How one transcript was read, for <c>findings transcripts</c>: its layout, each speaker label with its turn and word
/// counts and who it was taken to be, and whether speakers cannot be told apart (FG0109). Holds labels (the user's own
/// terminal shows them) but never a word of speech.
/// </summary>
public sealed class TranscriptSummary
{
    private TranscriptSummary(string layout, string? owner, IReadOnlyList<SpeakerSummary> speakers, bool ambiguous)
    {
        Layout = layout;
        Owner = owner;
        Speakers = speakers;
        Ambiguous = ambiguous;
    }

    /// <summary>The layout the transcript was read as (<c>txt</c>, <c>vtt</c>, …).</summary>
    public string Layout { get; }
    /// <summary>The participant whose own transcript it is, or null for a group transcript.</summary>
    public string? Owner { get; }
    /// <summary>The speakers, in order of first appearance.</summary>
    public IReadOnlyList<SpeakerSummary> Speakers { get; }
    /// <summary>Speakers cannot be told apart (FG0109).</summary>
    public bool Ambiguous { get; }
    /// <summary>Ambiguous because no turn of a labelled own transcript is the interviewer's (see <see cref="SpeakerRoles.Assign"/>).</summary>
    public bool NoInterviewer { get; private set; }

    /// <summary>
    /// Summarises the <paramref name="lines"/> of one transcript read as <paramref name="layout"/>; <paramref name="owner"/>
    /// is the participant whose own transcript it is (null: a group transcript). Words are counted as runs of non-space.
    /// </summary>
    public static TranscriptSummary Of(IReadOnlyList<TranscriptLine> lines, string layout, string? owner, SpeakerRoles roles, bool unlabelledLines = false)
    {
        var labels = new List<string>();
        var position = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var turns = new List<int>();
        var words = new List<int>();
        int lastTurn = int.MinValue;
        foreach (var line in lines)
        {
            if (!position.TryGetValue(line.Speaker, out int at))
            {
                at = labels.Count;
                position[line.Speaker] = at;
                labels.Add(line.Speaker);
                turns.Add(0);
                words.Add(0);
            }
            if (line.Turn != lastTurn)
            {
                turns[at]++;
                lastTurn = line.Turn;
            }
            words[at] += CountWords(line.Source, line.Start, line.Length);
        }
        var assigned = roles.Assign(labels, owner, unlabelledLines, out bool ambiguous, out bool noInterviewer);
        var speakers = new List<SpeakerSummary>(labels.Count);
        for (int i = 0; i < labels.Count; i++) speakers.Add(new SpeakerSummary(assigned[i], turns[i], words[i]));
        return new TranscriptSummary(layout, owner, speakers, ambiguous) { NoInterviewer = noInterviewer };
    }

    private static int CountWords(string text, int start, int length)
    {
        int count = 0;
        bool inWord = false;
        for (int i = start; i < start + length; i++)
        {
            bool space = char.IsWhiteSpace(text[i]);
            if (!space && !inWord) count++;
            inWord = !space;
        }
        return count;
    }
}
