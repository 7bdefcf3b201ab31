using System.Collections.Generic;
using FindingsGen.Site.Html;

namespace FindingsGen.Site;

// The templates' view model: plain data, no domain objects. Scriban sees these properties in snake_case.
// Strings are plain text, which templates escape as they write it; Markup values are HTML the site made safe itself.

/// <summary>What every page knows.</summary>
public sealed record SiteView(string Title, IReadOnlyList<string> Authors, string Language, bool Draft, int Problems, string? BuiltOn, IReadOnlyList<LinkView> Themes);

/// <summary>A link: text and URL relative to the site root.</summary>
public sealed record LinkView(string Title, string Url);

/// <summary>The page being rendered: its title, its path to the root ("" or "../"), and which nav item is current.</summary>
public sealed record PageView(string Title, string Root, string Current, Markup? LiveReload);

/// <summary>A row of Table 1.</summary>
public sealed record TableRowView(string ThemeTitle, string ThemeUrl, string? SubthemeTitle, string? SubthemeUrl, int Participants, int Quotations, bool IsTheme);

/// <summary>The participant × subtheme matrix.</summary>
public sealed record MatrixView(IReadOnlyList<LinkView> Columns, IReadOnlyList<MatrixRowView> Rows);

/// <summary>One participant's row of the matrix.</summary>
public sealed record MatrixRowView(string Participant, string Url, IReadOnlyList<MatrixCellView> Cells);

/// <summary>One cell: how many quotations, how dark (0–4), and where they are.</summary>
public sealed record MatrixCellView(int Count, int Level, string? Url, string Label);

/// <summary>A line of the validation summary.</summary>
public sealed record CheckView(string What, string Result, bool Passed);

/// <summary>The overview page.</summary>
public sealed record OverviewView(Markup IntroHtml, IReadOnlyList<TableRowView> Table, Markup MapSvg, MatrixView Matrix, IReadOnlyList<CheckView> Checks);

/// <summary>A theme's page.</summary>
public sealed record ThemeView(string Id, string Title, Markup Html, LinkView? Previous, LinkView? Next);

/// <summary>
/// A quotation as pages show it. <see cref="BodyHtml"/> is its words in a blockquote, with the original (when it is a
/// translation) in a details element: the same markup on theme pages, participant pages and the quotation index.
/// <see cref="Provenance"/> is the provenance as a sentence (findings.json, quotations.csv); <see cref="ProvenanceData"/>
/// the same as structured data; <see cref="ProvenanceHtml"/> its disclosure for a block (a details element) and
/// <see cref="ProvenanceInlineHtml"/> inside a paragraph (a button and a popover). <see cref="AttributionHtml"/> is "(T1,
/// hospital, 12 years)" with the IDs linked for a page at the site's root (the quotation index),
/// <see cref="AttributionHtmlInFolder"/> for a page one folder down (theme and participant pages).
/// <see cref="ProblemsHtml"/> holds, in a draft, the problems found in the quotation; it is empty otherwise.
/// </summary>
public sealed record QuotationView(string Anchor, string Text, Markup TextHtml, Markup BodyHtml, IReadOnlyList<LinkView> Participants, string ParticipantIds, string ThemeId, string ThemeTitle,
    string SubthemeId, string SubthemeTitle, string Provenance, bool Verified, bool NearVerbatim, string Url, string? Original, Markup? OriginalHtml, string? OriginalLanguage, string? OriginalLanguageName,
    QuotationProvenance ProvenanceData, Markup AttributionHtml, Markup AttributionHtmlInFolder, Markup ProvenanceHtml, Markup ProvenanceInlineHtml, Markup ProblemsHtml);

/// <summary>Quotations of one theme, on a participant's page, by subtheme.</summary>
public sealed record QuotationGroupView(string ThemeTitle, string ThemeUrl, IReadOnlyList<SubthemeQuotationsView> Subthemes);

/// <summary>A participant's quotations in one subtheme (the ID is the matrix's link target).</summary>
public sealed record SubthemeQuotationsView(string Id, string Title, IReadOnlyList<QuotationView> Quotes);

/// <summary>A participant's page.</summary>
public sealed record ParticipantView(string Id, IReadOnlyList<AttributeView> Attributes, IReadOnlyList<QuotationGroupView> Groups, int Count);

/// <summary>A participant attribute.</summary>
public sealed record AttributeView(string Name, string Value);

/// <summary>The quotation index.</summary>
public sealed record QuotationsView(IReadOnlyList<QuotationView> Quotes, IReadOnlyList<LinkView> Themes, IReadOnlyList<LinkView> Subthemes, IReadOnlyList<string> Participants, Markup IndexJson);

/// <summary>A diagnostic in the report; <see cref="Url"/> (in a draft) is where the page shows it, relative to the site root, or null.</summary>
public sealed record DiagnosticView(string Id, string Severity, string Where, string Message, string HelpUrl, string? Url = null);

/// <summary>A COREQ item and what the check found.</summary>
public sealed record CoreqView(int Number, string Item, string Finding, bool Met);

/// <summary>
/// The validation report. <see cref="Editing"/> is the editing of quotations the study declares, as a sentence of
/// method ("Fillers (um, uh) and repeated words were removed from quotations."), or empty when none is declared.
/// </summary>
public sealed record ReportView(IReadOnlyList<DiagnosticView> Diagnostics, IReadOnlyList<CheckView> Checks, IReadOnlyList<CoreqView> Coreq, int Errors, int Warnings, string Editing);
