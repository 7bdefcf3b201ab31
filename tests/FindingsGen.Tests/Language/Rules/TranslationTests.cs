using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>Translated quotations: the lock, the site and the browser, on the Norwegian example study.</summary>
[Collection(EnvironmentCollection.Name)]
public sealed class TranslationTests : IClassFixture<ChromiumFixture>
{
    private readonly ChromiumFixture chromium;

    public TranslationTests(ChromiumFixture chromium) => this.chromium = chromium;

    private static string Translated => Path.Combine(StudyCommands.Content, "translated");

    private static TempStudy Copy(bool withTranscripts = true)
    {
        var temp = new TempStudy();
        foreach (var file in Directory.GetFiles(Translated, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(Translated, file);
            if (relative.StartsWith("_site") || (!withTranscripts && relative.StartsWith("transcripts"))) continue;
            temp.Write(relative, File.ReadAllText(file));
        }
        return temp;
    }

    [Fact]
    public void The_norwegian_example_traces_every_original()
    {
        var (exit, output, _) = StudyCommands.Check(Translated);
        Assert.Equal(0, exit);
        Assert.Contains("2 quotation(s), 2 traced", output);
    }

    [Fact]
    public void Editing_a_translation_keeps_the_lock_valid_and_editing_an_original_does_not()
    {
        using var study = Copy(withTranscripts: false);
        string results = Path.Combine(study.Path, "results.md");
        string text = File.ReadAllText(results);
        Assert.Equal(0, StudyCommands.Check(study.Path).Exit);

        File.WriteAllText(results, text.Replace("I tidy brushes and paper", "I put away brushes and paper").Replace("I need to hear my own thoughts again", "I need to hear myself think again"));
        var (exit, output, _) = StudyCommands.Check(study.Path);
        Assert.Equal(0, exit);
        Assert.Contains("2 verified from findings.lock", output);

        File.WriteAllText(results, text.Replace("Jeg rydder pensler og papir", "Jeg rydder penslene og papiret"));
        (exit, output, _) = StudyCommands.Check(study.Path);
        Assert.Equal(1, exit);
        Assert.Contains("results.md(15,1): error FG0106", output); // at the original's line
    }

    [Fact]
    public void The_site_shows_each_translation_with_its_original_marked_with_its_language()
    {
        using var study = Copy();
        var outcome = SiteBuilds.Build(study.Path);
        Assert.Equal(0, outcome.ExitCode);
        string theme = File.ReadAllText(Path.Combine(outcome.OutputFolder!, "themes", "closing.html"));
        Assert.Contains("<details class=\"original\"><summary>Translated from Norwegian Bokmål<span class=\"on-screen\">: show the original</span><span class=\"on-paper\">; the original:</span></summary><blockquote lang=\"nb\"><p>Jeg rydder pensler og papir", theme);
        Assert.Contains("<span class=\"original-inline\">(translated from Norwegian Bokmål; original: <q lang=\"nb\">Jeg trenger å høre mine egne tanker igjen</q>)</span>", theme);
        string quotations = File.ReadAllText(Path.Combine(outcome.OutputFolder!, "quotations.html"));
        Assert.Contains("<blockquote lang=\"nb\">", quotations);
        Assert.Contains("<blockquote lang=\"nb\"><p>Jeg rydder pensler og papir i samme rekkefølge", quotations); // the search reads the original from the page
    }

    [Fact]
    public async Task In_the_browser_the_original_opens_with_one_click_and_the_index_searches_it()
    {
        using var study = Copy();
        var outcome = SiteBuilds.Build(study.Path);
        var page = await chromium.Browser.NewPageAsync();
        await page.GotoAsync(new System.Uri(Path.Combine(outcome.OutputFolder!, "themes", "closing.html")).AbsoluteUri);
        var original = page.Locator("details.original blockquote[lang=nb]");
        Assert.False(await original.IsVisibleAsync());
        await page.Locator("details.original summary").ClickAsync();
        Assert.True(await original.IsVisibleAsync());
        Assert.Contains("«nå er vi ferdige»", await original.InnerTextAsync());

        await page.GotoAsync(new System.Uri(Path.Combine(outcome.OutputFolder!, "quotations.html")).AbsoluteUri);
        await page.Locator("#q-search").FillAsync("rekkefølge");
        Assert.Equal(1, await page.Locator(".quote-list > li:visible").CountAsync());
        Assert.Contains("I tidy brushes", await page.Locator(".quote-list > li:visible").First.InnerTextAsync());
    }
}
