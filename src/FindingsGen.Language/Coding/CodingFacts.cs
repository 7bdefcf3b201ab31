using System;
using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Model;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Language.Coding;

/// <summary>
/// What the coding rules need of a coding, whether read from the project or from the coding record: the codes, the
/// participants with a coded selection under each code (directly, not through a nested code), and for each quotation
/// (by its lock hash) the codes of the selections it lies in. The record is exactly this, written down.
/// </summary>
internal sealed class CodingFacts
{
    public CodingFacts(CodeBook codes, string projectHash, string source, bool fromRecord)
    {
        Codes = codes;
        ProjectHash = projectHash;
        Source = source;
        FromRecord = fromRecord;
    }

    /// <summary>The codes.</summary>
    public CodeBook Codes { get; }
    /// <summary>The project's fingerprint (<see cref="ProjectFingerprint"/>): the record is stale when it differs.</summary>
    public string ProjectHash { get; }
    /// <summary>Where the coding came from, as the summary names it.</summary>
    public string Source { get; }
    /// <summary>True when the project was absent and this was read from the coding record.</summary>
    public bool FromRecord { get; }

    /// <summary>Code → the participants with a selection coded under it, directly.</summary>
    public Dictionary<CodeEntry, HashSet<string>> Coded { get; } = new();

    /// <summary>Quotation hash (<see cref="QuotationHash.Of"/>) → the codes of the selections it lies in, directly.</summary>
    public Dictionary<string, HashSet<CodeEntry>> QuotationCodes { get; } = new(StringComparer.Ordinal);

    /// <summary>The participants coded under any of <paramref name="codes"/> or a code nested in one, in the manifest's order.</summary>
    public List<string> ParticipantsUnder(IEnumerable<CodeEntry> codes, IEnumerable<string> manifestOrder)
    {
        var coded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in CodeBook.WithDescendants(codes))
        {
            if (Coded.TryGetValue(code, out var participants)) coded.UnionWith(participants);
        }
        return manifestOrder.Where(coded.Contains).ToList();
    }

    /// <summary>
    /// Whether the quotation with this hash lies in a selection coded under one of <paramref name="codesWithDescendants"/> (a code or one
    /// nested in it); null when the facts do not know the quotation (a record written before it was added).
    /// </summary>
    public bool? LiesIn(string quotationHash, HashSet<CodeEntry> codesWithDescendants) =>
        QuotationCodes.TryGetValue(quotationHash, out var lying) ? lying.Overlaps(codesWithDescendants) : null;

    /// <summary>
    /// The facts of a project for a study: which participant each source belongs to (the case named as the participant
    /// lists it; failing any case, a source whose name starts with the participant's ID), who is coded under each code,
    /// and in which coded selections each quotation lies.
    /// </summary>
    public static CodingFacts FromProject(QdaProject project, string source, Study study, System.Threading.CancellationToken cancellation)
    {
        var facts = new CodingFacts(CodeBook.FromProject(project), ProjectFingerprint.Of(project), source, fromRecord: false);
        var sources = SourcesByParticipant(project, study.Manifest.Participants.Select(p => p.Id).ToList());
        var fillers = SelectionMatcher.Fillers(study.Manifest.Editing.Fillers);
        foreach (var pair in sources)
        {
            foreach (var src in pair.Value)
            {
                foreach (var selection in src.Selections)
                {
                    foreach (var guid in selection.CodeGuids)
                    {
                        if (facts.Codes.Find(guid) is not { } code) continue;
                        if (!facts.Coded.TryGetValue(code, out var set)) facts.Coded[code] = set = new HashSet<string>(StringComparer.Ordinal);
                        set.Add(pair.Key);
                    }
                }
            }
        }
        // Each quotation of each participant, against the coded selections of that participant's sources.
        var selectionWords = new Dictionary<QdaSelection, List<string[]>>();
        var readings = new Dictionary<QdaSource, SelectionReadings>();
        foreach (var quotation in study.Quotations)
        {
            cancellation.ThrowIfCancellationRequested();
            var pattern = SelectionMatcher.Compile(quotation.Traced, fillers);
            foreach (var participant in quotation.From.Select(f => f.Id).Distinct(StringComparer.Ordinal))
            {
                var lying = new HashSet<CodeEntry>();
                if (!pattern.IsEmpty && sources.TryGetValue(participant, out var mine))
                {
                    foreach (var src in mine)
                    {
                        if (src.Text is not { } text) continue;
                        foreach (var selection in src.Selections)
                        {
                            var codes = selection.CodeGuids.Select(facts.Codes.Find).Where(c => c is not null).Select(c => c!).ToList();
                            if (codes.Count == 0 || codes.All(lying.Contains)) continue;
                            if (!selectionWords.TryGetValue(selection, out var spans))
                            {
                                if (!readings.TryGetValue(src, out var reading)) readings[src] = reading = new SelectionReadings(text);
                                spans = reading.Spans(selection.Start, selection.End)
                                    .Select(s => SelectionMatcher.ToWordBoundaries(text, s.Start, s.End))
                                    .Select(s => SelectionMatcher.Words(text.Substring(s.Start, s.End - s.Start), fillers)).ToList();
                                selectionWords[selection] = spans;
                            }
                            if (spans.Any(words => SelectionMatcher.Contains(words, pattern))) lying.UnionWith(codes);
                        }
                    }
                }
                facts.QuotationCodes[QuotationHash.Of(quotation.Traced, participant)] = lying;
            }
        }
        return facts;
    }

    /// <summary>Participant ID → the sources that are theirs.</summary>
    internal static Dictionary<string, List<QdaSource>> SourcesByParticipant(QdaProject project, IReadOnlyList<string> participants)
    {
        var result = new Dictionary<string, List<QdaSource>>(StringComparer.Ordinal);
        var byGuid = new Dictionary<string, QdaSource>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in project.Sources) byGuid[s.Guid] = s;
        var ids = new HashSet<string>(participants, StringComparer.Ordinal);
        var inACase = new HashSet<QdaSource>();
        foreach (var c in project.Cases)
        {
            // The case whose name is the participant's ID; written in another case only when that is still one participant.
            // Else the participant whose ID `findings import` made of the case's name (a name that was not a valid ID).
            string? id = ids.Contains(c.Name.Trim()) ? c.Name.Trim() : participants.Where(p => string.Equals(p, c.Name.Trim(), StringComparison.OrdinalIgnoreCase)).ToList() is { Count: 1 } one ? one[0]
                : ids.Contains(QdaParticipantId.For(c.Name)) ? QdaParticipantId.For(c.Name) : null;
            foreach (var guid in c.SourceGuids)
            {
                if (!byGuid.TryGetValue(guid, out var src)) continue;
                inACase.Add(src);
                if (id is null) continue;
                if (!result.TryGetValue(id, out var list)) result[id] = list = new List<QdaSource>();
                if (!list.Contains(src)) list.Add(src);
            }
        }
        // A source no case claims (a project without cases): the participant whose ID its name starts with, as a whole word.
        foreach (var src in project.Sources)
        {
            if (inACase.Contains(src)) continue;
            string? owner = participants.Where(p => NameStartsWith(src.Name, p)).OrderByDescending(p => p.Length).FirstOrDefault()
                ?? (ids.Contains(QdaParticipantId.For(QdaParticipantId.SourceStem(src.Name))) ? QdaParticipantId.For(QdaParticipantId.SourceStem(src.Name)) : null);
            if (owner is null) continue;
            if (!result.TryGetValue(owner, out var list)) result[owner] = list = new List<QdaSource>();
            list.Add(src);
        }
        return result;
    }

    private static bool NameStartsWith(string name, string id) =>
        name.StartsWith(id, StringComparison.OrdinalIgnoreCase) && (name.Length == id.Length || !char.IsLetterOrDigit(name[id.Length]));
}
