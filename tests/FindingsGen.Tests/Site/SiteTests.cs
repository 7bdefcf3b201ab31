using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using FindingsGen.Site;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>findings build: safety, determinism, care with the disk, privacy, and the pages themselves.</summary>
[Collection(EnvironmentCollection.Name)]
public sealed class SiteTests
{
    /// <summary>Where two versions of a file first differ, with a little of each around it, for a failure message.</summary>
    internal static string Difference(string name, string expected, string actual)
    {
        int at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at]) at++;
        string Around(string text) => text.Substring(Math.Max(0, at - 40), Math.Min(text.Length, at + 40) - Math.Max(0, at - 40));
        return $"{name} differs at character {at}: «{Around(expected)}» against «{Around(actual)}»";
    }

    private static TempStudy CopyOf(string fixture) => CopyOfFolder(Path.Combine(RepoRoot.Path, "tests", "FindingsGen.Tests", "Fixtures", fixture));

    private static TempStudy CopyOfFolder(string source)
    {
        var temp = new TempStudy();
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            temp.Write(Path.GetRelativePath(source, file), File.ReadAllText(file));
        }
        return temp;
    }

    [Fact]
    public void The_example_study_builds_every_page()
    {
        using var study = StudyCommands.CopyOfExample();
        var (outcome, output, _) = SiteBuilds.BuildWithOutput(study.Path);
        Assert.Equal(0, outcome.ExitCode);
        var files = SiteBuilds.Files(Path.Combine(study.Path, "_site"));
        foreach (var page in new[] { "index.html", "themes/carrying.html", "themes/holding.html", "quotations.html", "report.html", "participants/t1.html",
                     "findings.json", "quotations.csv", "assets/site.css", "assets/site.js" })
        {
            Assert.True(files.ContainsKey(page), page);
        }
        Assert.Matches(@"^findings build: 12 pages, 18 quotations → .*_site \(\d+ ms\)$", output.Trim());
        Assert.Contains("Table 1. Themes and subthemes", files["index.html"]);
        Assert.Contains("<svg class=\"thematic-map\"", files["index.html"]);
        Assert.Contains("<span class=\"attribution\">(<a href=\"../participants/t1.html\">T1</a>, hospital, 12 years)</span> <details class=\"provenance prov-verbatim\"><summary><span aria-hidden=\"true\">✓ </span>verified</summary>" +
            "<span class=\"provenance-note\"><span class=\"provenance-line\">Verified verbatim in T1&#39;s transcript, lines 8–9. Transcript SHA-256: <code class=\"hash\">", files["themes/carrying.html"]);
        Assert.Equal(18, files["quotations.html"].Split("<li id=").Length - 1);
        Assert.Contains("<td>29</td>", files["report.html"]);
        // A cross-reference with empty text shows its target's title and links to the page it is on.
        Assert.Contains("<a href=\"themes/carrying.html#carrying\">Carrying the session afterwards</a>", files["index.html"]);
    }

    [Fact]
    public void Nothing_unsafe_in_titles_attributes_links_or_quotations_reaches_the_html()
    {
        using var temp = new TempStudy();
        temp.Write("findings.yml", "title: '\"><script>alert(1)</script>'\nparticipants:\n  P1: { note: '\"><img src=x onerror=alert(2)>' }\n" +
                                   "rules: { FG0008: none, FG0106: none }\n");
        temp.Write("results.md",
            "# <script>alert(3)</script> theme {#t .theme}\n\n" +
            "<script>alert(4)</script>\n\n<b onclick=\"alert(5)\">bold</b> and [a](javascript:alert(6)) and [b](JaVa\tScRiPt:alert(7)) and [c](data:text/html,x)\n\n" +
            "::: {.quote from=P1}\n<script>alert(8)</script> \"><svg onload=alert(9)>\n:::\n\n" +
            "[\"<img src=y onerror=alert(10)>\"]{.quote from=P1} and [<i onmouseover=alert(11)>x</i>]{.note}\n");
        var outcome = SiteBuilds.Build(temp.Path, draft: true);
        Assert.NotNull(outcome.OutputFolder);
        foreach (var (name, text) in SiteBuilds.Files(outcome.OutputFolder!).Where(f => f.Key.EndsWith(".html")))
        {
            string lower = text.ToLowerInvariant();
            Assert.DoesNotContain("<script>alert", lower);
            Assert.DoesNotContain("<img src=", lower);
            Assert.DoesNotContain("<svg onload", lower);
            Assert.DoesNotContain("<b onclick", lower);
            Assert.DoesNotContain("<i onmouseover", lower);
            Assert.DoesNotMatch("(href|src)=\"[\\s]*javascript:", lower.Replace("\t", ""));
            Assert.DoesNotContain("href=\"data:", lower);
        }
        var theme = File.ReadAllText(Path.Combine(outcome.OutputFolder!, "themes", "t.html"));
        Assert.Contains("<a href=\"\">a</a>", theme); // the javascript: target is dropped, the link text kept
        var index = File.ReadAllText(Path.Combine(outcome.OutputFolder!, "index.html"));
        Assert.Contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;", index);
        var participant = File.ReadAllText(Path.Combine(outcome.OutputFolder!, "participants", "p1.html"));
        Assert.Contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;", participant);
    }

    [Fact]
    public void The_same_study_gives_byte_identical_output_whatever_the_culture_or_file_order()
    {
        using var a = StudyCommands.CopyOfExample();
        using var b = new TempStudy();
        // The same files, written in reverse order.
        foreach (var file in Directory.GetFiles(a.Path, "*", SearchOption.AllDirectories).OrderByDescending(f => f, StringComparer.Ordinal))
        {
            string target = Path.Combine(b.Path, Path.GetRelativePath(a.Path, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ar-SA");
            SiteBuilds.Build(a.Path);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("nb-NO");
            SiteBuilds.Build(b.Path);
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        }
        var first = SiteBuilds.Files(Path.Combine(a.Path, "_site"));
        var second = SiteBuilds.Files(Path.Combine(b.Path, "_site"));
        Assert.Equal(first.Keys, second.Keys);
        foreach (var key in first.Keys) Assert.True(first[key] == second[key], Difference(key, first[key], second[key]));
        Assert.DoesNotContain("Built on", first["index.html"]);
    }

    [Fact]
    public void A_page_renders_the_same_whatever_the_thread_rendered_before_it()
    {
        // Each thread keeps its Markdown renderer from page to page (and from build to build): nothing of one page may
        // reach the next. Pages that end in a fenced div (a quotation or a note) left Markdig thinking the last line was
        // open, and the next page on that thread began with an extra line break.
        using var study = new TempStudy();
        study.Write("findings.yml", "title: T\nparticipants:\n  P1: { a: b }\npages: [intro.md, results.md]\nrules: { FG0106: none, FG0008: none }\n");
        study.Write("intro.md", "Introduction.\n\n- a list\n- of two\n");
        study.Write("results.md",
            "# One {#one .theme}\n\nText.\n\n::: {.quote from=P1}\nWords of theirs.\n:::\n\n" +
            "# Two {#two .theme}\n\nText.\n\n::: {.note}\nA note.\n:::\n\n" +
            "# Three {#three .theme}\n\n> A block quote.\n\n```\ncode\n```\n");
        var prepared = SitePipeline.Prepare(study.Path, new StringWriter())!;
        var model = new SiteModelBuilder(prepared.Result);
        model.QuotationViews();
        var themes = prepared.Study.Themes;
        Assert.Equal(3, themes.Count);

        string OnNewThread(Func<string> render)
        {
            string html = "";
            var thread = new System.Threading.Thread(() => html = render());
            thread.Start();
            thread.Join();
            return html;
        }

        string overview = OnNewThread(() => model.Overview().IntroHtml.Html);
        var pages = themes.Select(t => OnNewThread(() => model.Theme(t).Html.Html)).ToList();
        Assert.StartsWith("<p>Introduction.</p>", overview);
        foreach (var before in themes)
        {
            // One thread: a theme page, then the overview, then every theme page.
            var (after, again) = (string.Empty, new List<string>());
            OnNewThread(() =>
            {
                model.Theme(before);
                after = model.Overview().IntroHtml.Html;
                again.AddRange(themes.Select(t => model.Theme(t).Html.Html));
                return "";
            });
            Assert.Equal(overview, after);
            Assert.Equal(pages, again);
        }
    }

    [Fact]
    public void Source_date_epoch_and_only_it_puts_a_date_on_the_pages()
    {
        using var study = StudyCommands.CopyOfExample();
        Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", "1764000000");
        try
        {
            SiteBuilds.Build(study.Path);
        }
        finally
        {
            Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", null);
        }
        Assert.Contains("Built on 2025-11-24.", File.ReadAllText(Path.Combine(study.Path, "_site", "index.html")));
    }

    [Fact]
    public void With_errors_nothing_is_published_and_a_draft_carries_a_banner_on_every_page()
    {
        using var study = StudyCommands.CopyOfExample();
        string results = Path.Combine(study.Path, "results.md");
        File.WriteAllText(results, File.ReadAllText(results).Replace("[Most]{.freq of=\"T1 T2 T4 T5\"}", "[Most]{.freq of=\"T1 T2\"}"));
        var (outcome, output, _) = SiteBuilds.BuildWithOutput(study.Path);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("error FG0001", output);
        Assert.Contains("findings build: not published — 1 error(s); fix them, or publish a draft with --draft", output);
        Assert.False(Directory.Exists(Path.Combine(study.Path, "_site")));

        outcome = SiteBuilds.Build(study.Path, draft: true);
        Assert.Equal(1, outcome.ExitCode);
        foreach (var (name, text) in SiteBuilds.Files(outcome.OutputFolder!).Where(f => f.Key.EndsWith(".html")))
        {
            Assert.Contains("Draft — 1 unresolved problem.", text);
        }
    }

    [Fact]
    public void Dangerous_output_folders_are_refused_and_left_alone()
    {
        using var study = StudyCommands.CopyOfExample();
        using var other = new TempStudy();
        other.Write(".git/HEAD", "ref: refs/heads/main\n");
        using var foreign = new TempStudy();
        string keep = foreign.Write("thesis.docx", "my thesis");
        var cases = new Dictionary<string, string>
        {
            [study.Path] = "it is the study folder",
            [Path.GetDirectoryName(study.Path)!] = "it contains the study folder",
            ["/"] = "it is a filesystem root",
            [other.Path] = "it holds a .git repository",
            [foreign.Path] = "it is not empty and was not written by FindingsGen",
        };
        foreach (var (output, reason) in cases)
        {
            var (outcome, _, error) = SiteBuilds.BuildWithOutput(study.Path, output);
            Assert.Equal(2, outcome.ExitCode);
            Assert.Contains(reason, error);
        }
        Assert.True(File.Exists(keep));
        Assert.True(File.Exists(Path.Combine(other.Path, ".git", "HEAD")));
    }

    [Fact]
    public void A_rebuild_replaces_the_previous_site_whole_and_a_failed_one_leaves_it_intact()
    {
        using var study = StudyCommands.CopyOfExample();
        string site = Path.Combine(study.Path, "_site");
        SiteBuilds.Build(study.Path);
        // A page an earlier build wrote (a theme since removed) is listed in the marker: the rebuild drops it.
        File.WriteAllText(Path.Combine(site, "stale.html"), "old");
        File.AppendAllText(Path.Combine(site, ".findingsgen-site"), "stale.html\n");
        Directory.CreateDirectory(Path.Combine(study.Path, "._site.building-interrupted"));
        File.WriteAllText(Path.Combine(study.Path, "._site.building-interrupted", ".findingsgen-site"), "x");
        SiteBuilds.Build(study.Path);
        Assert.False(File.Exists(Path.Combine(site, "stale.html")));
        Assert.False(Directory.Exists(Path.Combine(study.Path, "._site.building-interrupted")));
        Assert.Empty(Directory.GetDirectories(study.Path, "._site.*"));

        string before = File.ReadAllText(Path.Combine(site, "index.html"));
        Directory.CreateDirectory(Path.Combine(study.Path, "_templates"));
        File.WriteAllText(Path.Combine(study.Path, "_templates", "index.html"), "{{ if }}");
        var (outcome, _, error) = SiteBuilds.BuildWithOutput(study.Path);
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("_templates/index.html(1,", error);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site, "index.html")));
    }

    [Fact]
    public void A_rebuild_reuses_unchanged_files_without_ever_writing_into_the_previous_site()
    {
        using var study = StudyCommands.CopyOfExample();
        string site = Path.Combine(study.Path, "_site");
        SiteBuilds.Build(study.Path);
        string theme = Directory.GetFiles(Path.Combine(site, "themes")).OrderBy(f => f, StringComparer.Ordinal).First();
        string themeBefore = File.ReadAllText(theme);
        // Other names for the old files, as a web server still serving them would hold: the overview's must keep its bytes.
        string held = Path.Combine(study.Path, "held-index.html"), heldTheme = Path.Combine(study.Path, "held-theme.html");
        Assert.True(FindingsGen.Files.Runtime.HardLink.TryCreate(Path.Combine(site, "index.html"), held));
        Assert.True(FindingsGen.Files.Runtime.HardLink.TryCreate(theme, heldTheme));
        string indexBefore = File.ReadAllText(held);

        string intro = Path.Combine(study.Path, "introduction.md");
        File.WriteAllText(intro, File.ReadAllText(intro) + "\nA sentence added for the rebuild.\n");
        SiteBuilds.Build(study.Path);

        Assert.Contains("A sentence added for the rebuild.", File.ReadAllText(Path.Combine(site, "index.html")));
        Assert.Equal(indexBefore, File.ReadAllText(held));
        Assert.Equal(themeBefore, File.ReadAllText(theme));
        // The unchanged theme page was not written again: the new site's file is the old one under a new name.
        File.AppendAllText(heldTheme, "<!-- shared -->");
        Assert.EndsWith("<!-- shared -->", File.ReadAllText(theme));
        Assert.Empty(Directory.GetDirectories(study.Path, "._site.*"));

        // A link planted in the old site, in place of a file or a folder of it, was not written by FindingsGen: the
        // site is not replaced (removing it must never reach through a link), and what the links point to is untouched.
        string outside = Path.Combine(study.Path, "outside.css");
        File.Copy(Path.Combine(site, "assets", "site.css"), outside);
        File.Delete(Path.Combine(site, "assets", "site.css"));
        File.CreateSymbolicLink(Path.Combine(site, "assets", "site.css"), outside);
        string participants = Path.Combine(site, "participants"), elsewhere = Path.Combine(study.Path, "elsewhere");
        Directory.Move(participants, elsewhere);
        Directory.CreateSymbolicLink(participants, elsewhere);
        int elsewhereFiles = Directory.GetFiles(elsewhere).Length;
        var (outcome, _, error) = SiteBuilds.BuildWithOutput(study.Path);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("it holds files FindingsGen did not write (participants, assets/site.css)", error);
        Assert.NotNull(new FileInfo(Path.Combine(site, "assets", "site.css")).LinkTarget);
        Assert.True(File.Exists(outside));
        Assert.Equal(elsewhereFiles, Directory.GetFiles(elsewhere).Length);
        Assert.Empty(Directory.GetDirectories(study.Path, "._site.*"));
    }

    [Fact]
    public void A_long_build_reports_its_progress_against_the_number_of_pages_it_writes()
    {
        using var study = new TempStudy();
        study.Write("findings.yml", "title: Many themes\nparticipants:\n  P1: {}\n");
        var page = new StringBuilder();
        for (int i = 1; i <= 250; i++) page.Append($"# Theme {i} {{#t{i} .theme}}\n\n## Part {i} {{#s{i} .subtheme}}\n\nSome prose.\n\n");
        study.Write("results.md", page.ToString());
        var (outcome, output, _) = SiteBuilds.BuildWithOutput(study.Path, draft: true);
        Assert.Equal(255, outcome.Pages); // overview, quotations, report, participants, 250 themes, 1 participant
        Assert.Contains("findings build: rendered 100 of 255 pages\u2026", output);
        Assert.Contains("findings build: rendered 200 of 255 pages\u2026", output);
        Assert.DoesNotContain("rendered 300", output);
    }

    [Fact]
    public void A_study_can_override_a_template()
    {
        using var study = StudyCommands.CopyOfExample();
        Directory.CreateDirectory(Path.Combine(study.Path, "_templates"));
        File.WriteAllText(Path.Combine(study.Path, "_templates", "report.html"), "<h1>Our own report for {{ site.title | html.escape }}</h1>");
        SiteBuilds.Build(study.Path);
        Assert.Contains("<h1>Our own report for Between sessions</h1>", File.ReadAllText(Path.Combine(study.Path, "_site", "report.html")));
    }

    [Fact]
    public void A_template_that_forgets_to_escape_is_escaped_anyway_and_html_escape_does_not_escape_twice()
    {
        using var temp = new TempStudy();
        temp.Write("findings.yml", "title: 'Fish & <b>chips</b> \"quoted\" \U0001F41F på kaia'\nparticipants:\n  P1: { note: x }\nrules: { FG0008: none, FG0106: none }\n");
        temp.Write("results.md", "# Theme {#t .theme}\n\nSome *prose*.\n");
        temp.Write("_templates/report.html",
            "<p id=\"plain\">{{ site.title }}</p><p id=\"piped\">{{ site.title | html.escape }}</p><p id=\"twice\">{{ site.title | html.escape | html.escape }}</p>" +
            "<p id=\"number\">{{ report.errors }}</p><a title=\"{{ site.title }}\">x</a><p id=\"concat\">{{ site.title + '<i>' }}</p>");
        var outcome = SiteBuilds.Build(temp.Path);
        Assert.Equal(0, outcome.ExitCode);
        string report = File.ReadAllText(Path.Combine(outcome.OutputFolder!, "report.html"));
        const string Escaped = "Fish &amp; &lt;b&gt;chips&lt;/b&gt; &quot;quoted&quot; \U0001F41F på kaia"; // letters outside ASCII, and a surrogate pair, as they are
        Assert.Contains($"<p id=\"plain\">{Escaped}</p>", report);
        Assert.Contains($"<p id=\"piped\">{Escaped}</p>", report);
        Assert.Contains($"<p id=\"twice\">{Escaped}</p>", report);
        Assert.Contains("<p id=\"number\">0</p>", report);
        Assert.Contains($"<a title=\"{Escaped}\">x</a>", report);
        Assert.Contains($"<p id=\"concat\">{Escaped}&lt;i&gt;</p>", report);
        Assert.DoesNotContain("<b>chips", report);
        // Markup the site made itself is written as it is: the rendered prose of the theme page and the page itself in the layout.
        string theme = File.ReadAllText(Path.Combine(outcome.OutputFolder!, "themes", "t.html"));
        Assert.Contains("<p>Some <em>prose</em>.</p>", theme);
        Assert.Contains($"<title>Theme · {Escaped}</title>", theme);
    }

    [Theory]
    [InlineData("site-study")]
    [InlineData("translated")]
    public void Pages_match_their_golden_files(string fixture)
    {
        using var study = fixture == "translated" ? CopyOfFolder(Path.Combine(StudyCommands.Content, "translated")) : CopyOf(fixture);
        var outcome = SiteBuilds.Build(study.Path);
        Assert.Equal(0, outcome.ExitCode);
        MatchGolden(fixture, outcome.OutputFolder!);
    }

    /// <summary>
    /// The built pages (assets and the site marker aside, and any file <paramref name="skip"/> names) equal the golden
    /// files in Golden/<paramref name="fixture"/>, which FINDINGS_UPDATE_GOLDEN=1 rewrites. Returns the pages compared.
    /// </summary>
    private static Dictionary<string, string> MatchGolden(string fixture, string output, params string[] skip)
    {
        string golden = Path.Combine(RepoRoot.Path, "tests", "FindingsGen.Tests", "Golden", fixture);
        var files = SiteBuilds.Files(output).Where(f => !f.Key.StartsWith("assets/") && f.Key != ".findingsgen-site" && Array.IndexOf(skip, f.Key) < 0)
            .ToDictionary(f => f.Key, f => f.Value);
        if (Environment.GetEnvironmentVariable("FINDINGS_UPDATE_GOLDEN") == "1")
        {
            foreach (var (name, text) in files)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(golden, name))!);
                File.WriteAllText(Path.Combine(golden, name), text);
            }
        }
        var expected = SiteBuilds.Files(golden);
        Assert.Equal(expected.Keys.OrderBy(k => k, StringComparer.Ordinal), files.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var key in expected.Keys) Assert.True(expected[key].ReplaceLineEndings("\n") == files[key].ReplaceLineEndings("\n"), Difference(key, expected[key], files[key]));
        return files;
    }

    /// <summary>
    /// A near-verbatim quotation (FG0104) is not counted verified anywhere — overview, report, COREQ item 29,
    /// findings.json, quotations.csv — and is shown as near-verbatim; the declared editing is stated as a sentence of
    /// method in the report's COREQ section. Pages without diagnostics are golden files; the report and findings.json
    /// also carry the FG0104 message, whose wording is the matcher's, so they are checked line by line instead.
    /// </summary>
    [Fact]
    public void A_near_verbatim_quotation_is_not_counted_verified_golden()
    {
        using var study = CopyOf("near-verbatim");
        var outcome = SiteBuilds.Build(study.Path);
        Assert.Equal(0, outcome.ExitCode);
        var files = MatchGolden("near-verbatim", outcome.OutputFolder!, "report.html", "findings.json");

        Assert.Contains("Quotations are the participants&#39; own words: 1 of 2 quotations verified, 1 near-verbatim (not verified)", files["index.html"]);
        Assert.Contains(",\"By the end of the night shift I could hardly keep my eyes open, it was that long.\",,no,\"near-verbatim in P2's transcript, line 2;", files["quotations.csv"]);
        string report = File.ReadAllText(Path.Combine(outcome.OutputFolder!, "report.html"));
        Assert.Contains("<tr><td>Quotations are the participants&#39; own words</td><td>1 of 2 quotations verified, 1 near-verbatim (not verified)</td><td>no</td></tr>", report);
        Assert.Contains("<td>2 quotations, each attributed (from=) to a participant; 1 verified against the transcripts or the lock, 1 near-verbatim (not verified). " +
            "Fillers (um, uh) and repeated words were removed from quotations.</td>", report);
        Assert.Contains("<p id=\"editing\">Editing of quotations: Fillers (um, uh) and repeated words were removed from quotations.", report);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(outcome.OutputFolder!, "findings.json")));
        var quotes = json.RootElement.GetProperty("quotations").EnumerateArray().ToList();
        Assert.Equal(new[] { (true, false), (false, true) }, quotes.Select(q => (q.GetProperty("verified").GetBoolean(), q.GetProperty("nearVerbatim").GetBoolean())));
        Assert.StartsWith("near-verbatim in P2's transcript", quotes[1].GetProperty("provenance").GetString());
    }

    [Fact]
    public void Without_declared_editing_the_report_states_none()
    {
        using var study = CopyOf("site-study");
        var outcome = SiteBuilds.Build(study.Path);
        string report = File.ReadAllText(Path.Combine(outcome.OutputFolder!, "report.html"));
        Assert.DoesNotContain("id=\"editing\"", report);
        Assert.DoesNotContain("removed from quotations", report);
    }

    [Fact]
    public void Findings_json_follows_its_documented_schema()
    {
        using var study = StudyCommands.CopyOfExample();
        var outcome = SiteBuilds.Build(study.Path);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(outcome.OutputFolder!, "findings.json")));
        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "findings.schema.json")));
        void Conforms(System.Text.Json.JsonElement value, System.Text.Json.JsonElement rule, string where)
        {
            var properties = rule.GetProperty("properties");
            foreach (var required in rule.GetProperty("required").EnumerateArray()) Assert.True(value.TryGetProperty(required.GetString()!, out _), where + "." + required);
            foreach (var property in value.EnumerateObject()) Assert.True(properties.TryGetProperty(property.Name, out _), where + "." + property.Name + " is not in the schema");
        }
        var root = schema.RootElement;
        Conforms(json.RootElement, root, "$");
        foreach (var list in new[] { "participants", "themes", "claims", "quotations", "diagnostics", "frequency" })
        {
            var items = root.GetProperty("properties").GetProperty(list).GetProperty("items");
            foreach (var item in json.RootElement.GetProperty(list).EnumerateArray()) Conforms(item, items, "$." + list);
        }
        Assert.Equal(18, json.RootElement.GetProperty("quotations").GetArrayLength());
    }
}
