using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using FindingsGen.Language;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Manifest;
using FindingsGen.Language.Model;
using FindingsGen.Language.Tracing;
using FindingsGen.Site.Html;
using FindingsGen.Language.Text;
using Markdig.Syntax;

namespace FindingsGen.Site;

/// <summary>Turns a checked study into the views the templates render. Deterministic: no clocks, no culture.</summary>
public sealed class SiteModelBuilder
{
    private readonly CheckResult result;
    private readonly Study study;
    private readonly SitePaths paths;
    private readonly List<(Page Page, int FirstLine, int LastLine, string SitePage, Block Block)> placement = new();
    private readonly Dictionary<string, List<(Page Page, Block Block)>> blocksByPage = new(StringComparer.Ordinal);
    private readonly ILookup<Quotation, TraceRecord> traces;
    private IReadOnlyList<QuotationView>? quotes;
    private readonly Dictionary<FrequencyClaim, int> claimNumbers;
    private readonly DraftProblems? problems;

    /// <summary>
    /// Splits the pages: text before the first theme is the overview's introduction; each theme, up to the next, is a
    /// page. In a <paramref name="draft"/>, each claim and quotation with a problem shows it in place, and the report
    /// links to it.
    /// </summary>
    public SiteModelBuilder(CheckResult result, bool draft = false)
    {
        this.result = result;
        study = result.Study;
        claimNumbers = new Dictionary<FrequencyClaim, int>(study.Claims.Count);
        for (int i = 0; i < study.Claims.Count; i++) claimNumbers[study.Claims[i]] = i + 1;
        if (draft) problems = new DraftProblems(study, result.Diagnostics);
        // The quotations' anchors (a hash each) are computed on another core while the pages are split.
        var anchoring = System.Threading.Tasks.Task.Run(() => new SitePaths(study));
        traces = Provenance.ByQuotation(result.Traces);
        // Each theme heading starts its theme's page: the parser attached the theme to its heading, so a draft that
        // publishes two themes of one ID (FG0005) still gets a page for each.
        var split = new List<(Page Page, int FirstLine, int LastLine, Theme? Theme, Block Block)>();
        Theme? current = null;
        foreach (var page in study.Pages)
        {
            foreach (var block in page.Document)
            {
                if (block is HeadingBlock && block.GetTheme() is { } theme) current = theme;
                int last = page.Lines.Position(Math.Max(block.Span.Start, block.Span.End)).Line;
                split.Add((page, block.Line + 1, last, current, block));
            }
        }
        paths = anchoring.GetAwaiter().GetResult();
        foreach (var (page, first, last, theme, block) in split)
        {
            string sitePage = theme is null ? SitePaths.Index : paths.Theme(theme);
            placement.Add((page, first, last, sitePage, block));
            if (!blocksByPage.TryGetValue(sitePage, out var list)) blocksByPage[sitePage] = list = new();
            list.Add((page, block));
        }
        Links = SiteLinks.For(study, anchor => PageOf(anchor.Location.File, anchor.Location.Line));
        foreach (var quotation in study.Quotations) Links.Add(paths.Anchor(quotation), PageOf(quotation.Page.Path, quotation.Location.Line), "");
        Renderer = new PageRenderer(paths, Links, ViewOf, ClaimOf);
        byParticipant = study.Quotations.SelectMany(q => q.From.Select(f => f.Id).Distinct(StringComparer.Ordinal).Select(id => (Id: id, Quotation: q)))
            .ToLookup(p => p.Id, p => p.Quotation, StringComparer.Ordinal);
    }

    /// <summary>Where IDs are rendered.</summary>
    public SiteLinks Links { get; }
    /// <summary>The Markdown renderer for this study.</summary>
    public PageRenderer Renderer { get; }
    /// <summary>Paths of pages and anchors.</summary>
    public SitePaths Paths => paths;

    private Dictionary<string, List<(int FirstLine, int LastLine, string SitePage)>>? placementByFile;

    private string PageOf(string file, int line)
    {
        placementByFile ??= placement.GroupBy(p => p.Page.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => (p.FirstLine, p.LastLine, p.SitePage)).ToList(), StringComparer.Ordinal);
        if (!placementByFile.TryGetValue(file, out var blocks)) return SitePaths.Index;
        // Blocks are in document order: the last one that starts at or before the line holds it.
        int lo = 0, hi = blocks.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (blocks[mid].FirstLine <= line) { found = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return found >= 0 ? blocks[found].SitePage : SitePaths.Index;
    }

    private Markup RenderPage(string sitePage, string root)
    {
        if (!blocksByPage.TryGetValue(sitePage, out var blocks)) return new Markup("");
        var builder = new System.Text.StringBuilder();
        var html = new System.IO.StringWriter(builder);
        foreach (var group in blocks.GroupBy(b => b.Page))
        {
            Renderer.Render(html, group.Select(b => b.Block), sitePage, root);
        }
        return new Markup(builder.ToString());
    }


    /// <summary>The most themes the navigation lists one by one.</summary>
    public const int MaxNavigationThemes = 12;

    /// <summary>The most subthemes the participant × subtheme matrix shows (a wider table helps nobody).</summary>
    public const int MaxMatrixSubthemes = 60;

    /// <summary>What every page shows: title, authors, the themes for navigation, the draft banner.</summary>
    public SiteView Site(bool draft, string? sourceDateEpoch)
    {
        string? builtOn = null;
        if (long.TryParse(sourceDateEpoch, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds))
        {
            builtOn = DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        // A long list of themes does not fit a navigation bar: past a dozen, Table 1 on the overview lists them.
        var themes = study.Themes.Count <= MaxNavigationThemes
            ? study.Themes.Select(t => new LinkView(t.Title, paths.Theme(t))).ToList()
            : new List<LinkView> { new("Themes", SitePaths.Index + "#table-1") };
        return new SiteView(study.Manifest.Title, study.Manifest.Authors, study.Manifest.Language, draft, result.Errors + result.Warnings, builtOn, themes);
    }

    /// <summary>The overview.</summary>
    public OverviewView Overview()
    {
        var table = new List<TableRowView>();
        foreach (var theme in study.Themes)
        {
            table.Add(new TableRowView(theme.Title, paths.Theme(theme), null, null, CountParticipants(theme.Quotations), theme.Quotations.Count, true));
            foreach (var sub in theme.Subthemes)
            {
                table.Add(new TableRowView(theme.Title, paths.Theme(theme), sub.Title, paths.Theme(theme) + "#" + sub.Id, CountParticipants(sub.Quotations), sub.Quotations.Count, false));
            }
        }
        var subthemes = study.Themes.SelectMany(t => t.Subthemes).ToList();
        if (subthemes.Count > MaxMatrixSubthemes) subthemes.Clear();
        var rows = subthemes.Count == 0 ? new List<MatrixRowView>() : study.Manifest.Participants.Select(p =>
        {
            var cells = subthemes.Select(s =>
            {
                int count = s.Quotations.Count(q => q.From.Any(f => f.Id == p.Id));
                string? url = count == 0 ? null : paths.Participant(p.Id) + "#" + s.Id;
                string label = $"{p.Id}, {s.Title}: {count} quotation{(count == 1 ? "" : "s")}";
                return new MatrixCellView(count, Math.Min(4, count), url, label);
            }).ToList();
            return new MatrixRowView(p.Id, paths.Participant(p.Id)!, cells);
        }).ToList();
        var matrix = new MatrixView(subthemes.Select(s => new LinkView(s.Title, paths.Theme(s.Theme!) + "#" + s.Id)).ToList(), rows);
        return new OverviewView(RenderPage(SitePaths.Index, ""), table, new Markup(ThematicMap.Render(study, paths, "")), matrix, Checks());
    }

    private static int CountParticipants(IEnumerable<Quotation> quotations) => quotations.SelectMany(q => q.From).Select(f => f.Id).Distinct().Count();

    /// <summary>A theme's page.</summary>
    public ThemeView Theme(Theme theme)
    {
        int i = study.Themes.IndexOf(theme);
        LinkView? Link(int k) => k >= 0 && k < study.Themes.Count ? new LinkView(study.Themes[k].Title, paths.Theme(study.Themes[k])) : null;
        return new ThemeView(theme.Id, theme.Title, RenderPage(paths.Theme(theme), "../"), Link(i - 1), Link(i + 1));
    }

    /// <summary>Every quotation's view, in document order (made once, on every core; later calls share them).</summary>
    public IReadOnlyList<QuotationView> QuotationViews()
    {
        if (quotes is not null) return quotes;
        var views = new QuotationView[study.Quotations.Count];
        System.Threading.Tasks.Parallel.For(0, views.Length, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => views[i] = MakeQuotation(study.Quotations[i]));
        return quotes = views;
    }

    private QuotationView ViewOf(Quotation q) => QuotationViews()[q.Index];

    /// <summary>A claim's anchor: "claim-" and its number in the study, in document order (stable while the claims before it stay).</summary>
    public string ClaimAnchor(FrequencyClaim claim) => "claim-" + claimNumbers[claim].ToString(CultureInfo.InvariantCulture);

    private Language.Dsl.Html.ClaimHtml ClaimOf(FrequencyClaim claim) =>
        new(ClaimAnchor(claim), study.Manifest.Participants.Count, problems is null ? "" : ProblemHtml.Of(problems.Of(claim)));

    private QuotationView MakeQuotation(Quotation q)
    {
        string page = q.Theme is null ? SitePaths.Index : paths.Theme(q.Theme);
        string? language = q.Original is null ? null : study.Manifest.InterviewLanguage(q.From.Select(f => f.Id));
        string text = PageRenderer.QuotationParagraphs(q.Text.Text), original = q.Original is null ? "" : PageRenderer.QuotationParagraphs(q.Original.Text);
        string body = "<blockquote>" + text + "</blockquote>" + (language is null ? "" :
            $"<details class=\"original\"><summary>Translated from {HtmlText.Escape(LanguageNames.Name(language))}: show the original</summary><blockquote lang=\"{HtmlText.Escape(language)}\">{original}</blockquote></details>");
        var provenance = Provenance.Of(traces[q], translated: q.Original is not null);
        var ids = q.From.Select(f => f.Id).ToList();
        string anchor = paths.Anchor(q);
        return new QuotationView(anchor, OneLine(q.Text.Text), new Markup(text), new Markup(body),
            q.From.Select(f => new LinkView(f.Id, paths.Participant(f.Id) ?? "")).ToList(), string.Join(" ", q.From.Select(f => f.Id)),
            q.Theme?.Id ?? "", q.Theme?.Title ?? "", q.Subtheme?.Id ?? "", q.Subtheme?.Title ?? "",
            provenance.Sentence, TraceRecord.AllVerified(traces[q]), TraceRecord.AnyNearVerbatim(traces[q]), page + "#" + anchor,
            q.Original is null ? null : OneLine(q.Original.Text), q.Original is null ? null : new Markup(original),
            language, language is null ? null : LanguageNames.Name(language),
            provenance, new Markup(AttributionMarkup.Html(ids, study.Manifest, paths, "")), new Markup(AttributionMarkup.Html(ids, study.Manifest, paths, "../")),
            new Markup(ProvenanceHtml.Block(provenance)), new Markup(ProvenanceHtml.Inline(provenance, anchor)),
            new Markup(problems is null ? "" : ProblemHtml.Of(problems.Of(q))));
    }

    private static string OneLine(string text) => FindingsGen.Language.Text.WordTokenizer.OneLine(text);

    private readonly ILookup<string, Quotation> byParticipant;

    /// <summary>A participant's page: attributes and quotations grouped by theme.</summary>
    public ParticipantView Participant(Language.Manifest.Participant participant)
    {
        var mine = byParticipant[participant.Id].ToList();
        var groups = mine.GroupBy(q => q.Theme).Select(g => new QuotationGroupView(g.Key?.Title ?? "Other quotations", g.Key is null ? SitePaths.Index : paths.Theme(g.Key),
            g.GroupBy(q => q.Subtheme).Select(s => new SubthemeQuotationsView(s.Key?.Id ?? "", s.Key?.Title ?? "", s.Select(ViewOf).ToList())).ToList())).ToList();
        return new ParticipantView(participant.Id, participant.Attributes.Select(a => new AttributeView(a.Key, a.Value)).ToList(), groups, mine.Count);
    }

    /// <summary>The quotation index, with the JSON its filters search (translations and originals both).</summary>
    public QuotationsView Quotations()
    {
        var quotes = QuotationViews();
        // Escaped for a <script type="application/json"> block: no "</script>" can close it early.
        string json = JsonBuffer.Text(new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }, index =>
        {
            index.WriteStartArray();
            foreach (var q in quotes)
            {
                index.WriteStartObject();
                index.WriteString("id", q.Anchor);
                index.WriteString("text", q.Original is null ? q.Text : q.Text + " " + q.Original);
                index.WriteString("theme", q.ThemeId);
                index.WriteString("subtheme", q.SubthemeId);
                index.WriteString("participants", q.ParticipantIds);
                index.WriteEndObject();
            }
            index.WriteEndArray();
        });
        return new QuotationsView(quotes,
            study.Themes.Select(t => new LinkView(t.Title, t.Id)).ToList(),
            study.Themes.SelectMany(t => t.Subthemes).Select(s => new LinkView(s.Title, s.Id)).ToList(),
            study.Manifest.Participants.Select(p => p.Id).ToList(), new Markup(json));
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n.ToString(CultureInfo.InvariantCulture)} {noun}s";

    /// <summary>", 1 near-verbatim (not verified)" when some quotations differ from the transcript in a few words (FG0104); else empty.</summary>
    private string NearVerbatim()
    {
        int near = result.NearVerbatimQuotations;
        return near == 0 ? "" : $", {near.ToString(CultureInfo.InvariantCulture)} near-verbatim (not verified)";
    }

    /// <summary>
    /// What was checked, for the overview and the report: a row per category of the rule table (Claims, Structure,
    /// Tracing, Privacy), so a new rule counts in its category's row. Claims and Structure each have a second row for
    /// what a reader asks apart: counts in the prose (FG0003), and the themes' names and shape (FG0007, FG0008); an
    /// unknown participant (FG0004) belongs to both "claims" and "resolve".
    /// </summary>
    public IReadOnlyList<CheckView> Checks()
    {
        var d = result.Diagnostics;
        bool Clean(Func<Rule, bool> covers) => !d.Any(x => x.Severity >= Severity.Warning && RuleTable.Find(x.Id) is { } rule && covers(rule));
        static bool Is(Rule rule, params string[] ids) => ids.Contains(rule.Id);
        int quotes = study.Quotations.Count;
        int verified = result.VerifiedQuotations;
        bool traced = result.Traces.Count > 0;
        string near = NearVerbatim();
        bool prose = Clean(r => Is(r, "FG0003"));
        return new List<CheckView>
        {
            new("Frequency claims match the participants they cite", Count(study.Claims.Count, "claim") + " checked", Clean(r => r.Category == "Claims" && !Is(r, "FG0003", "FG0004", "FG0402"))),
            new("Counts in the prose are annotated", prose ? "no unannotated claims" : "unannotated claims found", prose),
            new("Participants, IDs and cross-references resolve", Count(study.CrossReferences.Count, "cross-reference"), Clean(r => (r.Category == "Structure" && !Is(r, "FG0007", "FG0008")) || Is(r, "FG0004"))),
            new("Themes and subthemes are named consistently and complete", Count(study.Themes.Count, "theme") + ", " + Count(study.Subthemes.Count, "subtheme"), Clean(r => Is(r, "FG0007", "FG0008"))),
            new("Quotations are the participants' own words", traced ? $"{verified} of {Count(quotes, "quotation")} verified{near}" : "not traced", traced && verified == quotes && Clean(r => r.Category == "Tracing")),
            new("No private identifier is quoted", Clean(r => r.Category == "Privacy") ? "none found" : "identifiers found", Clean(r => r.Category == "Privacy")),
        };
    }

    /// <summary>
    /// Where a draft shows <paramref name="d"/>, relative to the site root: the quotation or claim that holds it; else
    /// the nearest heading with an id before it on its page; else its page; null when it is not on a page (the manifest).
    /// </summary>
    private string? PlaceOf(Diagnostic d)
    {
        switch (problems?.Owner(d))
        {
            case Quotation q: return ViewOf(q).Url;
            case FrequencyClaim c: return PageOf(c.Location.File, c.Location.Line) + "#" + ClaimAnchor(c);
        }
        if (!placement.Any(p => p.Page.Path == d.Location.File)) return null;
        string page = PageOf(d.Location.File, d.Location.Line);
        var heading = placement.LastOrDefault(p => p.Page.Path == d.Location.File && p.FirstLine <= d.Location.Line && p.SitePage == page
            && p.Block is HeadingBlock && Markdig.Renderers.Html.HtmlAttributesExtensions.TryGetAttributes(p.Block)?.Id is { Length: > 0 });
        return heading.Block is null ? page : page + "#" + Markdig.Renderers.Html.HtmlAttributesExtensions.TryGetAttributes(heading.Block)!.Id;
    }

    /// <summary>The validation report: diagnostics, checks and COREQ items 29–32.</summary>
    public ReportView Report()
    {
        var diagnostics = result.Diagnostics.Select(d => new DiagnosticView(d.Id, d.Severity.ToName(), $"{d.Location.File}({d.Location.Line},{d.Location.Column})", d.Message,
            d.Rule.HelpUrl, problems is null ? null : PlaceOf(d))).ToList();
        var minor = study.Subthemes.Count;
        string editing = EditingSentence.Of(study.Manifest.Editing);
        var coreq = new List<CoreqView>
        {
            new(29, "Quotations presented and identified by participant", $"{study.Quotations.Count} quotations, each attributed (from=) to a participant; {result.VerifiedQuotations} verified against the transcripts or the lock{NearVerbatim()}" + (editing.Length == 0 ? "" : ". " + editing),
                study.Quotations.Count > 0 && study.QuotationsWithoutFrom.Count == 0),
            new(30, "Consistency between the data presented and the findings", $"{study.Claims.Count} frequency claims checked against the participants cited; quotations traced to the transcripts",
                !result.Diagnostics.Any(x => x.Severity == Severity.Error && x.Rule.Category is "Claims" or "Structure" or "Tracing")),
            new(31, "Clarity of major themes", $"{study.Themes.Count} themes, each with a title and ID" + (study.Themes.All(t => t.Subthemes.Count > 0) ? ", all with subthemes" : "; some without subthemes"),
                study.Themes.Count > 0 && study.Themes.All(t => t.Subthemes.Count > 0)),
            new(32, "Clarity of minor themes", $"{minor} subthemes" + (study.Subthemes.All(s => s.Quotations.Count > 0) ? ", each backed by quotations" : "; some without quotations"),
                minor > 0 && study.Subthemes.All(s => s.Quotations.Count > 0 && s.Theme is not null)),
        };
        return new ReportView(diagnostics, Checks(), coreq, result.Errors, result.Warnings, editing);
    }
}
