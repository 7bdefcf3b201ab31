using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Model;
using FindingsGen.Language.Text;

namespace FindingsGen.Language.Rules;

/// <summary>FG0004 (unknown participant), FG0005 (duplicate, missing or malformed ID) and FG0006 (unknown cross-reference target).</summary>
public static class ReferenceRules
{
    private static readonly Regex IdPattern = new("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant);

    /// <summary>Checks participants, IDs and cross-references.</summary>
    public static void Check(Study study, DiagnosticList diagnostics)
    {
        CheckParticipants(study, diagnostics);
        CheckIds(study, diagnostics);
        CheckCrossReferences(study, diagnostics);
    }

    private static void CheckParticipants(Study study, DiagnosticList diagnostics)
    {
        var manifest = study.Manifest;
        string known = KnownParticipants(study);
        var refs = study.Claims.Where(c => c.Of is not null).SelectMany(c => c.Of!)
            .Concat(study.Quotations.SelectMany(q => q.From));
        foreach (var reference in refs)
        {
            if (manifest.FindParticipant(reference.Id) is not null) continue;
            var near = manifest.Participants.FirstOrDefault(p => string.Equals(p.Id, reference.Id, StringComparison.OrdinalIgnoreCase));
            diagnostics.Add(RuleTable.FG0004, reference.Location,
                $"'{reference.Id}' is not a participant of this study" + (near is not null ? $"; did you mean '{near.Id}'? (IDs are case-sensitive)" : $" ({known}); add it to 'participants' in findings.yml or correct the ID"));
        }
        foreach (var quotation in study.QuotationsWithoutFrom)
        {
            diagnostics.Add(RuleTable.FG0004, quotation.Location,
                "this quotation does not say who said it; add from= with the participant's ID, e.g. from=T1");
        }
    }

    private static string KnownParticipants(Study study)
    {
        var ids = study.Manifest.Participants.Select(p => p.Id).ToList();
        if (ids.Count == 0) return "findings.yml lists none";
        return "findings.yml lists " + (ids.Count <= 12 ? string.Join(", ", ids) : string.Join(", ", ids.Take(12)) + $" and {ids.Count - 12} more");
    }

    private static void CheckIds(Study study, DiagnosticList diagnostics)
    {
        foreach (var (kind, location) in study.UnnamedSections)
        {
            diagnostics.Add(RuleTable.FG0005, location, $"this {kind} heading has no ID; add one, e.g. {{#my-{kind} .{kind}}}");
        }
        var first = new Dictionary<string, Anchor>(StringComparer.Ordinal);
        foreach (var anchor in study.Anchors)
        {
            if (!IdPattern.IsMatch(anchor.Id))
            {
                diagnostics.Add(RuleTable.FG0005, anchor.Location,
                    $"the ID '{anchor.Id}' must use lower-case letters, digits and hyphens, starting with a letter or digit (e.g. '{Suggest(anchor.Id)}')");
            }
            if (first.TryGetValue(anchor.Id, out var earlier))
            {
                diagnostics.Add(RuleTable.FG0005, anchor.Location,
                    $"the ID '{anchor.Id}' is already used by the {earlier.Kind} at {earlier.Location}; IDs must be unique across the study");
            }
            else
            {
                first[anchor.Id] = anchor;
            }
        }
    }

    private static string Suggest(string id)
    {
        var chars = id.ToLowerInvariant().Select(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-').ToArray();
        string s = new string(chars).Trim('-');
        while (s.Contains("--")) s = s.Replace("--", "-");
        return s.Length == 0 ? "my-id" : s;
    }

    private static void CheckCrossReferences(Study study, DiagnosticList diagnostics)
    {
        var ids = new HashSet<string>(study.Anchors.Select(a => a.Id), StringComparer.Ordinal);
        foreach (var reference in study.CrossReferences)
        {
            if (ids.Contains(reference.TargetId)) continue;
            string? near = null;
            int best = 3;
            foreach (var id in ids.OrderBy(i => i, StringComparer.Ordinal))
            {
                int d = EditDistance.Characters(reference.TargetId.ToLowerInvariant(), id);
                if (d < best)
                {
                    best = d;
                    near = id;
                }
            }
            diagnostics.Add(RuleTable.FG0006, reference.Location,
                $"no theme, subtheme, quotation or heading has the ID '{reference.TargetId}'" + (near is null ? "; link to an existing ID" : $"; did you mean '#{near}'?"));
        }
    }
}
