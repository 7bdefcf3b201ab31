using System.Linq;
using FindingsGen.Language.Coding;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Model;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Language.Rules;

/// <summary>
/// FG0503: a quotation in a section tied to codes lies in no selection coded under them (nor under a code nested in
/// one) in the participant's sources; found by matching the quotation's words into each selection's text, whatever way
/// the package counted positions. Info by default (a passage may be quoted for a subtheme it was not coded under);
/// <c>rules:</c> can raise it. Reported by <see cref="CodingCheck"/>, at the quotation. A quotation the coding record
/// does not know (added after it was written) cannot be tested: that is FG0505.
/// </summary>
internal sealed class FG0503QuotationNotInCodedSelection : IRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0503", "Quotation outside the coded selections", Severity.Info, "Coding");

    /// <inheritdoc />
    public Rule Descriptor => Definition;

    /// <summary>Checks each quotation of a coded section against the coded selections.</summary>
    internal static void Check(Study study, CodingScope scope, DiagnosticList diagnostics)
    {
        foreach (var quotation in study.Quotations)
        {
            if (scope.For(quotation.Theme, quotation.Subtheme) is not { } section) continue;
            foreach (var participant in quotation.From.Select(f => f.Id).Distinct(System.StringComparer.Ordinal))
            {
                if (study.Manifest.FindParticipant(participant) is null) continue; // FG0004's
                bool? inside = scope.Facts.LiesIn(QuotationHash.Of(quotation.Traced, participant), section.WithDescendants);
                if (inside == true) continue;
                if (inside is null)
                {
                    diagnostics.Add(RuleTable.FG0505, Severity.Warning, quotation.Location,
                        $"this quotation of {participant} is not in {CodingRecord.FileName} (written before it was added or changed), so it could not be tested " +
                        $"against the coding of '{CodeBook.Shown(section.Title)}'; run 'findings check --update-lock' where the project is");
                    continue;
                }
                diagnostics.Add(Definition, quotation.Location,
                    $"this quotation of {participant} lies in no selection coded under {section.CodeNames} (the code of '{CodeBook.Shown(section.Title)}') " +
                    $"in {scope.Facts.Source}; code the passage there, or move the quotation to the section it was coded under");
            }
        }
    }
}
