using System;
using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Rules;

namespace FindingsGen.Language.Diagnostics;

/// <summary>
/// Every rule of the language, in one table: <see cref="Rules"/> lists one instance of each rule class
/// (<c>Rules/FGxxxxName.cs</c>), and everything that needs the rules iterates it: the checker runs the study rules,
/// the hosts (CLI, Roslyn analyzer, site) build their descriptors and summaries from it, the manifest's <c>rules:</c>
/// accepts its IDs, and the tests require each rule's page, examples and release-tracking row.
/// </summary>
public static class RuleTable
{
    /// <summary>
    /// The project's repository, from the MSBuild property <c>FindingsGenRepositoryUrl</c> (Directory.Build.props), the
    /// one place its address is written; help links, SARIF and the schemas' addresses are made from it.
    /// </summary>
    public const string RepositoryUrl = RepositoryAddress.Url;

    /// <summary>Where the project's documents are published; hosts append a path under <c>docs/</c>.</summary>
    public const string DocsBaseUrl = RepositoryUrl + "/blob/main/docs/";

    /// <summary>Where the rule pages are published (see <see cref="Rule.HelpUrl"/>).</summary>
    public const string HelpBaseUrl = DocsBaseUrl + "rules/";

    /// <summary>Every rule, ordered by ID. A new rule is one line here.</summary>
    public static IReadOnlyList<IRule> Rules { get; } = new IRule[]
    {
        new FG0001FrequencyLabelMatchesCount(),
        new FG0002FrequencyLabelFromScale(),
        new FG0003UnannotatedFrequencyClaim(),
        new FG0004UnknownParticipant(),
        new FG0005DuplicateOrMalformedId(),
        new FG0006UnknownCrossReference(),
        new FG0007InconsistentThemeName(),
        new FG0008IncompleteThemeStructure(),
        new FG0009UncheckableFrequencyClaim(),
        new FG0010UnknownConstruct(),
        new FG0101QuotationNotInTranscript(),
        new FG0102QuotationMisattributed(),
        new FG0103InterviewerWords(),
        new FG0104NearVerbatimQuotation(),
        new FG0105TranscriptUnreadable(),
        new FG0106QuotationNotVerified(),
        new FG0107TranslationWithoutOriginal(),
        new FG0108SplicedQuotation(),
        new FG0109SpeakersIndistinguishable(),
        new FG0201InvalidManifest(),
        new FG0202MissingPage(),
        new FG0203UnlistedPage(),
        new FG0204UnusableTemplate(),
        new FG0301IdentifyingTermInQuotation(),
        new FG0402ParticipantNeverQuoted(),
        new FG0501CitedParticipantNotCoded(),
        new FG0502CodedCountContradictsLabel(),
        new FG0503QuotationNotInCodedSelection(),
        new FG0504UnknownCode(),
        new FG0505CodingProjectUnreadable(),
    };

    /// <summary>Every rule's descriptor, ordered by ID.</summary>
    public static IReadOnlyList<Rule> All { get; } = Rules.Select(r => r.Descriptor).ToList();

    private static readonly Dictionary<string, Rule> ById = All.ToDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds a rule by ID (case-insensitive), or null.</summary>
    public static Rule? Find(string id) => ById.TryGetValue(id.Trim(), out var rule) ? rule : null;

    // Short names for the rules reported outside their own file (tracing, manifest, hosts).
    /// <summary>FG0001: see <see cref="FG0001FrequencyLabelMatchesCount"/>.</summary>
    public static Rule FG0001 => FG0001FrequencyLabelMatchesCount.Definition;
    /// <summary>FG0002: see <see cref="FG0002FrequencyLabelFromScale"/>.</summary>
    public static Rule FG0002 => FG0002FrequencyLabelFromScale.Definition;
    /// <summary>FG0003: see <see cref="FG0003UnannotatedFrequencyClaim"/>.</summary>
    public static Rule FG0003 => FG0003UnannotatedFrequencyClaim.Definition;
    /// <summary>FG0004: see <see cref="FG0004UnknownParticipant"/>.</summary>
    public static Rule FG0004 => FG0004UnknownParticipant.Definition;
    /// <summary>FG0005: see <see cref="FG0005DuplicateOrMalformedId"/>.</summary>
    public static Rule FG0005 => FG0005DuplicateOrMalformedId.Definition;
    /// <summary>FG0006: see <see cref="FG0006UnknownCrossReference"/>.</summary>
    public static Rule FG0006 => FG0006UnknownCrossReference.Definition;
    /// <summary>FG0007: see <see cref="FG0007InconsistentThemeName"/>.</summary>
    public static Rule FG0007 => FG0007InconsistentThemeName.Definition;
    /// <summary>FG0008: see <see cref="FG0008IncompleteThemeStructure"/>.</summary>
    public static Rule FG0008 => FG0008IncompleteThemeStructure.Definition;
    /// <summary>FG0009: see <see cref="FG0009UncheckableFrequencyClaim"/>.</summary>
    public static Rule FG0009 => FG0009UncheckableFrequencyClaim.Definition;
    /// <summary>FG0010: see <see cref="FG0010UnknownConstruct"/>.</summary>
    public static Rule FG0010 => FG0010UnknownConstruct.Definition;
    /// <summary>FG0101: see <see cref="FG0101QuotationNotInTranscript"/>.</summary>
    public static Rule FG0101 => FG0101QuotationNotInTranscript.Definition;
    /// <summary>FG0102: see <see cref="FG0102QuotationMisattributed"/>.</summary>
    public static Rule FG0102 => FG0102QuotationMisattributed.Definition;
    /// <summary>FG0103: see <see cref="FG0103InterviewerWords"/>.</summary>
    public static Rule FG0103 => FG0103InterviewerWords.Definition;
    /// <summary>FG0104: see <see cref="FG0104NearVerbatimQuotation"/>.</summary>
    public static Rule FG0104 => FG0104NearVerbatimQuotation.Definition;
    /// <summary>FG0105: see <see cref="FG0105TranscriptUnreadable"/>.</summary>
    public static Rule FG0105 => FG0105TranscriptUnreadable.Definition;
    /// <summary>FG0106: see <see cref="FG0106QuotationNotVerified"/>.</summary>
    public static Rule FG0106 => FG0106QuotationNotVerified.Definition;
    /// <summary>FG0107: see <see cref="FG0107TranslationWithoutOriginal"/>.</summary>
    public static Rule FG0107 => FG0107TranslationWithoutOriginal.Definition;
    /// <summary>FG0108: see <see cref="FG0108SplicedQuotation"/>.</summary>
    public static Rule FG0108 => FG0108SplicedQuotation.Definition;
    /// <summary>FG0109: see <see cref="FG0109SpeakersIndistinguishable"/>.</summary>
    public static Rule FG0109 => FG0109SpeakersIndistinguishable.Definition;
    /// <summary>FG0201: see <see cref="FG0201InvalidManifest"/>.</summary>
    public static Rule FG0201 => FG0201InvalidManifest.Definition;
    /// <summary>FG0202: see <see cref="FG0202MissingPage"/>.</summary>
    public static Rule FG0202 => FG0202MissingPage.Definition;
    /// <summary>FG0203: see <see cref="FG0203UnlistedPage"/>.</summary>
    public static Rule FG0203 => FG0203UnlistedPage.Definition;
    /// <summary>FG0204: see <see cref="FG0204UnusableTemplate"/>.</summary>
    public static Rule FG0204 => FG0204UnusableTemplate.Definition;
    /// <summary>FG0301: see <see cref="FG0301IdentifyingTermInQuotation"/>.</summary>
    public static Rule FG0301 => FG0301IdentifyingTermInQuotation.Definition;
    /// <summary>FG0501: see <see cref="FG0501CitedParticipantNotCoded"/>.</summary>
    public static Rule FG0501 => FG0501CitedParticipantNotCoded.Definition;
    /// <summary>FG0502: see <see cref="FG0502CodedCountContradictsLabel"/>.</summary>
    public static Rule FG0502 => FG0502CodedCountContradictsLabel.Definition;
    /// <summary>FG0503: see <see cref="FG0503QuotationNotInCodedSelection"/>.</summary>
    public static Rule FG0503 => FG0503QuotationNotInCodedSelection.Definition;
    /// <summary>FG0504: see <see cref="FG0504UnknownCode"/>.</summary>
    public static Rule FG0504 => FG0504UnknownCode.Definition;
    /// <summary>FG0505: see <see cref="FG0505CodingProjectUnreadable"/>.</summary>
    public static Rule FG0505 => FG0505CodingProjectUnreadable.Definition;
}
