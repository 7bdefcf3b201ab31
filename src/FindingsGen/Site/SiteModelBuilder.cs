using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
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
        themeIndex = study.Themes.Select((t, k) => (t, k)).ToDictionary(p => p.t, p => p.k);
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
            ? study.Themes.Select(t => NavigationLabel.For(t.Title, t.Short, paths.Theme(t))).ToList()
            : new List<NavLinkView> { new("Themes", SitePaths.Index + "#table-1", "Themes", false, "") };
        return new SiteView(study.Manifest.Title, study.Manifest.Authors, study.Manifest.Language, draft, result.Errors + result.Warnings, builtOn, themes);
    }

    /// <summary>The overview.</summary>
    public OverviewView Overview()
    {
        var table = new List<TableRowView>();
        foreach (var theme in study.Themes)
        {
            table.Add(new TableRowView(theme.Title, paths.Theme(theme), null, null, CountParticipants(theme.Quotations), theme.Quotations.Count, true, Coded(theme.Id)?.Count));
            foreach (var sub in theme.Subthemes)
            {
                table.Add(new TableRowView(theme.Title, paths.Theme(theme), sub.Title, paths.Theme(theme) + "#" + sub.Id, CountParticipants(sub.Quotations), sub.Quotations.Count, false,
                    Coded(sub.Id)?.Count));
            }
        }
        return new OverviewView(RenderPage(SitePaths.Index, ""), table, Map(), Matrix(), Checks());
    }

    /// <summary>Where the thematic map is written as a file of its own.</summary>
    public const string MapFile = "figures/thematic-map.svg";

    /// <summary>Figure 1: the thematic map, its list form for narrow screens, caption and download.</summary>
    public MapFigureView Map()
    {
        var themes = study.Themes.Select(t => new MapThemeView(t.Title, paths.Theme(t),
            t.Subthemes.Select(s => new LinkView(s.Title, paths.Theme(t) + "#" + s.Id)).ToList())).ToList();
        string caption = $"Thematic map of {study.Manifest.Title}: {Count(study.Themes.Count, "theme")} and {Count(study.Subthemes.Count, "subtheme")}.";
        return new MapFigureView(new Markup(ThematicMap.Render(study, paths, "")), themes, caption, MapFile);
    }

    /// <summary>
    /// The participant × subtheme matrix with its totals. A quotation of several participants counts once in each of
    /// their cells and once in a column's or the table's total, so totals are quotations, not sums of cells.
    /// </summary>
    public MatrixView Matrix()
    {
        var subthemes = study.Themes.SelectMany(t => t.Subthemes).ToList();
        int all = subthemes.Count;
        bool tooWide = subthemes.Count > MaxMatrixSubthemes;
        if (tooWide) subthemes.Clear();
        var groups = new List<MatrixGroupView>();
        foreach (var theme in study.Themes)
        {
            if (tooWide || theme.Subthemes.Count == 0) continue;
            groups.Add(new MatrixGroupView(theme.Title, paths.Theme(theme), theme.Subthemes.Count));
        }
        var inMatrix = new HashSet<Subtheme>(subthemes);
        var rows = subthemes.Count == 0 ? new List<MatrixRowView>() : study.Manifest.Participants.Select(p =>
        {
            var mine = byParticipant[p.Id];
            var cells = subthemes.Select(s =>
            {
                int count = mine.Count(q => q.Subtheme == s);
                string? url = count == 0 ? null : paths.Participant(p.Id) + "#" + s.Id;
                bool? coded = Coded(s.Id) is { } codedIds ? codedIds.Contains(p.Id) : null;
                string label = $"{p.Id}, {s.Title}: {count} quotation{(count == 1 ? "" : "s")}" + coded switch { true => ", coded", false => ", not coded", _ => "" };
                return new MatrixCellView(count, Math.Min(4, count), url, label, coded);
            }).ToList();
            return new MatrixRowView(p.Id, paths.Participant(p.Id)!, cells, mine.Count(q => q.Subtheme is not null && inMatrix.Contains(q.Subtheme)));
        }).ToList();
        var shown = subthemes.SelectMany(s => s.Quotations).Distinct().ToList();
        return new MatrixView(subthemes.Select(s => new LinkView(s.Title, paths.Theme(s.Theme!) + "#" + s.Id)).ToList(), rows, groups,
            subthemes.Select(s => s.Quotations.Count).ToList(), subthemes.Select(s => CountParticipants(s.Quotations)).ToList(),
            shown.Count, CountParticipants(shown), tooWide, all,
            result.Coding?.Source, result.Coding is null ? null : subthemes.Select(s => Coded(s.Id)?.Count).ToList());
    }

    /// <summary>The participants the linked coding shows under a theme's or subtheme's codes, or null (no coding, or no code it has).</summary>
    private IReadOnlyList<string>? Coded(string id) =>
        result.Coding is { } coding && coding.CodedParticipants.TryGetValue(id, out var coded) ? coded : null;

    private static int CountParticipants(IEnumerable<Quotation> quotations) => quotations.SelectMany(q => q.From).Select(f => f.Id).Distinct().Count();

    // Each theme page asks for its neighbours: an index map, not a search of the list per page.
    private readonly Dictionary<Theme, int> themeIndex;

    /// <summary>A theme's page.</summary>
    public ThemeView Theme(Theme theme)
    {
        int i = themeIndex[theme];
        LinkView? Link(int k) => k >= 0 && k < study.Themes.Count ? new LinkView(study.Themes[k].Title, paths.Theme(study.Themes[k])) : null;
        string sitePage = paths.Theme(theme);
        // The theme's heading and the rest, rendered apart so that "On this page" can stand between them.
        var (heading, body) = (new System.Text.StringBuilder(), new System.Text.StringBuilder());
        if (blocksByPage.TryGetValue(sitePage, out var blocks))
        {
            int split = blocks.FindIndex(b => b.Block is HeadingBlock && b.Block.GetTheme() == theme) + 1;
            foreach (var group in blocks.Take(split).GroupBy(b => b.Page)) Renderer.Render(new System.IO.StringWriter(heading), group.Select(b => b.Block), sitePage, "../");
            foreach (var group in blocks.Skip(split).GroupBy(b => b.Page)) Renderer.Render(new System.IO.StringWriter(body), group.Select(b => b.Block), sitePage, "../");
        }
        var contents = theme.Subthemes.Select(s => s.Short is null ? new NavLinkView(s.Title, "#" + s.Id, s.Title, false, "") : NavigationLabel.For(s.Title, s.Short, "#" + s.Id)).ToList();
        return new ThemeView(theme.Id, theme.Title, new Markup(heading.ToString() + body), Link(i - 1), Link(i + 1), new Markup(heading.ToString()), new Markup(body.ToString()), contents);
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
            $"<details class=\"original\"><summary>Translated from {HtmlText.Escape(LanguageNames.Name(language))}<span class=\"on-screen\">: show the original</span><span class=\"on-paper\">; the original:</span></summary><blockquote lang=\"{HtmlText.Escape(language)}\">{original}</blockquote></details>");
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
            new Markup(problems is null ? "" : ProblemHtml.Of(problems.Of(q))), new Markup(ProvenanceHtml.LabelOnly(provenance)));
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

    /// <summary>
    /// The Participants page: a column per attribute in the manifest's order of first appearance, a row per participant,
    /// and a summary per attribute: a numeric attribute (every value a number, like years of practice) as its range and
    /// median, any other as each value's count, most frequent first; participants without the attribute are counted as
    /// "not given".
    /// </summary>
    public ParticipantsView Participants()
    {
        var participants = study.Manifest.Participants;
        // Distinct keeps the order of first appearance.
        var names = participants.SelectMany(p => p.Attributes.Select(a => a.Key)).Distinct(StringComparer.Ordinal).ToList();
        static string ValueOf(Language.Manifest.Participant p, string name) => p.Attribute(name) ?? "";
        var rows = participants.Select(p => new ParticipantRowView(p.Id, paths.Participant(p.Id)!, names.Select(n => ValueOf(p, n)).ToList(), byParticipant[p.Id].Count())).ToList();
        var summary = names.Select(n => Summarise(participants.Select(p => ValueOf(p, n)).ToList())).ToList();
        return new ParticipantsView(names, rows, summary, study.Quotations.Count(q => q.From.Any(f => paths.Participant(f.Id) is not null)));
    }

    /// <summary>"3–15 (median 8)" for numbers, else "hospital 2, schools 1"; "not given 1" counts the blanks.</summary>
    internal static string Summarise(IReadOnlyList<string> values)
    {
        var given = values.Where(v => v.Trim().Length > 0).ToList();
        int missing = values.Count - given.Count;
        string blanks = missing == 0 ? "" : $"not given {missing.ToString(CultureInfo.InvariantCulture)}";
        var numbers = new List<double>();
        foreach (var v in given)
        {
            if (!double.TryParse(v.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out double d)) break;
            numbers.Add(d);
        }
        string text;
        if (given.Count >= 2 && numbers.Count == given.Count)
        {
            numbers.Sort();
            double median = numbers.Count % 2 == 1 ? numbers[numbers.Count / 2] : (numbers[numbers.Count / 2 - 1] + numbers[numbers.Count / 2]) / 2;
            string N(double d) => d.ToString("0.##", CultureInfo.InvariantCulture);
            text = $"{N(numbers[0])}\u2013{N(numbers[^1])} (median {N(median)})";
        }
        else
        {
            text = string.Join(", ", given.GroupBy(v => v.Trim(), StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key} {g.Count().ToString(CultureInfo.InvariantCulture)}"));
        }
        return string.Join(", ", new[] { text, blanks }.Where(t => t.Length > 0));
    }

    /// <summary>
    /// The quotation index: quotations grouped by theme and subtheme in document order (a theme's quotations before
    /// its first subtheme first; quotations before the first theme last, as "Other quotations"). No JSON copy of the
    /// words: the filters read them from the page once, so each quotation's text is in the page once.
    /// </summary>
    public QuotationsView Quotations()
    {
        var views = QuotationViews();
        var all = study.Quotations;
        var groups = new List<IndexThemeView>();
        // A draft may publish two themes of one ID (FG0005): each is its own group, as each has its own page.
        foreach (var byTheme in all.GroupBy(q => q.Theme).OrderBy(g => g.Key is null ? int.MaxValue : themeIndex[g.Key]))
        {
            var theme = byTheme.Key;
            string themeUrl = theme is null ? SitePaths.Index : paths.Theme(theme);
            var subthemes = byTheme.GroupBy(q => q.Subtheme).OrderBy(g => g.Key is null ? -1 : theme?.Subthemes.IndexOf(g.Key) ?? 0)
                .Select(s => new IndexSubthemeView(s.Key?.Id ?? "", s.Key?.Title ?? "", s.Key is null ? themeUrl : themeUrl + "#" + s.Key.Id, s.Count(), s.Select(q => views[q.Index]).ToList()))
                .ToList();
            groups.Add(new IndexThemeView(theme?.Id ?? "", theme?.Title ?? "Other quotations", themeUrl, byTheme.Count(), subthemes));
        }
        var themes = study.Themes.Select(t => new FilterThemeView(t.Id, t.Title, t.Subthemes.Select(s => new LinkView(s.Title, s.Id)).ToList())).ToList();
        var downloads = new List<DownloadView>
        {
            new("quotations.csv", "CSV", "every quotation, one row each, for a spreadsheet"),
            new("findings.json", "JSON", "the themes, claims and quotations, for a program"),
        };
        return new QuotationsView(views, groups, themes, study.Manifest.Participants.Select(p => p.Id).ToList(), downloads);
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
