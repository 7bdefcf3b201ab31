using System;
using System.Linq;
using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language.Rules;

/// <summary>FG0004: a claim's <c>of=</c> or a quotation's <c>from=</c> names no participant of the manifest, or a quotation has no <c>from=</c>.</summary>
internal sealed class FG0004UnknownParticipant : IStudyRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0004", "Unknown participant", Severity.Error, "Claims");

    /// <inheritdoc />
    public Rule Descriptor => Definition;

    /// <inheritdoc />
    public void Check(RuleContext context, DiagnosticList diagnostics)
    {
        var study = context.Study;
        var manifest = context.Manifest;
        string known = KnownParticipants(manifest);
        var refs = study.Claims.Where(c => c.Of is not null).SelectMany(c => c.Of!)
            .Concat(study.Quotations.SelectMany(q => q.From));
        foreach (var reference in refs)
        {
            if (manifest.FindParticipant(reference.Id) is not null) continue;
            var near = manifest.Participants.FirstOrDefault(p => string.Equals(p.Id, reference.Id, StringComparison.OrdinalIgnoreCase));
            diagnostics.Add(Definition, reference.Location,
                $"'{reference.Id}' is not a participant of this study" + (near is not null ? $"; did you mean '{near.Id}'? (IDs are case-sensitive)" : $" ({known}); add it to 'participants' in findings.yml or correct the ID"));
        }
        foreach (var quotation in study.QuotationsWithoutFrom)
        {
            diagnostics.Add(Definition, quotation.Location,
                "this quotation does not say who said it; add from= with the participant's ID, e.g. from=T1");
        }
    }

    private static string KnownParticipants(Manifest.StudyManifest manifest)
    {
        var ids = manifest.Participants.Select(p => p.Id).ToList();
        if (ids.Count == 0) return "findings.yml lists none";
        return "findings.yml lists " + (ids.Count <= 12 ? string.Join(", ", ids) : string.Join(", ", ids.Take(12)) + $" and {ids.Count - 12} more");
    }
}
