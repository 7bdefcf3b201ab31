using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Deque.AxeCore.Playwright;
using FindingsGen.Site;
using Microsoft.Playwright;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>The example site in a real browser: from disk and over findings serve, navigation, filters, live reload, accessibility.</summary>
[Collection(EnvironmentCollection.Name)]
public sealed class BrowserTests : IClassFixture<ChromiumFixture>
{
    private readonly ChromiumFixture chromium;

    public BrowserTests(ChromiumFixture chromium) => this.chromium = chromium;

    private static string Screenshots => ScreenshotFolder.For("");

    private static (TempStudy Study, string Site) BuiltExample()
    {
        var study = StudyCommands.CopyOfExample();
        var outcome = SiteBuilds.Build(study.Path);
        Assert.Equal(0, outcome.ExitCode);
        return (study, outcome.OutputFolder!);
    }

    [Fact]
    public async Task From_disk_a_reader_follows_a_quotation_to_its_participant_and_back()
    {
        var (study, site) = BuiltExample();
        using var _ = study;
        var page = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 1400 } });
        await page.GotoAsync(new Uri(Path.Combine(site, "index.html")).AbsoluteUri);
        Assert.Equal("Between sessions", await page.TitleAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "overview.png"), FullPage = true });

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Site" }).GetByRole(AriaRole.Link, new() { Name = "Carrying the session afterwards" }).ClickAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "theme.png"), FullPage = true });
        var quote = page.Locator("figure.quote#house-with-no-door");
        await quote.Locator("figcaption a", new() { HasText = "T1" }).ClickAsync();
        Assert.EndsWith("participants/t1.html", page.Url);
        Assert.Equal("Participant T1", await page.Locator("h1").InnerTextAsync());
        await page.Locator("#house-with-no-door").GetByRole(AriaRole.Link, new() { Name = "in context" }).ClickAsync();
        Assert.EndsWith("themes/carrying.html#house-with-no-door", page.Url);
        Assert.True(await page.Locator("#house-with-no-door").IsVisibleAsync());
    }

    [Fact]
    public async Task The_quotation_index_filters_by_participant_and_searches_the_text()
    {
        var (study, site) = BuiltExample();
        using var _ = study;
        var page = await chromium.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site, "quotations.html")).AbsoluteUri);
        var visible = page.Locator(".quote-list > li:visible");
        Assert.Equal(18, await visible.CountAsync());

        await page.Locator("#q-participant").SelectOptionAsync("T3");
        Assert.Equal(2, await visible.CountAsync());
        Assert.Equal("2 quotations", await page.Locator("#q-count").InnerTextAsync());

        await page.Locator("#q-participant").SelectOptionAsync("");
        await page.Locator("#q-search").FillAsync("ALBUM");
        Assert.Equal(1, await visible.CountAsync());
        // TextContent: a quotation below the fold is not rendered yet (content-visibility), but it is the one shown.
        Assert.Contains("When the album ends", await visible.First.TextContentAsync());

        await page.Locator("#q-search").FillAsync("");
        await page.Locator("#q-theme").SelectOptionAsync("holding");
        Assert.Equal(8, await visible.CountAsync());
    }

    [Fact]
    public async Task Without_javascript_every_quotation_is_still_listed()
    {
        var (study, site) = BuiltExample();
        using var _ = study;
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site, "quotations.html")).AbsoluteUri);
        Assert.Equal(18, await page.Locator(".quote-list > li:visible").CountAsync());
        Assert.False(await page.Locator(".filters").IsVisibleAsync());
    }

    [Fact]
    public async Task Every_page_type_has_no_accessibility_violations()
    {
        var (study, site) = BuiltExample();
        using var _ = study;
        var page = await chromium.Browser.NewPageAsync();
        foreach (var file in new[] { "index.html", "themes/carrying.html", "participants/t3.html", "quotations.html", "report.html" })
        {
            await page.GotoAsync(new Uri(Path.Combine(site, file)).AbsoluteUri);
            var result = await page.RunAxe();
            Assert.True(result.Violations.Length == 0,
                file + ": " + string.Join("; ", result.Violations.Select(v => v.Id + " (" + v.Help + ") at " + string.Join(", ", v.Nodes.Select(n => n.Target.ToString())))));
        }
    }

    [Fact]
    public async Task In_serve_mode_editing_a_page_updates_the_open_page_and_problems_show_in_an_overlay()
    {
        using var study = StudyCommands.CopyOfExample();
        await using var server = await SiteServer.StartAsync(study.Path, 0, new StringWriter(), new StringWriter());
        Assert.NotNull(server);
        var page = await chromium.Browser.NewPageAsync();
        await page.GotoAsync(server!.Url + "/themes/carrying.html");
        await page.Locator("text=left the room").WaitForAsync();
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
        await Task.Delay(300); // the page has subscribed to the build events

        string results = Path.Combine(study.Path, "results.md");
        File.WriteAllText(results, File.ReadAllText(results).Replace("left the room", "left the studio"));
        await page.Locator("text=left the studio").WaitForAsync(new() { Timeout = 15000 });

        File.AppendAllText(results, "\n[Most]{.freq of=\"T1\"} oops.\n");
        var overlay = page.Locator("#live-overlay");
        await overlay.WaitForAsync(new() { Timeout = 15000 });
        Assert.Contains("FG0001", await overlay.InnerTextAsync());
        Assert.Contains("Draft", await page.Locator(".draft").InnerTextAsync());
    }
}
