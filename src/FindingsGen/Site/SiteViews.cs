using System.Collections.Generic;
using FindingsGen.Site.Html;

namespace FindingsGen.Site;

// The templates' view model: plain data, no domain objects. Scriban sees these properties in snake_case.
// Strings are plain text, which templates escape as they write it; Markup values are HTML the site made safe itself.

/// <summary>What every page knows.</summary>
public sealed record SiteView(string Title, IReadOnlyList<string> Authors, string Language, bool Draft, int Problems, string? BuiltOn, IReadOnlyList<NavLinkView> Themes);

/// <summary>A link: text and URL relative to the site root.</summary>
public sealed record LinkView(string Title, string Url);

/// <summary>
/// A navigation link with a short label (<see cref="NavigationLabel"/>): <see cref="Label"/> is shown, then "…" when
/// <see cref="Ellipsis"/>, then <see cref="Rest"/> for screen readers only, so the link's name is the whole title.
/// <see cref="Title"/> is the full title (for the tooltip).
/// </summary>
public sealed record NavLinkView(string Title, string Url, string Label, bool Ellipsis, string Rest)
{
    /// <summary>Whether the label shows less than the title.</summary>
    public bool Shortened => Label != Title;
}

/// <summary>The page being rendered: its title, its path to the root ("" or "../"), and which nav item is current.</summary>
public sealed record PageView(string Title, string Root, string Current, Markup? LiveReload);

/// <summary>
/// A row of Table 1. <see cref="Coded"/> is the number of participants the linked coding shows under the row's codes
/// (<c>code=</c>), or null where the study links no coding or the row names no code the coding has.
/// </summary>
public sealed record TableRowView(string ThemeTitle, string ThemeUrl, string? SubthemeTitle, string? SubthemeUrl, int Participants, int Quotations, bool IsTheme,
    int? Coded = null);

/// <summary>
/// The participant × subtheme matrix: theme headers spanning their subthemes (<see cref="Groups"/>), the subthemes
/// (<see cref="Columns"/>), a row per participant, and the totals: quotations and participants quoted per subtheme,
/// and over all shown subthemes (<see cref="TotalQuotations"/>, <see cref="TotalParticipants"/>).
/// <see cref="TooWide"/> is true when the study has more subthemes than a table can show (the page says so instead).
/// </summary>
/// Where a coding is linked (<see cref="Coding"/> names it), each cell also says whether the participant is coded under
/// the subtheme's codes, and <see cref="ColumnCoded"/> counts the coded participants per subtheme (null where a subtheme
/// names no code the coding has).
public sealed record MatrixView(IReadOnlyList<LinkView> Columns, IReadOnlyList<MatrixRowView> Rows, IReadOnlyList<MatrixGroupView> Groups,
    IReadOnlyList<int> ColumnQuotations, IReadOnlyList<int> ColumnParticipants, int TotalQuotations, int TotalParticipants, bool TooWide, int Subthemes,
    string? Coding = null, IReadOnlyList<int?>? ColumnCoded = null);

/// <summary>A theme's header over its subthemes' columns.</summary>
public sealed record MatrixGroupView(string Title, string Url, int Span);

/// <summary>One participant's row of the matrix, with their quotations in the shown subthemes.</summary>
public sealed record MatrixRowView(string Participant, string Url, IReadOnlyList<MatrixCellView> Cells, int Total);

/// <summary>
/// Figure 1, the thematic map: the SVG (drawn at 1:1 scale, in a scrolling region), the same tree as nested lists for
/// narrow screens, its caption, and the standalone SVG's path.
/// </summary>
public sealed record MapFigureView(Markup Svg, IReadOnlyList<MapThemeView> Themes, string Caption, string Download);

/// <summary>A theme of the map's list form, with its subthemes.</summary>
public sealed record MapThemeView(string Title, string Url, IReadOnlyList<LinkView> Subthemes);

/// <summary>
/// The Participants page: the characteristics table (a column per attribute, in the manifest's order of first
/// appearance), a row per participant, and a summary per attribute (counts per value, or range and median for numbers).
/// </summary>
public sealed record ParticipantsView(IReadOnlyList<string> Attributes, IReadOnlyList<ParticipantRowView> Rows, IReadOnlyList<string> Summary, int Quotations);

/// <summary>A participant's row of the characteristics table; a value is "" where the manifest gives none.</summary>
public sealed record ParticipantRowView(string Id, string Url, IReadOnlyList<string> Values, int Quotations);

/// <summary>
/// One cell: how many quotations, how dark (0–4), and where they are. With a coding, <see cref="Coded"/> says whether the
/// participant is coded under the subtheme's codes (null where the subtheme names no code the coding has): the cell
/// shows "●" beside a count that is also coded, and "○" alone where the participant is coded but not quoted.
/// </summary>
public sealed record MatrixCellView(int Count, int Level, string? Url, string Label, bool? Coded = null)
{
    /// <summary>Coded under the subtheme's codes, with no quotation there.</summary>
    public bool CodedOnly => Coded == true && Count == 0;
}

/// <summary>A line of the validation summary.</summary>
public sealed record CheckView(string What, string Result, bool Passed);

/// <summary>The overview page.</summary>
public sealed record OverviewView(Markup IntroHtml, IReadOnlyList<TableRowView> Table, MapFigureView Map, MatrixView Matrix, IReadOnlyList<CheckView> Checks)
{
    /// <summary>Where the coded counts come from (the project's file name, or the coding record), or null when the study links no coding.</summary>
    public string? Coding => Matrix.Coding;

    /// <summary>The map's SVG alone, as <c>overview.map_svg</c> gave it before Figure 1 had a caption: a study's own template may still use it.</summary>
    public Markup MapSvg => Map.Svg;
}

/// <summary>
/// A theme's page. <see cref="Html"/> is the whole theme; <see cref="HeadingHtml"/> its heading and <see cref="BodyHtml"/>
/// the rest, so that "On this page" (<see cref="Contents"/>, its subthemes) can stand between them.
/// </summary>
public sealed record ThemeView(string Id, string Title, Markup Html, LinkView? Previous, LinkView? Next, Markup HeadingHtml, Markup BodyHtml, IReadOnlyList<NavLinkView> Contents);

/// <summary>
/// A quotation as pages show it. <see cref="BodyHtml"/> is its words in a blockquote, with the original (when it is a
/// translation) in a details element: the same markup on theme pages, participant pages and the quotation index.
/// <see cref="Provenance"/> is the provenance as a sentence (findings.json, quotations.csv); <see cref="ProvenanceData"/>
/// the same as structured data; <see cref="ProvenanceHtml"/> its disclosure for a block (a details element) and
/// <see cref="ProvenanceInlineHtml"/> inside a paragraph (a button and a popover). <see cref="AttributionHtml"/> is "(T1,
/// hospital, 12 years)" with the IDs linked for a page at the site's root (the quotation index),
/// <see cref="AttributionHtmlInFolder"/> for a page one folder down (theme and participant pages).
/// <see cref="ProblemsHtml"/> holds, in a draft, the problems found in the quotation; it is empty otherwise.
/// <see cref="ProvenanceLabelHtml"/> is the disclosure's label alone ("✓ verified", "≈ near-verbatim"), for the quotation
/// index, where 20,000 disclosures would double the page: the line range and hash are on the quotation's own page.
/// </summary>
public sealed record QuotationView(string Anchor, string Text, Markup TextHtml, Markup BodyHtml, IReadOnlyList<LinkView> Participants, string ParticipantIds, string ThemeId, string ThemeTitle,
    string SubthemeId, string SubthemeTitle, string Provenance, bool Verified, bool NearVerbatim, string Url, string? Original, Markup? OriginalHtml, string? OriginalLanguage, string? OriginalLanguageName,
    QuotationProvenance ProvenanceData, Markup AttributionHtml, Markup AttributionHtmlInFolder, Markup ProvenanceHtml, Markup ProvenanceInlineHtml, Markup ProblemsHtml,
    Markup ProvenanceLabelHtml);

/// <summary>Quotations of one theme, on a participant's page, by subtheme.</summary>
public sealed record QuotationGroupView(string ThemeTitle, string ThemeUrl, IReadOnlyList<SubthemeQuotationsView> Subthemes);

/// <summary>A participant's quotations in one subtheme (the ID is the matrix's link target).</summary>
public sealed record SubthemeQuotationsView(string Id, string Title, IReadOnlyList<QuotationView> Quotes);

/// <summary>A participant's page.</summary>
public sealed record ParticipantView(string Id, IReadOnlyList<AttributeView> Attributes, IReadOnlyList<QuotationGroupView> Groups, int Count);

/// <summary>A participant attribute.</summary>
public sealed record AttributeView(string Name, string Value);

/// <summary>
/// The quotation index: every quotation once, grouped under its theme and subtheme (document order), the filters'
/// choices, and the data files the build writes beside it. The words are in the page only: the filters read them there.
/// </summary>
public sealed record QuotationsView(IReadOnlyList<QuotationView> Quotes, IReadOnlyList<IndexThemeView> Groups, IReadOnlyList<FilterThemeView> Themes, IReadOnlyList<string> Participants,
    IReadOnlyList<DownloadView> Downloads);

/// <summary>A theme's quotations in the index (<see cref="Id"/> empty for quotations before the first theme), by subtheme.</summary>
public sealed record IndexThemeView(string Id, string Title, string Url, int Count, IReadOnlyList<IndexSubthemeView> Subthemes);

/// <summary>A subtheme's quotations in the index; <see cref="Title"/> is empty for a theme's quotations before its first subtheme.</summary>
public sealed record IndexSubthemeView(string Id, string Title, string Url, int Count, IReadOnlyList<QuotationView> Quotes);

/// <summary>A theme in the index's filters, with its subthemes (title and ID) for the dependent subtheme list.</summary>
public sealed record FilterThemeView(string Id, string Title, IReadOnlyList<LinkView> Subthemes);

/// <summary>A data file of the site offered for download: its name, format and what it holds.</summary>
public sealed record DownloadView(string Url, string Format, string Holds);

/// <summary>A diagnostic in the report; <see cref="Url"/> (in a draft) is where the page shows it, relative to the site root, or null.</summary>
public sealed record DiagnosticView(string Id, string Severity, string Where, string Message, string HelpUrl, string? Url = null);

/// <summary>A COREQ item and what the check found.</summary>
public sealed record CoreqView(int Number, string Item, string Finding, bool Met);

/// <summary>
/// The validation report. <see cref="Editing"/> is the editing of quotations the study declares, as a sentence of
/// method ("Fillers (um, uh) and repeated words were removed from quotations."), or empty when none is declared.
/// </summary>
public sealed record ReportView(IReadOnlyList<DiagnosticView> Diagnostics, IReadOnlyList<CheckView> Checks, IReadOnlyList<CoreqView> Coreq, int Errors, int Warnings, string Editing);
