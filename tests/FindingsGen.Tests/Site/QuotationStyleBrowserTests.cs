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
/// Quotations and claims in journal style in Debian's Chromium: the provenance and "who" disclosures open by keyboard
/// with JavaScript off, pages keep zero axe violations with them open, a draft's markers are visible and the report's
/// links land on them, and a printed theme page holds the original of a translated quotation. Screenshots go to
/// artifacts/screenshots/quotes/.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class QuotationStyleBrowserTests : IClassFixture<ChromiumFixture>
{
    private readonly ChromiumFixture chromium;

    public QuotationStyleBrowserTests(ChromiumFixture chromium) => this.chromium = chromium;

    private static string Screenshot(string name) => Path.Combine(ScreenshotFolder.For("quotes"), name);

    private static (TempStudy Study, string Site) BuiltExample()
    {
        var study = StudyCommands.CopyOfExample();
        var outcome = SiteBuilds.Build(study.Path);
        Assert.Equal(0, outcome.ExitCode);
        return (study, outcome.OutputFolder!);
    }

    private static async Task NoAxeViolations(IPage page, string what)
    {
        var result = await page.RunAxe();
        Assert.True(result.Violations.Length == 0,
            what + ": " + string.Join("; ", result.Violations.Select(v => v.Id + " (" + v.Help + ") at " + string.Join(", ", v.Nodes.Select(n => n.Target.ToString())))));
    }

    [Fact]
    public async Task Without_javascript_the_disclosures_open_and_close_by_keyboard()
    {
        var (study, site) = BuiltExample();
        using var _ = study;
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site, "themes", "carrying.html")).AbsoluteUri);

        // A block quotation: a details element whose summary names the mode; Enter opens it, showing lines and the full hash.
        var details = page.Locator("#house-with-no-door details.provenance");
        var note = details.Locator(".provenance-note");
        Assert.False(await note.IsVisibleAsync());
        // A screen reader meets the disclosure by the mode's words alone (the ✓ is hidden from it), after the attribution.
        string snapshot = await page.Locator("#house-with-no-door figcaption").AriaSnapshotAsync();
        Assert.Contains("- text: \", hospital, 12 years)\"\n- group: verified\n", snapshot.ReplaceLineEndings("\n"));
        await details.Locator("summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await note.IsVisibleAsync());
        Assert.Matches("Verified verbatim in T1's transcript, lines 8\u20139\\. Transcript SHA-256: [0-9a-f]{64}\\.", await note.InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("theme-block-open-1280.png"), FullPage = true });
        await page.Keyboard.PressAsync("Enter");
        Assert.False(await note.IsVisibleAsync());

        // An inline quotation: a button named by the mode opens a popover; Escape closes it.
        var button = page.GetByRole(AriaRole.Button, new() { Name = "verified", Exact = true }).First;
        string? target = await button.GetAttributeAsync("popovertarget");
        var popover = page.Locator("#" + target);
        Assert.False(await popover.IsVisibleAsync());
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await popover.IsVisibleAsync());
        Assert.Equal("true", await button.EvaluateAsync<string>("b => String(b.matches(':focus') && document.querySelector('#" + target + "').matches(':popover-open'))"));
        Assert.Matches("Transcript SHA-256: [0-9a-f]{64}\\.", await popover.InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("theme-inline-open-1280.png") });
        await page.Keyboard.PressAsync("Escape");
        Assert.False(await popover.IsVisibleAsync());

        // A claim: "Most (4 of 6)", the button named "4 of 6 participants"; Enter shows who, linked.
        var claim = page.Locator("#claim-1");
        Assert.Equal("Most (4 of 6)", await claim.EvaluateAsync<string>("e => { const c = e.cloneNode(true); c.querySelectorAll('.visually-hidden, [popover]').forEach(x => x.remove()); return c.textContent; }"));
        var who = claim.GetByRole(AriaRole.Button, new() { Name = "4 of 6 participants" });
        await who.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var list = page.Locator("#claim-1-who");
        Assert.True(await list.IsVisibleAsync());
        Assert.Equal(new[] { "T1", "T2", "T4", "T5" }, await list.Locator("a").AllInnerTextsAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("theme-claim-open-1280.png") });
        // Keyboard onwards: Tab reaches the first participant link in the open list.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("T1", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Escape");
        Assert.False(await list.IsVisibleAsync());
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Pages_with_their_disclosures_open_have_no_accessibility_violations(int width)
    {
        var (study, site) = BuiltExample();
        using var _ = study;
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        foreach (var file in new[] { "themes/carrying.html", "themes/holding.html", "participants/t1.html", "quotations.html" })
        {
            await page.GotoAsync(new Uri(Path.Combine(site, file)).AbsoluteUri);
            await NoAxeViolations(page, $"{file} at {width}px");
            await page.EvaluateAsync("() => document.querySelectorAll('details.provenance').forEach(d => d.open = true)");
            var button = page.Locator("button.provenance-button").First;
            if (await button.CountAsync() > 0) await button.ClickAsync();
            await NoAxeViolations(page, $"{file} at {width}px, disclosures open");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot(file.Replace('/', '-').Replace(".html", "") + $"-open-{width}.png"), FullPage = true });
            // Nothing the disclosures hold (a 64-digit hash) widens the page.
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{file} overflows at {width}px");
        }
    }

    [Fact]
    public async Task A_drafts_markers_are_visible_and_the_reports_links_land_on_them()
    {
        using var study = QuotationStudies.Draft();
        var outcome = SiteBuilds.Build(study.Path, draft: true);
        Assert.NotNull(outcome.OutputFolder);
        foreach (int width in new[] { 1280, 390 })
        {
            await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(Path.Combine(outcome.OutputFolder!, "themes", "nights.html")).AbsoluteUri);
            Assert.Equal(3, await page.Locator(".has-problem").CountAsync());
            foreach (var marker in await page.Locator(".draft-problem").AllAsync()) Assert.True(await marker.IsVisibleAsync());
            // Not colour alone: an outline and the ⚠ sign and the rule's ID in words.
            Assert.Equal("dashed", await page.Locator(".has-problem").First.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
            await NoAxeViolations(page, $"draft theme page at {width}px");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot($"draft-theme-{width}.png"), FullPage = true });

            await page.GotoAsync(new Uri(Path.Combine(outcome.OutputFolder!, "report.html")).AbsoluteUri);
            await NoAxeViolations(page, $"draft report at {width}px");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot($"draft-report-{width}.png"), FullPage = true });
            foreach (string rule in new[] { "FG0001", "FG0101", "FG0104" })
            {
                await page.GotoAsync(new Uri(Path.Combine(outcome.OutputFolder!, "report.html")).AbsoluteUri);
                var row = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = rule, Exact = true }) });
                await row.Locator("td").Nth(2).GetByRole(AriaRole.Link).ClickAsync();
                Assert.Contains("themes/nights.html#", page.Url);
                string id = page.Url.Substring(page.Url.IndexOf('#') + 1);
                var target = page.Locator($"[id=\"{id}\"]");
                Assert.True(await target.IsVisibleAsync(), rule);
                Assert.True(await target.EvaluateAsync<bool>("e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; }"), rule + " not scrolled into view");
                Assert.Contains(rule, await target.InnerTextAsync());
            }
        }
    }

    [Fact]
    public async Task A_printed_theme_page_holds_the_original_of_a_translated_quotation()
    {
        using var study = new TempStudy();
        string source = Path.Combine(StudyCommands.Content, "translated");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories)) study.Write(Path.GetRelativePath(source, file), File.ReadAllText(file));
        var outcome = SiteBuilds.Build(study.Path);
        Assert.Equal(0, outcome.ExitCode);
        var page = await chromium.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(outcome.OutputFolder!, "themes", "closing.html")).AbsoluteUri);
        // On screen the block quotation's original is behind a closed details element.
        Assert.False(await page.Locator("details.original blockquote").IsVisibleAsync());
        byte[] pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4" });
        File.WriteAllBytes(Screenshot("closing-print.pdf"), pdf);
        using var document = PdfDocument.Open(pdf);
        // NFKC: the PDF's font sets "fi" as one ligature glyph.
        string text = string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))).Normalize(System.Text.NormalizationForm.FormKC);
        // The block quotation's original (closed on screen) and the inline one's, and the translation itself.
        Assert.Contains("Jeg rydder pensler og papir i samme", text);
        Assert.Contains("Jeg trenger", text);
        Assert.Contains("I tidy brushes and paper", text);
        // The provenance prints as its label only: no hash, no popover text.
        Assert.True(text.Contains("original verified"), text);
        Assert.DoesNotContain("SHA-256", text);
    }
}
