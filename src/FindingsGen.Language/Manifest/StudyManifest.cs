using System.Collections.Generic;
using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language.Manifest;

/// <summary>The study's <c>findings.yml</c>, as read. Fields that failed to read keep their defaults.</summary>
public sealed class StudyManifest
{
    /// <summary>The file name of the manifest.</summary>
    public const string FileName = "findings.yml";

    /// <summary>The study's title.</summary>
    public string Title { get; internal set; } = "";
    /// <summary>The authors, in order.</summary>
    public IReadOnlyList<string> Authors { get; internal set; } = new string[0];
    /// <summary>The findings' language (BCP 47), default <c>en</c>.</summary>
    public string Language { get; internal set; } = "en";
    /// <summary>The participants, in manifest order.</summary>
    public IReadOnlyList<Participant> Participants { get; internal set; } = new Participant[0];
    /// <summary>The frequency scale, or null when the manifest has none.</summary>
    public IReadOnlyList<FrequencyLabel>? Frequency { get; internal set; }
    /// <summary>Nouns that count people in prose ("participants", "therapists").</summary>
    public IReadOnlyList<string> QuantifierNouns { get; internal set; } = DefaultQuantifierNouns;
    /// <summary>The transcripts section, or null.</summary>
    public TranscriptSettings? Transcripts { get; internal set; }
    /// <summary>The pages, when listed.</summary>
    public IReadOnlyList<PageEntry>? Pages { get; internal set; }
    /// <summary>The private identifiers list's path, when given.</summary>
    public string? Identifiers { get; internal set; }
    /// <summary>Where <c>identifiers:</c> names the list: an unreadable list is FG0201 there.</summary>
    public SourceLocation? IdentifiersLocation { get; internal set; }
    /// <summary>The private REFI-QDA project's path (<c>coding:</c>), as written, or null when the study links no coding.</summary>
    public string? Coding { get; internal set; }
    /// <summary>Where <c>coding:</c> names the project: a project that cannot be read is reported there.</summary>
    public SourceLocation? CodingLocation { get; internal set; }
    /// <summary>
    /// True when the manifest was read well enough to know which files to read: it is YAML, a mapping, and its
    /// <c>transcripts:</c>, when written, names a usable path. When false, hosts read no page and no transcript, and the
    /// check reports the manifest's problems alone (a broken manifest never widens what is read).
    /// </summary>
    public bool IsReadable { get; internal set; }
    /// <summary>The editing of quotations declared under <c>editing:</c> (nothing declared when absent).</summary>
    public EditingSettings Editing { get; internal set; } = new();
    /// <summary>How the site presents the study (<c>site:</c>); defaults when absent.</summary>
    public SiteSettings Site { get; internal set; } = new();
    /// <summary>What the findings are the companion of and how they are cited (<c>publication:</c>); null when the manifest has none.</summary>
    public Publication? Publication { get; internal set; }
    /// <summary>Severity overrides by rule ID.</summary>
    public IReadOnlyDictionary<string, Severity> RuleSeverities { get; internal set; } = new Dictionary<string, Severity>();

    /// <summary>The nouns used when the manifest names none.</summary>
    public static IReadOnlyList<string> DefaultQuantifierNouns { get; } = new[] { "participant", "interviewee", "respondent", "informant" };

    private Dictionary<string, Participant>? byId;

    /// <summary>Finds a participant by ID (exact, case-sensitive), or null.</summary>
    public Participant? FindParticipant(string id)
    {
        if (byId is null)
        {
            var map = new Dictionary<string, Participant>(System.StringComparer.Ordinal);
            foreach (var p in Participants) map[p.Id] = p;
            byId = map;
        }
        return byId.TryGetValue(id, out var found) ? found : null;
    }

    /// <summary>The language a participant was interviewed in.</summary>
    public string InterviewLanguage(Participant participant) =>
        participant.Attribute("language") ?? Transcripts?.Language ?? Language;

    /// <summary>The language of a quotation's original: that of its first known participant's interview.</summary>
    public string InterviewLanguage(IEnumerable<string> participantIds)
    {
        foreach (var id in participantIds)
        {
            if (FindParticipant(id) is { } participant) return InterviewLanguage(participant);
        }
        return Transcripts?.Language ?? Language;
    }
}
