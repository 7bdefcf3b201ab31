using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>The pages of a study full of script links, in Debian's Chromium: nothing a reader can open or click runs script.</summary>
[Collection(EnvironmentCollection.Name)]
public sealed class BrowserSafetyTests : IClassFixture<ChromiumFixture>
{
    private readonly ChromiumFixture chromium;

    public BrowserSafetyTests(ChromiumFixture chromium) => this.chromium = chromium;

    private const string UrlOf = "e => { const h = e.href ?? e.src; const v = typeof h === 'string' ? h : (h && h.baseVal) || e.getAttribute('src') || ''; try { return new URL(v, document.baseURI).protocol; } catch { return 'unparsable:'; } }";

    private const string Schemes = "() => [...document.querySelectorAll('a[href], area[href], img[src], iframe[src], embed[src], object[data], source[src], form[action]')].map(" + UrlOf + ")";

    private const string ClickAll = "() => { const urlOf = " + UrlOf + ";" +
        " document.addEventListener('click', e => { const a = e.target.closest('a, area'); if (a && urlOf(a) !== 'javascript:') e.preventDefault(); }, true);" +
        " const links = [...document.querySelectorAll('a, area')];" +
        " for (const a of links) a.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));" +
        " return links.length; }";

    [Fact]
    public async Task Opening_every_page_and_clicking_every_link_of_a_study_full_of_script_urls_runs_no_script()
    {
        using var study = ScriptLinks.StudyFullOfScriptLinks();
        var outcome = SiteBuilds.Build(study.Path, draft: true);
        Assert.NotNull(outcome.OutputFolder);
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var ran = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            lock (ran) ran.Add($"{dialog.Type} '{dialog.Message}' on {page.Url}");
            _ = dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("script ran", StringComparison.Ordinal)) lock (ran) ran.Add($"console '{message.Text}' on {page.Url}");
        };
        page.Popup += (_, popup) => { lock (ran) ran.Add($"a window opened: {popup.Url}"); };

        int clicked = 0, images = 0;
        foreach (var file in Directory.GetFiles(outcome.OutputFolder!, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string url = new Uri(file).AbsoluteUri;
            await page.GotoAsync(url);
            // Every image has been loaded (or refused) once the page has loaded.
            images += await page.Locator("img").CountAsync();
            // Every URL as Chromium itself reads it: no link, image or frame leads to a script scheme.
            var schemes = await page.EvaluateAsync<string[]>(Schemes);
            foreach (var scheme in schemes.Where(s => s is not ("http:" or "https:" or "mailto:" or "file:"))) ran.Add($"a URL with the scheme {scheme} on {url}");
            // Click every link; a link that would leave the page (to one of ours, or elsewhere) stays, so that all of
            // them are clicked in one visit. Only a script URL is let through, and it would run.
            clicked += await page.EvaluateAsync<int>(ClickAll);
            await page.WaitForTimeoutAsync(300);
            if (page.Url != url) ran.Add($"{url} navigated to {page.Url}");
            if (await page.TitleAsync() == "script ran") ran.Add("the title was changed on " + url);
        }
        Assert.True(clicked > 8 * ScriptLinks.ScriptUrls.Length, clicked.ToString());
        Assert.True(images >= 2 * ScriptLinks.ScriptUrls.Length, images.ToString());
        await Task.Delay(200); // a dialog opened by the last click is reported
        lock (ran) Assert.True(ran.Count == 0, string.Join("; ", ran));
    }
}
