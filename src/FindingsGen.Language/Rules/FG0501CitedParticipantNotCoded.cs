using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Coding;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Model;

namespace FindingsGen.Language.Rules;

/// <summary>
/// FG0501: a frequency claim in a section tied to codes (<c>code=</c>) cites a participant who has no coded selection
/// under any of them (nor under a code nested in one). Reported by <see cref="CodingCheck"/>, at the participant in <c>of=</c>.
/// </summary>
internal sealed class FG0501CitedParticipantNotCoded : IRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0501", "Cited participant not coded", Severity.Warning, "Coding");

    /// <inheritdoc />
    public Rule Descriptor => Definition;

    /// <summary>Checks every claim against the participants coded under its section's codes.</summary>
    internal static void Check(Study study, CodingScope scope, DiagnosticList diagnostics)
    {
        var ids = study.Manifest.Participants.Select(p => p.Id).ToList();
        var coded = new Dictionary<CodingSection, HashSet<string>>();
        foreach (var claim in study.Claims)
        {
            if (claim.Of is null || scope.For(claim.Theme, claim.Subtheme) is not { } section) continue;
            if (!coded.TryGetValue(section, out var set))
            {
                coded[section] = set = new HashSet<string>(scope.Facts.ParticipantsUnder(section.Codes, ids), System.StringComparer.Ordinal);
            }
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var participant in claim.Of)
            {
                // An unknown ID is FG0004's; each participant is reported once per claim.
                if (study.Manifest.FindParticipant(participant.Id) is null || !seen.Add(participant.Id) || set.Contains(participant.Id)) continue;
                diagnostics.Add(Definition, participant.Location,
                    $"{participant.Id} is cited for '{CodeBook.Shown(section.Title)}', but has no coded selection under {section.CodeNames} in {scope.Facts.Source}; " +
                    "code the passage, or leave the participant out of of=");
            }
        }
    }
}
