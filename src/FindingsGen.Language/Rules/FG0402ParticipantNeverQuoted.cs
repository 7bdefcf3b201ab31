using System;
using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Manifest;

namespace FindingsGen.Language.Rules;

/// <summary>
/// FG0402: a participant of the manifest to whom no quotation is attributed. Findings that quote some participants
/// and never others may give a voice to a few; the author should know. A study that quotes no one is not warned
/// about each participant (FG0008 already says the subthemes lack quotations). Off unless <c>rules:</c> switches it on:
/// leaving a participant unquoted is often deliberate, and a check that warns on most studies would be noise.
/// </summary>
internal sealed class FG0402ParticipantNeverQuoted : IStudyRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0402", "Participant never quoted", Severity.None, "Claims");

    /// <inheritdoc />
    public Rule Descriptor => Definition;

    /// <inheritdoc />
    public void Check(RuleContext context, DiagnosticList diagnostics)
    {
        var quoted = new HashSet<string>(context.Study.Quotations.SelectMany(q => q.From).Select(f => f.Id), StringComparer.Ordinal);
        if (quoted.Count == 0) return;
        foreach (var participant in context.Manifest.Participants)
        {
            if (quoted.Contains(participant.Id)) continue;
            diagnostics.Add(Definition, SourceLocation.StartOf(StudyManifest.FileName),
                $"no quotation is attributed to {participant.Id}; quote them where their words support a finding, or remove FG0402 from rules: if their absence is deliberate");
        }
    }
}
