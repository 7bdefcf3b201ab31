using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Model;
using FindingsGen.Language.Rules;

namespace FindingsGen.Language.Coding;

/// <summary>
/// Checks the findings against the linked coding (FG0501–FG0505): from the project when it is there (and then makes the
/// coding record's text for <c>--update-lock</c>), else from <c>findings.coding.lock</c>. When neither can be used, the
/// coding rules do not run and FG0505 says why: a check never passes a coding it could not read.
/// </summary>
internal static class CodingCheck
{
    /// <summary>What a check against the coding gave.</summary>
    internal sealed class Outcome
    {
        /// <summary>The coded participants of each section, or null when no coding could be read.</summary>
        public CodingSummary? Summary { get; set; }
        /// <summary>The coding record for the project as read now, or null when the project was not read.</summary>
        public string? RecordText { get; set; }
    }

    public static Outcome Run(Study study, CodingInput input, SourceLocation at, DiagnosticList diagnostics, System.Threading.CancellationToken cancellation)
    {
        var outcome = new Outcome();
        diagnostics.AddRange(input.Diagnostics);
        CodingFacts? facts = null;
        if (input.Project is { } project)
        {
            facts = CodingFacts.FromProject(project, input.Name, study, cancellation);
            outcome.RecordText = CodingRecord.Write(facts);
            if (input.RecordText is { } recorded)
            {
                var record = CodingRecord.Read(recorded, out string? problem);
                if (record is null)
                {
                    diagnostics.Add(RuleTable.FG0505, Severity.Warning, at,
                        $"{CodingRecord.FileName} cannot be read ({problem}), so public CI cannot check against the coding; run 'findings check --update-lock' to write it again");
                }
                else if (record.ProjectHash != facts.ProjectHash)
                {
                    diagnostics.Add(RuleTable.FG0505, Severity.Warning, at,
                        $"{CodingRecord.FileName} is stale: it was written from another version of the coding than {input.Name}, and public CI checks against it; " +
                        "run 'findings check --update-lock' to record this one");
                }
            }
        }
        else if (input.ProjectMissing && input.RecordText is { } recorded)
        {
            facts = CodingRecord.Read(recorded, out string? problem);
            if (facts is null)
            {
                diagnostics.Add(RuleTable.FG0505, at,
                    $"the coding checks (FG0501\u2013FG0504) could not run: {input.Problem ?? input.Name + " is not there"}, and {CodingRecord.FileName} cannot be read ({problem})");
            }
        }
        else if (input.Diagnostics.Count == 0 || input.ProjectMissing)
        {
            string why = input.Problem ?? $"{input.Name} could not be read";
            diagnostics.Add(RuleTable.FG0505, at,
                $"the coding checks (FG0501\u2013FG0504) could not run: {why}" +
                (input.ProjectMissing ? input.RecordProblem is { } rp ? $", and {CodingRecord.FileName} cannot be read ({rp})"
                    : $", and there is no {CodingRecord.FileName} to stand in for it (write one with 'findings check --update-lock' where the project is)" : ""));
        }
        if (facts is null) return outcome;

        var scope = new CodingScope(study, facts, diagnostics);
        FG0501CitedParticipantNotCoded.Check(study, scope, diagnostics);
        FG0502CodedCountContradictsLabel.Check(study, scope, diagnostics);
        FG0503QuotationNotInCodedSelection.Check(study, scope, diagnostics);
        var ids = study.Manifest.Participants.Select(p => p.Id).ToList();
        var coded = new Dictionary<string, IReadOnlyList<string>>(System.StringComparer.Ordinal);
        foreach (var section in scope.Sections) coded[section.Id] = facts.ParticipantsUnder(section.Codes, ids);
        outcome.Summary = new CodingSummary(facts.FromRecord ? $"{CodingRecord.FileName} (the coding record of {input.Name})" : input.Name, coded);
        return outcome;
    }
}
