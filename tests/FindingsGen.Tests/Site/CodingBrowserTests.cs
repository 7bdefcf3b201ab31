using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Deque.AxeCore.Playwright;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>The overview of a study with a linked coding in a real browser: Table 1's Coded column and the matrix's ● and ○ stay accessible.</summary>
[Collection(EnvironmentCollection.Name)]
public sealed class CodingBrowserTests : IClassFixture<ChromiumFixture>
{
    private readonly ChromiumFixture chromium;

    public CodingBrowserTests(ChromiumFixture chromium) => this.chromium = chromium;

    [Fact]
    public async Task The_coded_overview_has_no_accessibility_violations_and_names_each_cell()
    {
        var (temp, study, _) = CodedGardenStudy.Write(QdaShape.Maxqda);
        using (temp)
        {
            string site = Path.Combine(temp.Path, "site");
            Assert.Equal(0, SiteBuilds.Build(study, site).ExitCode);
            var page = await chromium.Browser.NewPageAsync();
            await page.GotoAsync(new Uri(Path.Combine(site, "index.html")).AbsoluteUri);
            var result = await page.RunAxe();
            Assert.True(result.Violations.Length == 0,
                string.Join("; ", result.Violations.Select(v => v.Id + " (" + v.Help + ") at " + string.Join(", ", v.Nodes.Select(n => n.Target.ToString())))));
            // A screen reader hears "coded" for the ○ cell, never the bare symbol.
            var codedOnly = page.Locator("td.coded-only").First;
            Assert.Equal("P2, Peers who understand: 0 quotations, coded", (await codedOnly.InnerTextAsync()).Replace("○", "").Trim());
            Assert.Equal("P1, Peers who understand: 1 quotation, coded",
                await page.Locator("a[href='participants/p1.html#peers']").GetAttributeAsync("aria-label"));
        }
    }
}
