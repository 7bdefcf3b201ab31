using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Deque.AxeCore.Playwright;
using FindingsGen.Testing;
using Microsoft.Playwright;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// The quotation index in Debian's Chromium, from disk, on a generated study of 1,000 quotations (built once for the
/// class): filters, dependent lists, search with marked matches, the state in the URL, the clear button, accessibility;
/// and the quotation an "in context" link lands on. <see cref="QuotationIndexAtScaleBrowserTests"/> does it at 20,000.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class QuotationIndexBrowserTests : IClassFixture<SmallQuotationIndexSite>
{
    private readonly SmallQuotationIndexSite site;

    public QuotationIndexBrowserTests(SmallQuotationIndexSite site) => this.site = site;

    private static string Screenshot(string name) => Path.Combine(ScreenshotFolder.For("index"), name);

    [Fact]
    public async Task A_reader_filters_searches_clears_and_finds_the_filtered_view_again_after_reload_and_back()
    {
        var page = await site.Browser.NewPageAsync();
        await site.FilterSearchAndRestoreAsync(page);
    }

    [Fact]
    public async Task A_link_to_a_quotation_in_the_index_lands_on_it_and_leaves_the_filters_alone()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Url("quotations.html"));
        string id = await page.Locator(".quote-list > li").Nth(500).GetAttributeAsync("id") ?? "";
        string other = await page.Locator(".quote-list > li").Nth(800).GetAttributeAsync("id") ?? "";
        var landing = await site.Browser.NewPageAsync();
        await landing.GotoAsync(site.Url("quotations.html") + "#" + id);
        await landing.Locator("form.filters").WaitForAsync();
        await ExpectLandedAsync(landing, id);
        // And a link within the page (the same document: no load).
        await landing.GotoAsync(site.Url("quotations.html") + "#" + other);
        await ExpectLandedAsync(landing, other);
    }

    private async Task ExpectLandedAsync(IPage page, string id)
    {
        Assert.EndsWith("#" + id, page.Url);
        await QuotationIndexSite.ExpectShownAsync(page, site.Quotations);
        Assert.True(await page.Locator("#" + id).EvaluateAsync<bool>("li => li.matches(':target')"));
        await page.WaitForTimeoutAsync(300); // the page has settled
        var box = await page.Locator("#" + id).BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.InRange(box!.Y, 16, 900);
    }

    [Fact]
    public async Task Without_javascript_every_quotation_is_listed_under_its_theme_and_subtheme()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("quotations.html"));
        Assert.False(await page.Locator(".filters").IsVisibleAsync());
        Assert.Equal(site.Quotations, await QuotationIndexSite.ShownAsync(page));
        for (int t = 0; t < site.Themes; t++)
        {
            Assert.Equal($"{QuotationIndexStudy.ThemeTitle(t)} ({site.Count(theme: t)})", await page.Locator("h2").Nth(t).InnerTextAsync());
        }
        Assert.Equal(site.Themes * site.SubthemesPerTheme, await page.Locator(".q-sub h3").CountAsync());
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_index_has_no_accessibility_violations_filtered_or_not_at_desktop_and_phone_widths()
    {
        foreach (var width in new[] { 1280, 390 })
        {
            var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
            await page.GotoAsync(site.Url("quotations.html"));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot($"index-{width}.png") });
            await page.Locator("#q-theme").SelectOptionAsync(QuotationIndexStudy.ThemeId(1));
            await page.Locator("#q-search").FillAsync(QuotationIndexStudy.Marker);
            await page.Locator("mark").First.WaitForAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot($"index-filtered-{width}.png") });
            var result = await page.RunAxe();
            Assert.True(result.Violations.Length == 0,
                width + ": " + string.Join("; ", result.Violations.Select(v => v.Id + " (" + v.Help + ") at " + string.Join(", ", v.Nodes.Select(n => n.Target.ToString())))));
            await page.CloseAsync();
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task In_context_the_quotation_a_link_lands_on_is_highlighted_on_theme_and_participant_pages(bool javascript)
    {
        using var study = StudyCommands.CopyOfExample();
        var outcome = SiteBuilds.Build(study.Path);
        Assert.Equal(0, outcome.ExitCode);
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javascript, ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        string Url(string file) => new Uri(Path.Combine(outcome.OutputFolder!, file)).AbsoluteUri;
        const string Style = "e => { const s = getComputedStyle(e); return s.backgroundColor + '|' + s.outlineStyle; }";

        foreach (var file in new[] { "themes/carrying.html", "participants/t1.html" })
        {
            await page.GotoAsync(Url(file) + "#house-with-no-door");
            var target = page.Locator("figure.quote#house-with-no-door");
            var other = page.Locator("figure.quote:not(:target)").First;
            Assert.NotEqual(await other.EvaluateAsync<string>(Style), await target.EvaluateAsync<string>(Style));
            Assert.NotEqual("0px", await target.EvaluateAsync<string>("e => getComputedStyle(e).scrollMarginTop"));
            var box = await target.BoundingBoxAsync();
            Assert.True(box!.Y >= 16, $"{file}: the quotation is at {box.Y} px, under the top edge");
            if (javascript && file.StartsWith("themes/", StringComparison.Ordinal)) await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("in-context-1280.png") });
        }

        // An inline quotation (q.quote) is highlighted the same way.
        await page.GotoAsync(Url("themes/carrying.html"));
        string? inline = await page.Locator("q.quote[id]").First.GetAttributeAsync("id");
        Assert.NotNull(inline);
        string unmarked = await page.Locator("#" + inline).EvaluateAsync<string>(Style);
        await page.GotoAsync(Url("themes/carrying.html") + "#" + inline);
        Assert.NotEqual(unmarked, await page.Locator("#" + inline).EvaluateAsync<string>(Style));
        await context.CloseAsync();
    }
}
