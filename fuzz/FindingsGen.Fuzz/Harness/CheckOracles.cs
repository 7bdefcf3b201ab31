using System;
using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Model;

namespace FindingsGen.Fuzz;

/// <summary>The oracles on a check's result, shared by the targets that run the checker.</summary>
internal static class CheckOracles
{
    /// <summary>An error or warning between the quotation's first line and the next quotation's (a block quotation's
    /// location is its opening fence; what is reported about it may sit on any of its lines).</summary>
    private static bool ReportedAt(CheckResult result, Quotation quotation)
    {
        var at = quotation.Location;
        int last = result.Study.Quotations.Where(q => q.Location.File == at.File && q.Location.Line > at.Line).Select(q => q.Location.Line - 1).DefaultIfEmpty(int.MaxValue).Min();
        last = Math.Max(last, Math.Max(at.Line, at.EndLine));
        return result.Diagnostics.Any(d => d.Severity is Severity.Error or Severity.Warning &&
                                           d.Location.File == at.File && d.Location.Line >= at.Line && d.Location.Line <= last);
    }

    /// <summary>
    /// Diagnostics well-formed and located in <paramref name="files"/>; no canary in any message unless the inputs
    /// carry it themselves (<paramref name="canaryApplies"/> false); every quotation of a participant with a transcript
    /// traced, and one that is not verified reported: "clean" must mean checked.
    /// </summary>
    public static void Check(Verdict verdict, CheckResult result, IReadOnlyDictionary<string, string> files, bool canaryApplies)
    {
        Oracles.Diagnostics(verdict, result.Diagnostics, files);
        if (canaryApplies)
        {
            foreach (var d in result.Diagnostics) Oracles.NoCanary(verdict, "a diagnostic message (" + d.Id + ")", d.Message);
        }
        var study = result.Study;
        verdict.Count("themes", study.Themes.Count);
        verdict.Count("subthemes", study.Subthemes.Count);
        verdict.Count("claims", study.Claims.Count);
        verdict.Count("quotations", study.Quotations.Count);
        verdict.Count("crossrefs", study.CrossReferences.Count);
        foreach (var t in result.Traces) verdict.Feature("S:" + t.Status);
        if (result.Traces.Count == 0) return; // tracing did not run (no transcripts in this target)
        var known = new HashSet<string>(study.Manifest.Participants.Select(p => p.Id), System.StringComparer.Ordinal);
        foreach (var q in study.Quotations)
        {
            foreach (var from in q.From.Where(f => known.Contains(f.Id)))
            {
                // A quotation may go untraced when the check says why at the quotation (FG0107: a translation without its original).
                if (!result.Traces.Any(t => t.Quotation == q && t.Participant == from.Id) && !ReportedAt(result, q))
                {
                    verdict.Fail("silently-unchecked", $"the quotation at {q.Location} was not traced for {from.Id}", "untraced");
                }
            }
        }
        if (result.Traces.Any(t => !t.IsVerified) && result.Errors + result.Warnings == 0 && study.Manifest.RuleSeverities.Count == 0)
        {
            verdict.Fail("silently-unchecked", "a quotation was not verified, yet the check reported no error or warning", "unverified-clean");
        }
    }
}
