using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// Every page type of the built example in a real browser, at desktop and phone widths, light and dark: no accessibility
/// violations, no horizontal overflow at 320 px (also for a study of unbroken words and long diagnostics), a 60–75
/// character measure, and a phone menu that opens and closes by keyboard without JavaScript. Screenshots of each page
/// type go to artifacts/screenshots/reading/.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class ReadingBrowserTests : IClassFixture<ChromiumFixture>
{
    private readonly ChromiumFixture chromium;

    public ReadingBrowserTests(ChromiumFixture chromium) => this.chromium = chromium;

    private static string Screenshots => ScreenshotFolder.For("reading");

    private static (TempStudy Study, string Site) Built(TempStudy study, bool draft = false)
    {
        var outcome = SiteBuilds.Build(study.Path, draft: draft);
        Assert.True(outcome.OutputFolder is not null, "the site was not built");
        return (study, outcome.OutputFolder!);
    }

    private static string[] Pages(string site) =>
        Directory.GetFiles(site, "*.html", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site, f).Replace('\\', '/')).OrderBy(f => f, StringComparer.Ordinal).ToArray();

    /// <summary>
    /// One page of each kind: every page at the root is its own kind (index, quotations, report, and whatever pages are
    /// added later), and each folder (themes/, participants/) is a kind whose first page stands for it.
    /// </summary>
    internal static IReadOnlyList<(string Kind, string Page)> OnePageOfEachKind(string site) =>
        Pages(site).GroupBy(p => p.Contains('/') ? p.Substring(0, p.IndexOf('/')) + "-page" : Path.GetFileNameWithoutExtension(p))
            .Select(g => (g.Key, g.First())).ToList();

    private static string Url(string site, string page) => new Uri(Path.Combine(site, page)).AbsoluteUri;

    private static string Violations(AxeResult result) =>
        string.Join("; ", result.Violations.Select(v => v.Id + " (" + v.Help + ") at " + string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))));

    [Fact]
    public async Task Every_page_type_passes_axe_at_1280_and_390_px_in_light_and_dark()
    {
        var (study, site) = Built(StudyCommands.CopyOfExample());
        using var _ = study;
        var kinds = OnePageOfEachKind(site);
        Assert.Contains(kinds, k => k.Kind == "index");
        Assert.Contains(kinds, k => k.Kind == "themes-page");
        Assert.Contains(kinds, k => k.Kind == "participants-page");
        Assert.Contains(kinds, k => k.Kind == "quotations");
        Assert.Contains(kinds, k => k.Kind == "report");
        var failures = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            foreach (int width in new[] { 1280, 390 })
            {
                await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
                {
                    ColorScheme = scheme, ViewportSize = new ViewportSize { Width = width, Height = 900 },
                });
                var page = await context.NewPageAsync();
                foreach (var (kind, file) in kinds)
                {
                    await page.GotoAsync(Url(site, file));
                    string name = $"{kind}-{width}-{(scheme == ColorScheme.Dark ? "dark" : "light")}.png";
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name), FullPage = true });
                    var result = await page.RunAxe();
                    if (result.Violations.Length > 0) failures.Add($"{file} at {width} px, {scheme}: {Violations(result)}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    // Every element whose paint is still the light theme's: a white (or near-white) background or shape fill, or near-black
    // HTML text. (SVG text is left out: the map's study box is deliberately light with dark words.)
    private const string LightPaint = @"() => {
        const rgb = c => (c.match(/[\d.]+/g) || []).map(Number);
        const light = c => { const [r, g, b, a = 1] = rgb(c); return a > 0 && r > 230 && g > 230 && b > 230; };
        const dark = c => { const [r, g, b, a = 1] = rgb(c); return a > 0 && r < 60 && g < 60 && b < 60; };
        const found = [];
        for (const el of document.querySelectorAll('body, body *')) {
            const s = getComputedStyle(el);
            if (s.display === 'none' || s.visibility === 'hidden') continue;
            const what = el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className : '');
            if (light(s.backgroundColor)) found.push(what + ' background ' + s.backgroundColor);
            if (el instanceof SVGElement && s.fill !== 'none' && light(s.fill) && el.tagName !== 'text') found.push(what + ' fill ' + s.fill);
            if (el.childNodes.length && [...el.childNodes].some(n => n.nodeType === 3 && n.data.trim()) && !(el instanceof SVGElement) && dark(s.color)) found.push(what + ' text ' + s.color);
        }
        return found.slice(0, 10);
    }";

    [Fact]
    public async Task In_the_dark_theme_nothing_is_left_painted_white_or_written_in_black()
    {
        var (study, site) = Built(StudyCommands.CopyOfExample());
        using var _ = study;
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Dark, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        foreach (var (_, file) in OnePageOfEachKind(site))
        {
            await page.GotoAsync(Url(site, file));
            var light = await page.EvaluateAsync<string[]>(LightPaint);
            if (light.Length > 0) failures.Add(file + ": " + string.Join("; ", light));
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        // The same check sees the light theme's paint, so it can fail.
        await using var lightContext = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Light });
        var lightPage = await lightContext.NewPageAsync();
        await lightPage.GotoAsync(Url(site, "index.html"));
        Assert.NotEmpty(await lightPage.EvaluateAsync<string[]>(LightPaint));
    }

    [Fact]
    public async Task Table_1_fits_a_390_px_phone_without_scrolling()
    {
        var (study, site) = Built(StudyCommands.CopyOfExample());
        using var _ = study;
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url(site, "index.html"));
        var region = page.GetByRole(AriaRole.Region, new() { Name = "Table 1", Exact = true });
        Assert.True(await region.EvaluateAsync<bool>("r => r.scrollWidth <= r.clientWidth"), "Table 1 scrolls sideways on a 390 px phone");
    }

    private const string Overflow = "() => document.documentElement.scrollWidth - window.innerWidth";

    private async Task<List<string>> OverflowAt320(string site)
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 320, Height = 640 } });
        var page = await context.NewPageAsync();
        var wide = new List<string>();
        foreach (var file in Pages(site))
        {
            await page.GotoAsync(Url(site, file));
            int over = await page.EvaluateAsync<int>(Overflow);
            if (over > 0) wide.Add($"{file}: {over} px wider than the screen");
            // Open the phone menu too: its list must fit as well.
            if (await page.Locator(".site-nav summary").IsVisibleAsync())
            {
                await page.Locator(".site-nav summary").ClickAsync();
                over = await page.EvaluateAsync<int>(Overflow);
                if (over > 0) wide.Add($"{file} with the menu open: {over} px wider than the screen");
            }
        }
        return wide;
    }

    [Fact]
    public async Task No_page_of_the_example_is_wider_than_a_320_px_screen()
    {
        var (study, site) = Built(StudyCommands.CopyOfExample());
        using var _ = study;
        var wide = await OverflowAt320(site);
        Assert.True(wide.Count == 0, string.Join("\n", wide));
    }

    [Fact]
    public async Task Unbroken_words_long_urls_long_titles_and_long_diagnostics_do_not_widen_a_320_px_screen()
    {
        var (study, site) = Built(ReadingStudies.LongWords(), draft: true);
        using var _ = study;
        string report = File.ReadAllText(Path.Combine(site, "report.html"));
        Assert.Contains("FG0001", report); // the draft's report holds the long diagnostics this test is about
        Assert.Contains("FG0106", report);
        var wide = await OverflowAt320(site);
        Assert.True(wide.Count == 0, string.Join("\n", wide));

        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url(site, "report.html"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "long-words-report-390.png"), FullPage = true });
        await page.GotoAsync(Url(site, "themes/long.html"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "long-words-theme-390.png"), FullPage = true });
        // The draft banner (outside every landmark: axe's "region") belongs to the drafts' part of the site, not to this layout test.
        await page.EvaluateAsync("() => document.querySelector('.draft')?.remove()");
        var result = await page.RunAxe();
        Assert.True(result.Violations.Length == 0, Violations(result));
    }

    // Characters on each line of the article's paragraphs, by where each character is drawn: a new line starts where a
    // character sits lower than half a line below the line before. The last line of a paragraph is not a full one.
    private const string LineLengths = @"() => {
        const lengths = [];
        for (const p of document.querySelectorAll('article.theme > p')) {
            const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
            const lines = [];
            let top = -Infinity, count = 0;
            const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (let i = 0; i < node.length; i++) {
                    const range = document.createRange();
                    range.setStart(node, i); range.setEnd(node, i + 1);
                    const rect = range.getClientRects()[0];
                    if (!rect || rect.width === 0 && /\s/.test(node.data[i])) { if (rect && count) count++; continue; }
                    if (rect.top > top + lineHeight / 2) { if (count) lines.push(count); count = 0; top = rect.top; }
                    count++;
                }
            }
            lengths.push(...lines); // the last line (still in count) is left out
        }
        return lengths;
    }";

    [Fact]
    public async Task A_theme_page_at_1280_px_sets_60_to_75_characters_a_line()
    {
        var (study, site) = Built(StudyCommands.CopyOfExample());
        using var _ = study;
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url(site, "themes/carrying.html"));
        var lengths = await page.EvaluateAsync<int[]>(LineLengths);
        Assert.True(lengths.Length >= 4, "too few full lines to measure: " + string.Join(", ", lengths));
        double mean = lengths.Average();
        Assert.True(mean >= 60 && mean <= 75, $"{mean:0.0} characters a line on average ({string.Join(", ", lengths)})");
        Assert.True(lengths.Max() <= 80, $"a line of {lengths.Max()} characters ({string.Join(", ", lengths)})");
        // Header, text and footer share one column, although their fonts differ (the measure is computed once, on body).
        var columns = await page.EvaluateAsync<double[]>("() => ['.site-header', 'main', '.site-footer'].map(s => document.querySelector(s).getBoundingClientRect().width)");
        Assert.True(columns.Distinct().Count() == 1, "header, main and footer are " + string.Join(", ", columns) + " px wide");
        // Figures marked .wide span more than the measure (the layout contract with the thematic map and the matrix).
        double column = await page.EvaluateAsync<double>("() => document.querySelector('article.theme > p').getBoundingClientRect().width");
        double wide = await page.EvaluateAsync<double>(@"() => { const d = document.createElement('div'); d.className = 'wide'; document.querySelector('article.theme').appendChild(d); return d.getBoundingClientRect().width; }");
        Assert.True(wide > column * 1.5, $"a .wide element is {wide} px, the text column {column} px");
        Assert.Equal(0, await page.EvaluateAsync<int>(Overflow));
    }

    [Fact]
    public async Task On_a_phone_the_menu_opens_and_closes_by_keyboard_without_javascript()
    {
        var (study, site) = Built(StudyCommands.CopyOfExample());
        using var _ = study;
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = false, ViewportSize = new ViewportSize { Width = 390, Height = 800 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url(site, "themes/carrying.html"));
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Site" });
        var summary = nav.Locator("summary");
        var current = nav.Locator("a[aria-current=page]");
        Assert.True(await summary.IsVisibleAsync());
        Assert.False(await current.IsVisibleAsync());

        // From the skip link, Tab reaches the header's links (the site title, the article's DOI) and then the menu.
        var order = new List<string>();
        for (int i = 0; i < 6 && (order.Count == 0 || order[^1] != "Menu"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            order.Add(await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        }
        Assert.Equal("Menu", order[^1]);
        Assert.True(await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('header')"), "the menu is in the header: " + string.Join(" → ", order));
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await current.IsVisibleAsync());
        Assert.Equal("Afterwards (Carrying the session afterwards)", await current.EvaluateAsync<string>("a => a.textContent"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "menu-open-390.png") });
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Overview", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Space");
        Assert.False(await current.IsVisibleAsync());

        // On a desktop the same list is a bar, always shown, with no menu button.
        await page.SetViewportSizeAsync(1280, 800);
        Assert.False(await summary.IsVisibleAsync());
        Assert.True(await current.IsVisibleAsync());
        Assert.True(await nav.GetByRole(AriaRole.Link, new() { Name = "Building a practice that holds", Exact = true }).IsVisibleAsync());
    }

    [Fact]
    public async Task Where_a_browser_cannot_style_the_menus_content_the_script_opens_it_on_wide_screens_only()
    {
        var (study, site) = Built(StudyCommands.CopyOfExample());
        using var _ = study;
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        // An older browser, as site.js sees it: no ::details-content.
        await context.AddInitScriptAsync("CSS.supports = () => false;");
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url(site, "index.html"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('.site-nav .menu').open"));
        // The media query's change event comes after the resize, not with it: wait for it (a busy machine is slow).
        await page.SetViewportSizeAsync(390, 800);
        await page.WaitForFunctionAsync("() => !document.querySelector('.site-nav .menu').open", null, new() { Timeout = 10000 });
        await page.SetViewportSizeAsync(1280, 800);
        await page.WaitForFunctionAsync("() => document.querySelector('.site-nav .menu').open", null, new() { Timeout = 10000 });

        // Where the browser can (this Chromium), the script leaves the menu closed and CSS shows the bar.
        var modern = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        await modern.GotoAsync(Url(site, "index.html"));
        Assert.False(await modern.EvaluateAsync<bool>("() => document.querySelector('.site-nav .menu').open"));
        Assert.True(await modern.GetByRole(AriaRole.Link, new() { Name = "Quotations", Exact = true }).IsVisibleAsync());
    }
}
