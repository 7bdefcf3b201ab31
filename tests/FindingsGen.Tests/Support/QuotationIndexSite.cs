using System;
using System.IO;
using System.Threading.Tasks;
using FindingsGen.Testing;
using Microsoft.Playwright;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>A generated study (<see cref="QuotationIndexStudy"/>) built once for a test class, and Chromium to open it from disk.</summary>
public abstract class QuotationIndexSite : IAsyncLifetime
{
    private readonly ChromiumFixture chromium = new();
    private TempStudy? study;

    protected QuotationIndexSite(int quotations, int participants, int themes, int subthemesPerTheme)
    {
        Quotations = quotations;
        Participants = participants;
        Themes = themes;
        SubthemesPerTheme = subthemesPerTheme;
    }

    public int Quotations { get; }
    public int Participants { get; }
    public int Themes { get; }
    public int SubthemesPerTheme { get; }

    /// <summary>The built site's folder.</summary>
    public string Site { get; private set; } = "";

    public IBrowser Browser => chromium.Browser;

    /// <summary>The file:// URL of a page of the site.</summary>
    public string Url(string page) => new Uri(Path.Combine(Site, page)).AbsoluteUri;

    /// <summary>How many quotations the theme (and subtheme, when given) holds, and how many a participant said.</summary>
    public int Count(int? theme = null, int? subtheme = null, int? participant = null)
    {
        int n = 0;
        for (int q = 0; q < Quotations; q++)
        {
            var (t, s) = QuotationIndexStudy.PlaceOf(q, Quotations, Themes, SubthemesPerTheme);
            if ((theme is null || t == theme) && (subtheme is null || s == subtheme) && (participant is null || QuotationIndexStudy.ParticipantOf(q, Participants) == participant)) n++;
        }
        return n;
    }

    /// <summary>How many quotations hold the marker word, and of those how many are in a theme.</summary>
    public int MarkerCount(int? theme = null)
    {
        int n = 0;
        for (int q = 0; q < Quotations; q += QuotationIndexStudy.MarkerEvery)
        {
            if (theme is null || QuotationIndexStudy.PlaceOf(q, Quotations, Themes, SubthemesPerTheme).Theme == theme) n++;
        }
        return n;
    }

    public async Task InitializeAsync()
    {
        study = new TempStudy();
        QuotationIndexStudy.Write(study.Path, Quotations, Participants, Themes, SubthemesPerTheme);
        var outcome = SiteBuilds.Build(study.Path);
        Assert.Equal(0, outcome.ExitCode);
        Site = outcome.OutputFolder!;
        await chromium.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await chromium.DisposeAsync();
        study?.Dispose();
    }

    /// <summary>How many quotations the page shows (not hidden, nor in a hidden group), read from the DOM without laying it out.</summary>
    public static Task<int> ShownAsync(IPage page) =>
        page.EvaluateAsync<int>("() => document.querySelectorAll('.q-theme:not([hidden]) .q-sub:not([hidden]) .quote-list > li:not([hidden])').length");

    /// <summary>The page's own URL now (Playwright's <c>page.Url</c> hears of replaceState a moment later).</summary>
    public static Task<string> HrefAsync(IPage page) => page.EvaluateAsync<string>("() => location.href");

    /// <summary>The index's status line must say <paramref name="n"/> quotations, and the page must show that many.</summary>
    public static async Task ExpectShownAsync(IPage page, int n)
    {
        Assert.Equal(n + (n == 1 ? " quotation" : " quotations"), await page.Locator("#q-count").InnerTextAsync());
        // Groups far below the screen are brought up to date in slices after the frame: wait for them, then compare.
        try
        {
            await page.WaitForFunctionAsync("n => document.querySelectorAll('.q-theme:not([hidden]) .q-sub:not([hidden]) .quote-list > li:not([hidden])').length === n", n,
                new PageWaitForFunctionOptions { Timeout = 10_000 });
        }
        catch (TimeoutException)
        {
        }
        Assert.Equal(n, await ShownAsync(page));
    }

    /// <summary>
    /// What a reader does with the index, checked at each step: a theme (the subtheme list follows it, other themes'
    /// groups hide), a subtheme of another theme (the theme follows it), a participant, the clear button, a search
    /// (matches marked, the words put back when it changes), and the state kept in the URL across a reload and Back.
    /// </summary>
    public async Task FilterSearchAndRestoreAsync(IPage page)
    {
        await page.GotoAsync(Url("quotations.html"), new PageGotoOptions { Timeout = 120_000 });
        await page.Locator("form.filters").WaitForAsync();
        await ExpectShownAsync(page, Quotations);

        string t2 = QuotationIndexStudy.ThemeId(1), t3 = QuotationIndexStudy.ThemeId(2), t3s2 = QuotationIndexStudy.SubthemeId(2, 1);
        await page.Locator("#q-theme").SelectOptionAsync(t2);
        await ExpectShownAsync(page, Count(theme: 1));
        Assert.Equal(Themes - 1, await page.Locator(".q-theme[hidden]").CountAsync());
        Assert.Equal($"({Count(theme: 1)})", await page.Locator($".q-theme[data-theme='{t2}'] h2 .q-n").InnerTextAsync());
        Assert.Equal(1, await page.Locator("#q-subtheme optgroup").CountAsync());
        Assert.Equal(SubthemesPerTheme + 1, await page.Locator("#q-subtheme option").CountAsync());

        await page.Locator("#q-theme").SelectOptionAsync("");
        Assert.Equal(Themes, await page.Locator("#q-subtheme optgroup").CountAsync());
        await page.Locator("#q-subtheme").SelectOptionAsync(t3s2);
        Assert.Equal(t3, await page.Locator("#q-theme").InputValueAsync());
        Assert.Equal(t3s2, await page.Locator("#q-subtheme").InputValueAsync());
        await ExpectShownAsync(page, Count(theme: 2, subtheme: 1));

        await page.Locator("#q-participant").SelectOptionAsync(QuotationIndexStudy.Participant(2));
        await ExpectShownAsync(page, Count(theme: 2, subtheme: 1, participant: 2));
        Assert.Contains("participant=" + QuotationIndexStudy.Participant(2), await HrefAsync(page));

        await page.Locator("#q-clear").ClickAsync();
        await ExpectShownAsync(page, Quotations);
        Assert.Equal("", await page.Locator("#q-theme").InputValueAsync());
        Assert.Equal("", await page.Locator("#q-participant").InputValueAsync());
        Assert.DoesNotContain("#", await HrefAsync(page));

        // A search: the count, and the words marked in the quotations on screen (after the frame).
        var first = page.Locator(".quote-list > li:not([hidden])").First;
        await page.Locator("#q-search").FillAsync(QuotationIndexStudy.Marker.ToUpperInvariant());
        await ExpectShownAsync(page, MarkerCount());
        string before = await page.EvaluateAsync<string>("() => document.querySelector('.quote-list > li:not([hidden]) blockquote').textContent");
        await page.Locator(".quote-list > li:not([hidden]) mark").First.WaitForAsync();
        Assert.Equal(QuotationIndexStudy.Marker, (await first.Locator("mark").First.InnerTextAsync()).ToLowerInvariant());
        Assert.Equal(before, await first.Locator("blockquote").First.EvaluateAsync<string>("b => b.textContent"));
        await page.Locator("#q-search").FillAsync("");
        await ExpectShownAsync(page, Quotations);
        await page.WaitForFunctionAsync("() => document.querySelectorAll('mark').length === 0");

        // The state in the URL's hash survives a reload from file:// and Back.
        await page.Locator("#q-theme").SelectOptionAsync(t2);
        await page.Locator("#q-search").FillAsync(QuotationIndexStudy.Marker);
        string href = await HrefAsync(page);
        Assert.StartsWith("file://", href);
        Assert.Contains("q=" + QuotationIndexStudy.Marker, href);
        Assert.Contains("theme=" + t2, href);
        await page.ReloadAsync(new PageReloadOptions { Timeout = 120_000 });
        await page.Locator("form.filters").WaitForAsync();
        Assert.Equal(QuotationIndexStudy.Marker, await page.Locator("#q-search").InputValueAsync());
        Assert.Equal(t2, await page.Locator("#q-theme").InputValueAsync());
        await ExpectShownAsync(page, MarkerCount(theme: 1));
        await page.Locator(".q-theme:not([hidden]) .q-sub:not([hidden]) .quote-list > li:not([hidden])").First.GetByRole(AriaRole.Link, new() { Name = "in context" }).ClickAsync();
        Assert.Contains("themes/" + t2 + ".html#", page.Url);
        await page.GoBackAsync(new PageGoBackOptions { Timeout = 120_000 });
        await page.Locator("form.filters").WaitForAsync();
        Assert.Equal(t2, await page.Locator("#q-theme").InputValueAsync());
        await ExpectShownAsync(page, MarkerCount(theme: 1));
    }
}
