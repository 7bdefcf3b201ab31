using System.Text;
using FindingsGen.Language.Text;

namespace FindingsGen.Site.Html;

/// <summary>
/// A quotation's provenance as a small disclosure whose label says the mode ("✓ verified", "≈ near-verbatim", …) and
/// which holds, per participant, the line range, the transcript's full SHA-256 and the mode in words — never any
/// transcript text. Both forms work without script and by keyboard: a <c>&lt;details&gt;</c> for block quotations, and
/// for inline ones (inside a paragraph, where <c>&lt;details&gt;</c> is not allowed) a button that opens a popover.
/// </summary>
public static class ProvenanceHtml
{
    /// <summary>The class that styles a mode's label ("prov-verbatim", "prov-near-verbatim", …).</summary>
    public static string ModeClass(ProvenanceMode mode) => mode switch
    {
        ProvenanceMode.Verbatim => "prov-verbatim",
        ProvenanceMode.FromLock => "prov-lock",
        ProvenanceMode.NearVerbatim => "prov-near-verbatim",
        ProvenanceMode.SpeakersUnknown => "prov-speakers-unknown",
        ProvenanceMode.NotVerified => "prov-not-verified",
        _ => "prov-not-traced",
    };

    /// <summary>The disclosure for a block quotation: <c>&lt;details class="provenance"&gt;</c>.</summary>
    public static string Block(QuotationProvenance provenance)
    {
        var html = Builder().Append("<details class=\"provenance ").Append(ModeClass(provenance.Mode)).Append("\"><summary>").Append(Label(provenance))
            .Append("</summary><span class=\"provenance-note\">");
        Notes(html, provenance);
        return html.Append("</span></details>").ToString();
    }

    /// <summary>The disclosure inside a paragraph: a button that opens a popover (<c>id</c> is <paramref name="anchor"/> + "-provenance").</summary>
    public static string Inline(QuotationProvenance provenance, string anchor)
    {
        string id = HtmlText.Escape(anchor + "-provenance");
        var html = Builder().Append("<button type=\"button\" class=\"provenance-button ").Append(ModeClass(provenance.Mode)).Append("\" popovertarget=\"").Append(id).Append("\">")
            .Append(Label(provenance)).Append("</button><span popover id=\"").Append(id).Append("\" class=\"popover-note provenance-note\" role=\"note\">");
        Notes(html, provenance);
        return html.Append(" <button type=\"button\" class=\"popover-close\" popovertarget=\"").Append(id).Append("\" popovertargetaction=\"hide\">Close</button></span>").ToString();
    }

    // Every quotation's view makes both disclosures (50,000 at 10,000 pages): one builder per thread, reused, instead of a
    // new one growing chunk by chunk for each (a third of the site model's memory).
    [System.ThreadStatic] private static StringBuilder? builder;

    private static StringBuilder Builder()
    {
        var html = builder ??= new StringBuilder(1024);
        html.Clear();
        return html;
    }

    /// <summary>The label alone, styled by its mode (the quotation index: the notes are on the quotation's page).</summary>
    public static string LabelOnly(QuotationProvenance provenance) =>
        "<span class=\"provenance-label " + ModeClass(provenance.Mode) + "\">" + Label(provenance) + "</span>";

    // The symbol is hidden from screen readers: they hear the words ("verified", "near-verbatim"), as the name of a
    // disclosure or button.
    private static string Label(QuotationProvenance provenance) =>
        "<span aria-hidden=\"true\">" + HtmlText.Escape(Provenance.Symbol(provenance.Mode)) + " </span>" + HtmlText.Escape(Provenance.LabelText(provenance.Mode, provenance.Translated));

    // Phrasing content only (spans shown as lines): the same notes sit in a <details> and in a popover inside a <p>.
    private static void Notes(StringBuilder html, QuotationProvenance provenance)
    {
        if (provenance.Entries.Count == 0) html.Append("<span class=\"provenance-line\">").Append(HtmlText.Escape(Provenance.NotTracedNote)).Append("</span>");
        foreach (var entry in provenance.Entries)
        {
            html.Append("<span class=\"provenance-line\">").Append(HtmlText.Escape(Provenance.Note(entry)));
            if (entry.TranscriptHash is { } hash) html.Append(" Transcript SHA-256: <code class=\"hash\">").Append(HtmlText.Escape(hash)).Append("</code>.");
            html.Append("</span>");
        }
        if (provenance.Translated) html.Append("<span class=\"provenance-line\">").Append(HtmlText.Escape(Provenance.TranslatedNote)).Append("</span>");
    }
}
