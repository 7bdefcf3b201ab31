using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// The paper's companion in Debian's Chromium, from disk: the cite box copies (with the clipboard API, and without it),
/// the meta tags are in the head, axe finds nothing, and the printout carries the URL, the date and the citation.
/// Screenshots go to artifacts/screenshots/meta/.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class CitationBrowserTests : IClassFixture<ChromiumFixture>
{
    private readonly ChromiumFixture chromium;

    public CitationBrowserTests(ChromiumFixture chromium) => this.chromium = chromium;

    private static string Screenshots => ScreenshotFolder.For("meta");

    private const string Apa = "Halvorsen, R., & Okafor, M. (2026). Between sessions (Version 1.0) [Data set]. https://example.org/between-sessions/";

    private static (TempStudy Study, string Site) BuiltExample()
    {
        var study = StudyCommands.CopyOfExample();
        string? before = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", "1764979200"); // 2025-12-06
        try
        {
            var outcome = SiteBuilds.Build(study.Path);
            Assert.Equal(0, outcome.ExitCode);
            return (study, outcome.OutputFolder!);
        }
        finally
        {
            Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", before);
        }
    }

    [Fact]
    public async Task The_cite_box_copies_its_text_from_disk()
    {
        var (study, site) = BuiltExample();
        using var _ = study;
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await context.GrantPermissionsAsync(new[] { "clipboard-read", "clipboard-write" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site, "index.html")).AbsoluteUri);
        var box = page.Locator("section.cite-box");
        await box.ScrollIntoViewIfNeededAsync();
        await box.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Screenshots, "cite-box-1280.png") });

        await box.GetByRole(AriaRole.Button, new() { Name = "Copy APA" }).ClickAsync();
        await Assertions.Expect(page.Locator("#cite-status")).ToHaveTextAsync("Copied APA");
        Assert.Equal(Apa, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        await box.GetByRole(AriaRole.Button, new() { Name = "Copy BibTeX" }).ClickAsync();
        await Assertions.Expect(page.Locator("#cite-status")).ToHaveTextAsync("Copied BibTeX");
        string bibtex = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.StartsWith("@misc{halvorsen2026between,\n", bibtex);
        Assert.EndsWith("}", bibtex);
    }

    [Fact]
    public async Task Where_the_clipboard_api_is_refused_the_text_is_copied_the_older_way()
    {
        var (study, site) = BuiltExample();
        using var _ = study;
        var page = await chromium.Browser.NewPageAsync();
        // A browser that refuses the clipboard API (as some do for pages opened from disk), and records what the older way copies.
        await page.AddInitScriptAsync(@"
            Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('refused')) } });
            window.__copied = null;
            document.execCommand = (command) => { if (command !== 'copy') return false; window.__copied = String(window.getSelection()); return true; };");
        await page.GotoAsync(new Uri(Path.Combine(site, "index.html")).AbsoluteUri);
        await page.GetByRole(AriaRole.Button, new() { Name = "Copy APA" }).ClickAsync();
        await Assertions.Expect(page.Locator("#cite-status")).ToHaveTextAsync("Copied APA");
        Assert.Equal(Apa, (await page.EvaluateAsync<string>("() => window.__copied")).Trim());
    }

    [Fact]
    public async Task Without_javascript_there_is_no_copy_button_and_the_text_is_there()
    {
        var (study, site) = BuiltExample();
        using var _ = study;
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site, "index.html")).AbsoluteUri);
        Assert.Equal(0, await page.GetByRole(AriaRole.Button).CountAsync());
        Assert.Equal(Apa, await page.Locator("#cite-apa-text").InnerTextAsync());
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Every_page_has_the_meta_tags_and_no_accessibility_violations(int width)
    {
        var (study, site) = BuiltExample();
        using var _ = study;
        var page = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        foreach (var file in new[] { "index.html", "themes/carrying.html", "participants/t3.html", "quotations.html", "report.html" })
        {
            await page.GotoAsync(new Uri(Path.Combine(site, file)).AbsoluteUri);
            Assert.Equal(0, await page.Locator("meta[name=citation_doi]").CountAsync());
            Assert.Equal(file == "index.html" ? new[] { "R. Halvorsen", "M. Okafor" } : new string[0],
                await page.Locator("meta[name=citation_author]").EvaluateAllAsync<string[]>("els => els.map(e => e.content)"));
            Assert.Equal(new[] { "R. Halvorsen", "M. Okafor" }, await page.Locator("meta[name='DC.creator']").EvaluateAllAsync<string[]>("els => els.map(e => e.content)"));
            string self = "https://example.org/between-sessions/" + (file == "index.html" ? "" : file);
            Assert.Equal(self, await page.Locator("link[rel=canonical]").GetAttributeAsync("href"));
            Assert.Equal(self, await page.Locator("meta[property='og:url']").GetAttributeAsync("content"));
            Assert.True(await page.Locator(".companion").IsVisibleAsync());
            Assert.False(await page.Locator(".print-cite").IsVisibleAsync()); // print only
            var result = await page.RunAxe();
            Assert.True(result.Violations.Length == 0,
                file + ": " + string.Join("; ", result.Violations.Select(v => v.Id + " (" + v.Help + ") at " + string.Join(", ", v.Nodes.Select(n => n.Target.ToString())))));
            // Nothing of the companion line, the cite box or the footer reaches past the window, even at a phone's width
            // (the pre of BibTeX scrolls inside itself). The whole page's overflow is the reading-comfort tests' concern.
            string wide = await page.EvaluateAsync<string>(@"() => Array.from(document.querySelectorAll('.companion, .companion *, .cite-box, .cite-box *, .site-footer, .site-footer *'))
                .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5 && !e.closest('pre'))
                .map(e => e.tagName + '.' + e.className).join(', ')");
            Assert.True(wide.Length == 0, file + " at " + width + ": " + wide);
        }
        await page.GotoAsync(new Uri(Path.Combine(site, "index.html")).AbsoluteUri);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, $"overview-header-{width}.png") });
        await page.Locator("section.cite-box").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Screenshots, $"cite-box-{width}.png") });
        await page.Locator("footer").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Screenshots, $"footer-{width}.png") });
    }

    [Fact]
    public async Task The_printout_carries_the_url_the_date_and_the_citation()
    {
        var (study, site) = BuiltExample();
        using var _ = study;
        var page = await chromium.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site, "themes/carrying.html")).AbsoluteUri);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.True(await page.Locator(".print-cite").IsVisibleAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "print-theme.png"), FullPage = true });
        byte[] pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = false });
        File.WriteAllBytes(Path.Combine(Screenshots, "print-theme.pdf"), pdf);
        using var document = PdfDocument.Open(pdf);
        // The words of every page, joined: PDF text has no reliable spaces or line breaks, so they are compared without them.
        string text = string.Concat(document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Online:https://example.org/between-sessions/themes/carrying.html", text);
        Assert.Contains("(builton2025-12-06)", text);
        Assert.Contains(("Cite as: " + Apa).Replace(" ", ""), text);
        Assert.Contains("CompaniontoHoldingthethreadbetweensessions", text);
    }
}
