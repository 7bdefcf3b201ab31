using System.Collections.Generic;
using System.Linq;

namespace FindingsGen.Language.Diagnostics;

/// <summary>
/// Every diagnostic the language can report, in one table. Hosts (the CLI, the Roslyn analyzer)
/// build their descriptors from it, so the two can never drift.
/// </summary>
public static class RuleTable
{
    /// <summary>The project's repository: the one place its address is written.</summary>
    public const string RepositoryUrl = "https://github.com/findingsgen/findingsgen";

    /// <summary>Where the project's documents are published; hosts append a path under <c>docs/</c>.</summary>
    public const string DocsBaseUrl = RepositoryUrl + "/blob/main/docs/";

    /// <summary>Where the rule pages are published; hosts append <c>FGxxxx.md</c>.</summary>
    public const string HelpBaseUrl = DocsBaseUrl + "rules/";

    /// <summary>A frequency label does not match the number of participants cited.</summary>
    public static readonly Rule FG0001 = new("FG0001", "Frequency label does not match the participants cited", Severity.Error, "Claims");
    /// <summary>A .freq span does not begin with a label of the scale.</summary>
    public static readonly Rule FG0002 = new("FG0002", "Frequency span without a label of the scale", Severity.Error, "Claims");
    /// <summary>Prose makes a frequency claim without a .freq span.</summary>
    public static readonly Rule FG0003 = new("FG0003", "Unannotated frequency claim", Severity.Warning, "Claims");
    /// <summary>Unknown participant ID.</summary>
    public static readonly Rule FG0004 = new("FG0004", "Unknown participant", Severity.Error, "Claims");
    /// <summary>A duplicate (or missing, or malformed) ID.</summary>
    public static readonly Rule FG0005 = new("FG0005", "Duplicate or malformed ID", Severity.Error, "Structure");
    /// <summary>A cross-reference to an unknown ID.</summary>
    public static readonly Rule FG0006 = new("FG0006", "Cross-reference to an unknown ID", Severity.Error, "Structure");
    /// <summary>A quoted phrase nearly matches a theme or subtheme title.</summary>
    public static readonly Rule FG0007 = new("FG0007", "Theme or subtheme named inconsistently", Severity.Warning, "Structure");
    /// <summary>Theme without subtheme, subtheme without quotation, subtheme before any theme.</summary>
    public static readonly Rule FG0008 = new("FG0008", "Incomplete theme structure", Severity.Warning, "Structure");
    /// <summary>A .freq span with no of attribute.</summary>
    public static readonly Rule FG0009 = new("FG0009", "Frequency claim that cannot be checked", Severity.Warning, "Claims");
    /// <summary>A span or div that looks like a construct but is not one (unknown class beside from/of, unknown attribute).</summary>
    public static readonly Rule FG0010 = new("FG0010", "Misspelled or unknown construct", Severity.Error, "Structure");
    /// <summary>Quotation not in the attributed participant's transcript.</summary>
    public static readonly Rule FG0101 = new("FG0101", "Quotation not found in the transcript", Severity.Error, "Tracing");
    /// <summary>Quotation found in another participant's transcript.</summary>
    public static readonly Rule FG0102 = new("FG0102", "Quotation attributed to the wrong participant", Severity.Error, "Tracing");
    /// <summary>Quotation found only in the interviewer's turns.</summary>
    public static readonly Rule FG0103 = new("FG0103", "Quotation is the interviewer's words", Severity.Error, "Tracing");
    /// <summary>Quotation differs from the transcript in a few words.</summary>
    public static readonly Rule FG0104 = new("FG0104", "Quotation is near-verbatim", Severity.Warning, "Tracing");
    /// <summary>A quoted participant has no readable transcript.</summary>
    public static readonly Rule FG0105 = new("FG0105", "Transcript missing or unreadable", Severity.Error, "Tracing");
    /// <summary>No transcripts and the quotation is not in findings.lock.</summary>
    public static readonly Rule FG0106 = new("FG0106", "Quotation not verified", Severity.Error, "Tracing");
    /// <summary>A translated quotation has no original, or an original is given needlessly.</summary>
    public static readonly Rule FG0107 = new("FG0107", "Translated quotation without its original", Severity.Error, "Tracing");
    /// <summary>A quotation joins passages that are far apart (or out of order) with no elision mark.</summary>
    public static readonly Rule FG0108 = new("FG0108", "Spliced quotation", Severity.Error, "Tracing");
    /// <summary>A transcript in which speakers cannot be told apart: interviewer and misattribution checks cannot run there.</summary>
    public static readonly Rule FG0109 = new("FG0109", "Speakers cannot be told apart", Severity.Warning, "Tracing");
    /// <summary>The manifest is invalid.</summary>
    public static readonly Rule FG0201 = new("FG0201", "Invalid manifest", Severity.Error, "Manifest");
    /// <summary>A page is missing or is not UTF-8 text.</summary>
    public static readonly Rule FG0202 = new("FG0202", "Missing or unreadable page", Severity.Error, "Manifest");
    /// <summary>A page file in the study folder that pages: does not list.</summary>
    public static readonly Rule FG0203 = new("FG0203", "Page file not read", Severity.Warning, "Manifest");
    /// <summary>A site template override cannot be used.</summary>
    public static readonly Rule FG0204 = new("FG0204", "Unusable site template", Severity.Error, "Manifest");
    /// <summary>A quotation contains a private identifier.</summary>
    public static readonly Rule FG0301 = new("FG0301", "Identifying term in a quotation", Severity.Error, "Privacy");

    /// <summary>All rules, ordered by ID.</summary>
    public static IReadOnlyList<Rule> All { get; } = new[]
    {
        FG0001, FG0002, FG0003, FG0004, FG0005, FG0006, FG0007, FG0008, FG0009, FG0010,
        FG0101, FG0102, FG0103, FG0104, FG0105, FG0106, FG0107, FG0108, FG0109,
        FG0201, FG0202, FG0203, FG0204, FG0301,
    };

    private static readonly Dictionary<string, Rule> ById = All.ToDictionary(r => r.Id, System.StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds a rule by ID (case-insensitive), or null.</summary>
    public static Rule? Find(string id) => ById.TryGetValue(id.Trim(), out var rule) ? rule : null;
}
