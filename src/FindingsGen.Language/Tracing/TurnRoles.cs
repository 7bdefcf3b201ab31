using System;
using System.Collections.Generic;

namespace FindingsGen.Language.Tracing;

/// <summary>
/// Who speaks each turn of one indexed transcript, read as one participant's own transcript or as a group transcript,
/// and the turn selections the tracer searches. Built once per transcript, owner and <see cref="SpeakerRoles.Key"/>,
/// and kept with the index, so a warm re-trace costs one lookup per transcript.
/// </summary>
internal sealed class TurnRoles
{
    private readonly SpeakerRole[] roles;
    private readonly string?[] owners;
    private readonly Dictionary<string, bool[]> byParticipant = new(StringComparer.Ordinal);
    private bool[]? interviewer;
    private bool[]? other;
    private bool[]? otherThanOwner;
    private bool[]? unknown;
    private readonly string? owner;
    private bool[]? ownerTurns;

    private TurnRoles(SpeakerRole[] roles, string?[] owners, string? owner, bool ambiguous, int unmapped, bool labelled, bool noInterviewer)
    {
        NoInterviewer = noInterviewer;
        this.owner = owner;
        this.roles = roles;
        this.owners = owners;
        Ambiguous = ambiguous;
        UnmappedLabels = unmapped;
        Labelled = labelled;
    }

    /// <summary>Speakers cannot be told apart here (FG0109).</summary>
    public bool Ambiguous { get; }
    /// <summary>How many labels could not be told apart (for the FG0109 message; never the labels themselves).</summary>
    public int UnmappedLabels { get; }
    /// <summary>
    /// In a participant's own labelled transcript, while the manifest names an interviewer: no turn is the interviewer's.
    /// Their questions are then unlabelled lines read as the participant's (or under a label nobody declared), so speakers
    /// cannot be told apart (FG0109).
    /// </summary>
    public bool NoInterviewer { get; }
    /// <summary>Whether the transcript has any speaker label.</summary>
    public bool Labelled { get; }

    /// <summary>Works out the roles of <paramref name="index"/>'s turns.</summary>
    public static TurnRoles Of(TranscriptIndex index, SpeakerRoles speakers, string? owner, bool unlabelledLines)
    {
        var labels = new List<string>();
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        var turnLabel = new int[index.TurnSpeakers.Length];
        for (int turn = 0; turn < turnLabel.Length; turn++)
        {
            string label = index.TurnSpeakers[turn];
            if (!position.TryGetValue(label, out int at))
            {
                at = labels.Count;
                position[label] = at;
                labels.Add(label);
            }
            turnLabel[turn] = at;
        }
        var assigned = speakers.Assign(labels, owner, unlabelledLines, out bool ambiguous, out bool noInterviewer);
        var roles = new SpeakerRole[turnLabel.Length];
        var owners = new string?[turnLabel.Length];
        for (int turn = 0; turn < turnLabel.Length; turn++)
        {
            roles[turn] = assigned[turnLabel[turn]].Role;
            owners[turn] = assigned[turnLabel[turn]].Participant;
        }
        int unmapped = 0;
        bool labelled = false;
        foreach (var a in assigned)
        {
            if (a.Role == SpeakerRole.Unknown) unmapped++;
            labelled |= a.Label.Trim().Length > 0;
        }
        return new TurnRoles(roles, owners, owner, ambiguous, unmapped, labelled, noInterviewer);
    }

    /// <summary>
    /// The turns that are <paramref name="participant"/>'s: labelled as theirs, or (in their own transcript, where
    /// speakers cannot be told apart) those of nobody known.
    /// </summary>
    public bool[] TurnsOf(string participant)
    {
        if (owner is not null && participant == owner) return ownerTurns ??= Build(participant);
        lock (byParticipant)
        {
            if (!byParticipant.TryGetValue(participant, out var known)) byParticipant[participant] = known = Build(participant);
            return known;
        }
    }

    private bool[] Build(string participant)
    {
        var turns = new bool[roles.Length];
        for (int turn = 0; turn < turns.Length; turn++)
        {
            turns[turn] = owners[turn] == participant && (roles[turn] == SpeakerRole.Participant || roles[turn] == SpeakerRole.Unknown);
        }
        return turns;
    }

    /// <summary>True when <paramref name="participant"/> has at least one turn here.</summary>
    public bool Speaks(string participant) => Array.IndexOf(TurnsOf(participant), true) >= 0;

    /// <summary>The interviewer's turns.</summary>
    public bool[] Interviewer => interviewer ??= Where(turn => roles[turn] == SpeakerRole.Interviewer);

    /// <summary>
    /// The turns of someone who is neither the interviewer nor a participant told apart, in an own transcript also
    /// another participant's turns (a quotation found only there is not the owner's: FG0103).
    /// </summary>
    public bool[] OtherThan(string? owner)
    {
        // Two selections, kept apart: the group reading (null) and the own transcript's owner's (this.owner); any other
        // owner is built and not kept, so one selection can never be handed out for another.
        if (owner is null) return other ??= Where(turn => roles[turn] == SpeakerRole.Other);
        bool[] Build() => Where(turn => roles[turn] == SpeakerRole.Other || (roles[turn] == SpeakerRole.Participant && owners[turn] != owner));
        return owner == this.owner ? otherThanOwner ??= Build() : Build();
    }

    /// <summary>In a group transcript, the turns whose speaker cannot be told apart.</summary>
    public bool[] Unknown => unknown ??= Where(turn => roles[turn] == SpeakerRole.Unknown && owners[turn] is null);

    /// <summary>True when any turn is selected: a search in no turn at all is skipped (it would scan the whole text for nothing).</summary>
    public static bool Any(bool[] turns) => Array.IndexOf(turns, true) >= 0;

    private bool[] Where(Func<int, bool> wanted)
    {
        var result = new bool[roles.Length];
        for (int turn = 0; turn < result.Length; turn++) result[turn] = wanted(turn);
        return result;
    }
}
