using System;
using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Manifest;

namespace FindingsGen.Language.Tracing;

/// <summary>
/// Decides who each speaker label of a transcript is (the contract's "Who is speaking"). In a participant's own
/// transcript: a label mapped by <c>transcripts.speakers</c>, listed as the interviewer's or equal to a participant ID
/// is that; when the owner's ID is among the labels every other label is someone else; otherwise a single remaining
/// label is the owner, and several cannot be told apart (FG0109), their words still counting as the owner's. In a
/// group transcript only IDs and mapped labels are participants; a single remaining label is someone else, several
/// cannot be told apart. A transcript without labels cannot be told apart when interviewer labels are declared
/// (a group transcript always).
/// </summary>
public sealed class SpeakerRoles
{
    private readonly IReadOnlyList<string> interviewer;
    private readonly IReadOnlyDictionary<string, string> speakers;
    private readonly HashSet<string> participants;
    private readonly HashSet<string> interviewerLabels;

    /// <summary>The roles a manifest's <c>transcripts:</c> and <c>participants:</c> give.</summary>
    public SpeakerRoles(StudyManifest manifest)
    {
        interviewer = manifest.Transcripts?.Interviewer ?? new[] { "I", "Interviewer" };
        speakers = manifest.Transcripts?.Speakers ?? new Dictionary<string, string>();
        participants = new HashSet<string>(manifest.Participants.Select(p => p.Id), StringComparer.Ordinal);
        interviewerLabels = new HashSet<string>(interviewer, StringComparer.OrdinalIgnoreCase);
        // One string that changes whenever any of the above does: it keys the cached turn roles and remembered results.
        var key = new System.Text.StringBuilder();
        foreach (var label in interviewer) key.Append(label).Append('\u0001');
        key.Append('\u0002');
        foreach (var pair in speakers.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase)) key.Append(pair.Key.ToLowerInvariant()).Append('\u0001').Append(pair.Value).Append('\u0001');
        key.Append('\u0002');
        foreach (var id in manifest.Participants) key.Append(id.Id).Append('\u0001');
        // 64 bits of the hash: enough to tell configurations apart, and short, since it lengthens every remembered result's key.
        Key = Sha256Hex.Of(key.ToString()).Substring(0, 16);
    }

    /// <summary>
    /// The speaker labels the manifest declares: the interviewer's, those mapped under <c>transcripts.speakers</c>, and
    /// every participant ID. A reader takes a declared label as a label even where it is written only once.
    /// </summary>
    public static IReadOnlyCollection<string> DeclaredLabels(StudyManifest manifest)
    {
        var labels = new List<string>(manifest.Transcripts?.Interviewer ?? new[] { "I", "Interviewer" });
        if (manifest.Transcripts?.Speakers is { } speakers) labels.AddRange(speakers.Keys);
        labels.AddRange(manifest.Participants.Select(p => p.Id));
        return labels;
    }

    /// <summary>
    /// Why speakers cannot be told apart in <paramref name="owner"/>'s own transcript (FG0109), in one wording for the
    /// check and for <c>findings transcripts</c>; never a label.
    /// </summary>
    public static string WhyNotToldApart(string owner, bool noInterviewer, bool labelled, int unmappedLabels) =>
        noInterviewer
            ? "no turn in it is the interviewer's (no label in it is listed under transcripts.interviewer or mapped to interviewer), so unlabelled questions would read as the participant's words"
            : labelled
            ? $"{unmappedLabels} speaker label{(unmappedLabels == 1 ? " in it is" : "s in it are")} neither {owner}'s ID, nor mapped under transcripts.speakers, nor the interviewer's"
            : "it has no speaker labels, while transcripts.interviewer names the interviewer's";

    /// <summary>True when the manifest names an interviewer (labels under <c>interviewer:</c>, or a label mapped to it).</summary>
    public bool DeclaresInterviewer => interviewer.Count > 0 || speakers.Values.Contains(TranscriptSettings.InterviewerRole);

    /// <summary>A short key for everything that decides roles (a hash: it is part of per-quotation cache keys).</summary>
    public string Key { get; }


    /// <summary>
    /// Who each of <paramref name="labels"/> (the distinct labels of one transcript, empty for unlabelled speech) is.
    /// <paramref name="owner"/> is the participant whose own transcript it is, or null for a group transcript.
    /// <paramref name="ambiguous"/> is true when speakers cannot be told apart (FG0109).
    /// <paramref name="noInterviewer"/> is true when the
    /// reason is that, in a participant's own labelled transcript with <paramref name="unlabelledLines"/> (speech lines
    /// that carry no label), no label is the interviewer's while the manifest names one: the interviewer's questions may
    /// then be those unlabelled lines, read as the participant's words. Where every line is labelled, a transcript with
    /// no interviewer turn simply holds none.
    /// </summary>
    public IReadOnlyList<SpeakerAssignment> Assign(IReadOnlyList<string> labels, string? owner, bool unlabelledLines, out bool ambiguous, out bool noInterviewer)
    {
        var assigned = AssignLabels(labels, owner, out ambiguous);
        noInterviewer = false;
        if (owner is not null && unlabelledLines && !ambiguous && DeclaresInterviewer && labels.Any(l => l.Trim().Length > 0) && assigned.All(a => a.Role != SpeakerRole.Interviewer))
        {
            noInterviewer = true;
            ambiguous = true;
        }
        return assigned;
    }

    private IReadOnlyList<SpeakerAssignment> AssignLabels(IReadOnlyList<string> labels, string? owner, out bool ambiguous)
    {
        var result = new SpeakerAssignment?[labels.Count];
        var unmapped = new List<int>();
        bool ownerPresent = false, anyLabel = false;
        for (int i = 0; i < labels.Count; i++)
        {
            string label = labels[i].Trim();
            if (label.Length > 0) anyLabel = true;
            if (label.Length > 0 && speakers.TryGetValue(label, out var mapped))
            {
                result[i] = mapped == TranscriptSettings.InterviewerRole
                    ? new SpeakerAssignment(labels[i], SpeakerRole.Interviewer, null)
                    : new SpeakerAssignment(labels[i], SpeakerRole.Participant, mapped);
            }
            else if (label.Length > 0 && interviewerLabels.Contains(label))
            {
                result[i] = new SpeakerAssignment(labels[i], SpeakerRole.Interviewer, null);
            }
            else if (label.Length > 0 && participants.Contains(label))
            {
                result[i] = new SpeakerAssignment(labels[i], SpeakerRole.Participant, label);
            }
            else
            {
                unmapped.Add(i);
                continue;
            }
            ownerPresent |= owner is not null && result[i]!.Participant == owner;
        }

        if (!anyLabel)
        {
            // No labels at all: the whole file is one voice. Declared interviewer labels say there is a second one.
            ambiguous = owner is null || interviewer.Count > 0;
            foreach (int i in unmapped) result[i] = new SpeakerAssignment(labels[i], ambiguous ? SpeakerRole.Unknown : SpeakerRole.Participant, owner);
        }
        else if (owner is not null && !ownerPresent && unmapped.Count == 1)
        {
            ambiguous = false;
            result[unmapped[0]] = new SpeakerAssignment(labels[unmapped[0]], SpeakerRole.Participant, owner);
        }
        else
        {
            ambiguous = unmapped.Count > 1 && (owner is null || !ownerPresent);
            foreach (int i in unmapped)
            {
                result[i] = ambiguous ? new SpeakerAssignment(labels[i], SpeakerRole.Unknown, owner) : new SpeakerAssignment(labels[i], SpeakerRole.Other, null);
            }
        }
        return result!;
    }
}
