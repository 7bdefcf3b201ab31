using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// The figures in Debian's Chromium: the thematic map's text inside its boxes by the browser's own measure, the tree on a
/// phone, the PNG download, the matrix at 100 participants × 20 subthemes, the Participants page; axe on each at 1280 and
/// 390 px. Screenshots go to artifacts/screenshots/figures/.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class FiguresBrowserTests : IClassFixture<ChromiumFixture>
{
    private readonly ChromiumFixture chromium;

    public FiguresBrowserTests(ChromiumFixture chromium) => this.chromium = chromium;

    private static string Screenshot(string name) => Path.Combine(ScreenshotFolder.For("figures"), name + ".png");

    private static readonly string[] LongTitles =
    {
        "Carrying the weight of other people's images home on the bus, at the kitchen table and into the small hours",
        "Supervision that arrives too late, too rarely, or from someone who has never sat in the room with a client",
        "Wwwww Mmmmm WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW and the unbroken words nobody wraps",
        "Ritual",
        "Institutional indifference—budgets, waiting lists, “outcome measures”—and the quiet erosion of a clinician's sense of purpose",
        "Art of one's own: the studio at home as the only place where nobody else's picture is waiting",
    };

    private static string Long(int i) => LongTitles.Where(t => t.Length > 40).ElementAt(i % 5);

    private static TempStudy LongTitleStudy(int participants = 8) => FigureStudy.Write(participants,
        new[]
        {
            (LongTitles[0], (IReadOnlyList<string>)new[] { LongTitles[1], LongTitles[3], LongTitles[5] }),
            (LongTitles[4], new[] { LongTitles[2] }),
            (LongTitles[3], Array.Empty<string>()),
            (LongTitles[5], new[] { LongTitles[0], LongTitles[4], "Two", LongTitles[1] }),
        },
        (p, s) => (p + s) % 3 != 0, "Between sessions: what art therapists carry home from work, and what helps them put it down again");

    private static string Build(TempStudy study)
    {
        var outcome = SiteBuilds.Build(study.Path);
        Assert.True(outcome.ExitCode == 0, "the generated study does not check clean");
        return outcome.OutputFolder!;
    }

    private async Task<IPage> Open(string site, string file, int width, bool javaScript = true)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 }, JavaScriptEnabled = javaScript, AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site, file)).AbsoluteUri);
        return page;
    }

    /// <summary>Whether the page's own figures and tables (the figure, the matrix and characteristics regions) stay inside the viewport.</summary>
    private static Task<bool> FiguresFit(IPage page) => page.EvaluateAsync<bool>(
        "() => [...document.querySelectorAll('#figure-1, .matrix-scroll, .characteristics-scroll, .table-caption')].every(e => e.getBoundingClientRect().right <= window.innerWidth)");

    private static async Task AssertNoAxeViolations(IPage page, string what)
    {
        var result = await page.RunAxe();
        Assert.True(result.Violations.Length == 0,
            what + ": " + string.Join("; ", result.Violations.Select(v => v.Id + " (" + v.Help + ") at " + string.Join(", ", v.Nodes.Select(n => n.Target.ToString())))));
    }

    [Fact]
    public async Task In_chromium_every_map_label_lies_inside_its_box_at_15_px()
    {
        using var study = LongTitleStudy();
        string site = Build(study);
        var page = await Open(site, "index.html", 1280);
        // Each <text> follows its <rect>: the browser's own box of the rendered glyphs must lie inside the rect.
        var problems = await page.EvaluateAsync<string[]>(@"() => {
            const out = [];
            const texts = document.querySelectorAll('.map-scroll svg.thematic-map text');
            if (texts.length === 0) out.push('no text');
            texts.forEach(t => {
              const r = t.previousElementSibling;
              const b = t.getBBox();
              const x = r.x.baseVal.value, y = r.y.baseVal.value, w = r.width.baseVal.value, h = r.height.baseVal.value;
              if (b.x < x || b.y < y || b.x + b.width > x + w || b.y + b.height > y + h)
                out.push(t.textContent + ' ' + [b.x, b.y, b.width, b.height].join(',') + ' in ' + [x, y, w, h].join(','));
              const size = getComputedStyle(t).fontSize;
              if (size !== '15px') out.push(t.textContent + ' at ' + size);
            });
            const svg = document.querySelector('.map-scroll svg.thematic-map');
            const shown = svg.getBoundingClientRect().width;
            if (Math.abs(shown - svg.viewBox.baseVal.width) > 0.5) out.push('the map is scaled: ' + shown + ' px for ' + svg.viewBox.baseVal.width);
            return out;
        }");
        Assert.True(problems.Length == 0, string.Join("\n", problems));
        await page.Locator("#figure-1").ScreenshotAsync(new() { Path = Screenshot("map-long-titles-1280") });
        await page.ScreenshotAsync(new() { Path = Screenshot("overview-long-titles-1280"), FullPage = true });
        await AssertNoAxeViolations(page, "overview with long titles at 1280 px");
    }

    [Fact]
    public async Task On_a_phone_the_map_is_a_tree_and_only_one_form_is_exposed()
    {
        using var study = LongTitleStudy();
        string site = Build(study);
        var wide = await Open(site, "index.html", 1280);
        Assert.True(await wide.Locator(".map-scroll").IsVisibleAsync());
        Assert.False(await wide.Locator(".map-tree").IsVisibleAsync());
        var phone = await Open(site, "index.html", 390);
        Assert.False(await phone.Locator(".map-scroll").IsVisibleAsync());
        Assert.True(await phone.Locator(".map-tree").IsVisibleAsync());
        // The tree holds every theme and subtheme as a link, and the page does not scroll sideways.
        Assert.Equal(4 + 8, await phone.Locator(".map-tree a").CountAsync());
        Assert.True(await FiguresFit(phone), "a figure leaves the page at 390 px");
        var snapshot = await phone.Locator("#figure-1").AriaSnapshotAsync();
        Assert.DoesNotContain("Thematic map:", snapshot); // the SVG's title: the SVG is hidden from assistive technology too
        await phone.Locator("#figure-1").ScreenshotAsync(new() { Path = Screenshot("map-long-titles-390") });
        await phone.ScreenshotAsync(new() { Path = Screenshot("overview-long-titles-390"), FullPage = true });
        await AssertNoAxeViolations(phone, "overview with long titles at 390 px");
    }

    [Fact]
    public async Task The_png_download_is_the_map_at_twice_its_size_and_needs_javascript()
    {
        using var study = StudyCommands.CopyOfExample();
        string site = Build(study);
        var page = await Open(site, "index.html", 1280);
        var button = page.GetByRole(AriaRole.Button, new() { Name = "PNG" });
        var download = await page.RunAndWaitForDownloadAsync(() => button.ClickAsync());
        Assert.Equal("thematic-map.png", download.SuggestedFilename);
        string path = Path.Combine(Path.GetTempPath(), "fg-map-" + Guid.NewGuid().ToString("N") + ".png");
        await download.SaveAsAsync(path);
        byte[] png = File.ReadAllBytes(path);
        File.Delete(path);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png.Take(4));
        int Big(int at) => (png[at] << 24) | (png[at + 1] << 16) | (png[at + 2] << 8) | png[at + 3];
        var svg = page.Locator(".map-scroll svg");
        Assert.Equal(2 * int.Parse((await svg.GetAttributeAsync("width"))!), Big(16));
        Assert.Equal(2 * int.Parse((await svg.GetAttributeAsync("height"))!), Big(20));
        Assert.True(png.Length > 10_000, "the PNG is blank"); // a blank canvas compresses to a few hundred bytes

        var plain = await Open(site, "index.html", 1280, javaScript: false);
        Assert.False(await plain.GetByRole(AriaRole.Button, new() { Name = "PNG" }).IsVisibleAsync());
        Assert.True(await plain.GetByRole(AriaRole.Link, new() { Name = "SVG" }).IsVisibleAsync());
        Assert.True(File.Exists(Path.Combine(site, "figures", "thematic-map.svg")));
    }

    [Fact]
    public async Task The_matrix_holds_100_participants_and_20_subthemes_with_sticky_headers_and_a_whole_caption()
    {
        var themes = Enumerable.Range(1, 5).Select(t => ($"Theme {t}: {Long(t)[..40]}",
            (IReadOnlyList<string>)Enumerable.Range(1, 4).Select(s => $"Subtheme {t}.{s} {Long(t + s)[..25]}").ToList())).ToList();
        using var study = FigureStudy.Write(100, themes, (p, s) => (p * 7 + s * 3) % 5 == 0);
        string site = Build(study);
        var page = await Open(site, "index.html", 1280);
        var table = page.Locator("table.matrix");
        Assert.Equal(5, await table.Locator("thead th.group").CountAsync());
        Assert.Equal(20, await table.Locator("thead tr:nth-child(2) th").CountAsync());
        Assert.Equal(100, await table.Locator("tbody tr").CountAsync());
        Assert.Equal(100 * 21, await table.Locator("tbody td").CountAsync());
        // Each cell is addressable: its row and column headers name the participant and subtheme.
        var cell = table.Locator("tbody tr:nth-child(100) td a").First;
        Assert.StartsWith("P100, Subtheme", await cell.GetAttributeAsync("aria-label"));
        // Blank for zero: no "0" in the body's cells.
        Assert.Equal(0, await table.Locator("tbody td", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^0$") }).CountAsync());
        // The caption is outside the scrolling table, and whole.
        var caption = page.Locator("#table-2-caption");
        Assert.True(await caption.EvaluateAsync<bool>("c => c.scrollWidth <= c.clientWidth && c.getBoundingClientRect().right <= window.innerWidth"));
        // Scrolled down and right inside its region, the header row and the first column stay in view.
        var region = page.Locator(".matrix-scroll");
        await region.ScrollIntoViewIfNeededAsync();
        await region.EvaluateAsync("r => { r.scrollTop = 1500; r.scrollLeft = 800; }");
        var stuck = await page.EvaluateAsync<JsonElement>(@"() => {
            const r = document.querySelector('.matrix-scroll').getBoundingClientRect();
            const head = document.querySelector('.matrix thead th.corner').getBoundingClientRect();
            const first = document.querySelector('.matrix tbody tr:nth-child(40) th').getBoundingClientRect();
            return { headTop: head.top - r.top, headLeft: head.left - r.left, firstLeft: first.left - r.left };
        }");
        Assert.InRange(stuck.GetProperty("headTop").GetDouble(), -1, 2);
        Assert.InRange(stuck.GetProperty("headLeft").GetDouble(), -1, 2);
        Assert.InRange(stuck.GetProperty("firstLeft").GetDouble(), -1, 2);
        await region.ScreenshotAsync(new() { Path = Screenshot("matrix-100x20-scrolled-1280") });
        await AssertNoAxeViolations(page, "overview at 100 × 20, 1280 px");
        var phone = await Open(site, "index.html", 390);
        Assert.True(await FiguresFit(phone), "a figure leaves the page at 390 px");
        await phone.Locator("#matrix").ScrollIntoViewIfNeededAsync();
        await phone.ScreenshotAsync(new() { Path = Screenshot("matrix-100x20-390") });
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_example_overview_and_participants_page_pass_axe(int width)
    {
        using var study = StudyCommands.CopyOfExample();
        string site = Build(study);
        foreach (var file in new[] { "index.html", "participants.html" })
        {
            var page = await Open(site, file, width);
            await page.ScreenshotAsync(new() { Path = Screenshot(Path.GetFileNameWithoutExtension(file) + "-example-" + width), FullPage = true });
            Assert.True(await FiguresFit(page), file + ": a figure leaves the page at " + width + " px");
            await AssertNoAxeViolations(page, file + " at " + width + " px");
        }
        var participants = await Open(site, "participants.html", width);
        // TextContent: on a phone the navigation is a closed menu, and the current page is marked in it all the same.
        Assert.Equal("Participants", await participants.Locator("nav a[aria-current=page]").TextContentAsync());
        Assert.Equal(6, await participants.Locator("table.characteristics tbody tr").CountAsync());
        Assert.Contains("3–15 (median 8)", await participants.Locator("table.characteristics tfoot").InnerTextAsync());
    }

    [Fact]
    public async Task The_participants_page_of_100_participants_fits_a_phone()
    {
        using var study = FigureStudy.Write(100, new[] { ("One theme", (IReadOnlyList<string>)new[] { "One subtheme" }) }, (p, s) => p % 2 == 0);
        string site = Build(study);
        var page = await Open(site, "participants.html", 390);
        Assert.Equal(100, await page.Locator("table.characteristics tbody tr").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "participants.html scrolls sideways at 390 px");
        await page.ScreenshotAsync(new() { Path = Screenshot("participants-100-390") });
        await AssertNoAxeViolations(page, "participants.html of 100 at 390 px");
    }
}
