using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// The quotation index at issue 16's size (20,000 quotations by 100 participants, 5 themes of 4 subthemes) in Debian's
/// Chromium from disk: everything a reader does works, with the right counts. Slow (the build and the 9 MB page); how
/// fast it answers is measured by bench/quotation-index.sh, not here.
/// </summary>
[Trait("Category", "Slow")]
[Collection(EnvironmentCollection.Name)]
public sealed class QuotationIndexAtScaleBrowserTests : IClassFixture<LargeQuotationIndexSite>
{
    private readonly LargeQuotationIndexSite site;

    public QuotationIndexAtScaleBrowserTests(LargeQuotationIndexSite site) => this.site = site;

    [Fact]
    public async Task At_20000_quotations_a_reader_filters_searches_clears_and_finds_the_view_again_after_reload_and_back()
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        page.SetDefaultTimeout(60_000);
        await site.FilterSearchAndRestoreAsync(page);
    }
}
