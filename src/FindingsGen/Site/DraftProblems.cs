using System;
using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Model;

namespace FindingsGen.Site;

/// <summary>
/// Where a draft shows its problems: each diagnostic of severity warning or error located inside a quotation or a
/// frequency claim belongs to that construct (the smallest one holding it), which the page marks in place and the
/// report's row links to. Made only for drafts: a published site shows none of this.
/// </summary>
public sealed class DraftProblems
{
    private readonly Dictionary<Quotation, List<Diagnostic>> byQuotation = new();
    private readonly Dictionary<FrequencyClaim, List<Diagnostic>> byClaim = new();
    private readonly Dictionary<Diagnostic, object> owner = new();

    /// <summary>Places every diagnostic of <paramref name="diagnostics"/> that is a warning or an error in the construct of <paramref name="study"/> that holds it.</summary>
    public DraftProblems(Study study, IEnumerable<Diagnostic> diagnostics)
    {
        // Per file, so a study of thousands of quotations is not scanned once per diagnostic in full.
        var constructs = study.Quotations.Select(q => (Location: Extent(q), Owner: (object)q))
            .Concat(study.Claims.Select(c => (Location: c.Location, Owner: (object)c)))
            .ToLookup(c => c.Location.File, StringComparer.Ordinal);
        foreach (var d in diagnostics)
        {
            if (d.Severity < Severity.Warning) continue;
            (SourceLocation Location, object Owner)? best = null;
            foreach (var c in constructs[d.Location.File])
            {
                if (!Holds(c.Location, d.Location)) continue;
                if (best is null || Size(c.Location) < Size(best.Value.Location)) best = c;
            }
            if (best is not { } found) continue;
            owner[d] = found.Owner;
            if (found.Owner is Quotation q) Add(byQuotation, q, d);
            else Add(byClaim, (FrequencyClaim)found.Owner, d);
        }
    }

    /// <summary>The problems found in <paramref name="quotation"/>, in the order check reported them.</summary>
    public IReadOnlyList<Diagnostic> Of(Quotation quotation) => byQuotation.TryGetValue(quotation, out var list) ? list : Array.Empty<Diagnostic>();

    /// <summary>The problems found in <paramref name="claim"/>, in the order check reported them.</summary>
    public IReadOnlyList<Diagnostic> Of(FrequencyClaim claim) => byClaim.TryGetValue(claim, out var list) ? list : Array.Empty<Diagnostic>();

    /// <summary>The quotation or claim that holds <paramref name="diagnostic"/>, or null when it is outside every construct.</summary>
    public object? Owner(Diagnostic diagnostic) => owner.TryGetValue(diagnostic, out var o) ? o : null;

    /// <summary>
    /// All a quotation covers: a block quotation's location is its opening fence, and tracing reports at its words, so
    /// the fence, the words and the original's words together (the lines between them too).
    /// </summary>
    internal static SourceLocation Extent(Quotation q)
    {
        var parts = new List<SourceLocation> { q.Location, q.Text.Location };
        if (q.Original is { } original) parts.Add(original.Location);
        var start = parts.Where(p => p.File == q.Location.File).OrderBy(p => p.Line).ThenBy(p => p.Column).First();
        var end = parts.Where(p => p.File == q.Location.File).OrderBy(p => p.EndLine).ThenBy(p => p.EndColumn).Last();
        return new SourceLocation(q.Location.File, start.Line, start.Column, end.EndLine, end.EndColumn);
    }

    private static void Add<T>(Dictionary<T, List<Diagnostic>> map, T key, Diagnostic d) where T : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = new List<Diagnostic>();
        list.Add(d);
    }

    /// <summary>True when <paramref name="at"/> starts inside <paramref name="range"/> (end exclusive; a point at the range's start counts).</summary>
    internal static bool Holds(SourceLocation range, SourceLocation at)
    {
        bool afterStart = at.Line > range.Line || (at.Line == range.Line && at.Column >= range.Column);
        bool beforeEnd = at.Line < range.EndLine || (at.Line == range.EndLine && at.Column < range.EndColumn) || (at.Line == range.Line && at.Column == range.Column);
        return afterStart && beforeEnd;
    }

    private static long Size(SourceLocation l) => (long)(l.EndLine - l.Line) * 100_000 + (l.EndColumn - l.Column);
}
