using System.Collections.Generic;
using System.Linq;

namespace FindingsGen.Site;

/// <summary>
/// How a quotation was verified, as structured data the site's HTML, findings.json and quotations.csv all read: one
/// <see cref="ProvenanceEntry"/> per participant, the quotation's overall <see cref="Mode"/> (its weakest entry), and
/// whether it is a translation (then the original was traced, and the translation is the authors').
/// </summary>
public sealed record QuotationProvenance(IReadOnlyList<ProvenanceEntry> Entries, ProvenanceMode Mode, bool Translated)
{
    /// <summary>True when every entry is verified (verbatim, or so recorded in the lock): only then does the label say "✓ verified".</summary>
    public bool Verified => Mode is ProvenanceMode.Verbatim or ProvenanceMode.FromLock;

    /// <summary>The label of the disclosure, a word or two: "✓ verified", "≈ near-verbatim", …</summary>
    public string Label => Provenance.Label(Mode, Translated);

    /// <summary>The provenance as one sentence per participant, joined by "; " (findings.json's and quotations.csv's field).</summary>
    public string Sentence => Provenance.Sentence(this);

    /// <summary>The overall mode of <paramref name="entries"/>: no entry is not traced; otherwise the weakest entry's.</summary>
    internal static ProvenanceMode Overall(IReadOnlyList<ProvenanceEntry> entries) =>
        entries.Count == 0 ? ProvenanceMode.NotTraced : entries.Max(e => e.Mode);
}
