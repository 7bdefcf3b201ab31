using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using FindingsGen.Site;
using FindingsGen.Site.Html;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// What the site writes into HTML: one safe-URL rule for every link form, raw HTML never live, pages never cut short,
/// and a study's own templates bounded and reported as located FG0204 errors.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class SiteHtmlTests
{
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("  javascript:alert(1)")]
    [InlineData("\u0001\u0002javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("java\rscript:alert(1)")]
    [InlineData("jav\u007Fascript:alert(1)")]
    [InlineData("javascript\t:alert(1)")]
    [InlineData("&#106;avascript:alert(1)")]
    [InlineData("&#x6a;avascript:alert(1)")]
    [InlineData("&#106avascript:alert(1)")]
    [InlineData("&#x09;javascript:alert(1)")]
    [InlineData("java&#x09;script:alert(1)")]
    [InlineData("java&Tab;script:alert(1)")]
    [InlineData("javascript&colon;alert(1)")]
    [InlineData("javascript&#58;alert(1)")]
    [InlineData("&amp;#106;avascript:alert(1)")]
    [InlineData("&amp;amp;#106;avascript:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("data:image/svg+xml,<svg onload=alert(1)>")]
    [InlineData("livescript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/")]
    [InlineData("java script:alert(1)")]
    public void The_one_url_rule_refuses_every_script_url_however_it_is_written(string url)
    {
        Assert.False(SafeUrls.IsAllowed(url), url);
        Assert.Equal("", SafeUrls.Filter(url));
    }

    [Theory]
    [InlineData("https://example.org/a?b=c#d")]
    [InlineData("HTTP://EXAMPLE.ORG/")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("themes/carrying.html#images")]
    [InlineData("#fragment")]
    [InlineData("../report.html")]
    [InlineData("?q=1")]
    [InlineData("//example.org/x")]
    [InlineData("page.html?next=javascript:x")]
    [InlineData("https://example.org/?a=1&amp;b=2")]
    [InlineData("")]
    public void The_one_url_rule_keeps_http_https_mailto_and_relative_urls(string url)
    {
        Assert.True(SafeUrls.IsAllowed(url), url);
        Assert.Equal(url, SafeUrls.Filter(url));
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>x</p>", "does not end with </html>")]
    [InlineData("<html><body><p>x</p></body></html>\n</div>", "does not end with </html>")]
    [InlineData("<html><body><b onclick=\"alert(1)\">x</b></body></html>", "event handler")]
    [InlineData("<html><body><svg><g ONLOAD=alert(1)></g></svg></body></html>", "event handler")]
    [InlineData("<html><body><a href=\"javascript:alert(1)\">x</a></body></html>", "href=")]
    [InlineData("<html><body><a href='&#106;avascript:alert(1)'>x</a></body></html>", "href=")]
    [InlineData("<html><body><a href=java&#x09;script:alert(1)>x</a></body></html>", "href=")]
    [InlineData("<html><body><A HREF=JaVaScRiPt:alert(1)>x</A></body></html>", "HREF=")]
    [InlineData("<html><body><a\nhref\n=\n' javascript:alert(1)'>x</a></body></html>", "href=")]
    [InlineData("<html><body><img src=\"x\" srcset=\"a.png 1x, javascript:alert(1) 2x\"></body></html>", "srcset=")]
    [InlineData("<html><body><svg><a xlink:href=\"javascript:alert(1)\">x</a></svg></body></html>", "xlink:href=")]
    [InlineData("<html><body><form action=\"vbscript:x\"></form></body></html>", "action=")]
    [InlineData("<html><body><iframe srcdoc=\"&lt;script&gt;\"></iframe></body></html>", "srcdoc")]
    [InlineData("<html><head><meta http-equiv=\"refresh\" content=\"0; url=javascript:alert(1)\"></head></html>", "meta")]
    [InlineData("<html><body><p style=\"background:url(javascript:alert(1))\">x</p></body></html>", "style=")]
    public void The_last_check_refuses_a_page_cut_short_or_carrying_live_script(string html, string expected)
    {
        Assert.Contains(expected, PageCheck.Problem(Encoding.UTF8.GetBytes(html)));
    }

    [Fact]
    public void The_last_check_passes_text_that_only_looks_like_markup_and_script_bodies()
    {
        const string Html = "<!DOCTYPE html>\n<html lang=\"en\"><head><title>a onclick=x</title></head><body>" +
                            "<p>&lt;b onclick=alert(1)&gt; and javascript:alert(1) as text</p><!-- <a href=javascript:x> -->" +
                            "<a href=\"https://example.org/\" data-of=\"T1 T2\">x</a><a href=\"\">y</a><img src=\"assets/x.png\" alt=\"online\">" +
                            "<script type=\"application/json\">{\"t\":\"\\u003cb onclick=x\\u003e\"}</script><script src=\"assets/site.js\"></script>\n</body>\n</html>\n";
        Assert.Null(PageCheck.Problem(Encoding.UTF8.GetBytes(Html)));
    }

    [Fact]
    public void The_last_check_reads_the_page_as_utf8_text_in_any_script()
    {
        // Letters outside ASCII in names, values and text, a </SCRIPT> in capitals, and a no-break space after the end.
        const string Clean = "<html><body><p title=\"Ærø – 東京\">Ærø 東京 😀</p><script>let a = \"<b onclick=x>\";</SCRIPT>" +
                             "<a href=\"themes/été.html\">é</a></body></html>\u00A0\n";
        Assert.Null(PageCheck.Problem(Encoding.UTF8.GetBytes(Clean)));
        Assert.Contains("href=", PageCheck.Problem(Encoding.UTF8.GetBytes("<html><body><a href=\"é javascript:x\">東京</a></body></html>")));
        Assert.Contains("event handler", PageCheck.Problem(Encoding.UTF8.GetBytes("<html><body><p title=\"東京\" onclick=\"x\">é</p></body></html>")));
    }

    [Fact]
    public void No_link_form_anywhere_carries_a_script_url_or_live_html_into_the_pages()
    {
        using var study = ScriptLinks.StudyFullOfScriptLinks();
        var (outcome, output, error) = SiteBuilds.BuildWithOutput(study.Path, draft: true);
        Assert.True(outcome.OutputFolder is not null, output + error);
        Assert.Null(ScriptLinks.LiveScript(outcome.OutputFolder!));
        string theme = File.ReadAllText(Path.Combine(outcome.OutputFolder!, "themes", "links.html"));
        for (int i = 0; i < ScriptLinks.ScriptUrls.Length; i++)
        {
            // The text of every refused link is kept; only its target goes.
            foreach (var text in new[] { "inline", "reference", "span", "claim", "div", "cell", "blockquote", "list", "heading" }) Assert.Contains($">{text}{i}</a>", theme);
            Assert.Contains($"alt=\"image{i}\"", theme);
        }
        Assert.Contains("<a href=\"https://example.org/\">link</a>", theme);
        Assert.Contains("<a href=\"#links\">cross-reference</a>", theme);
        Assert.Contains("&lt;script&gt;alert(", theme); // raw HTML is shown as text
        Assert.Contains("&lt;img src=y onerror=alert(", theme); // also inside a span
        Assert.Contains("&lt;javascript:alert(1)&gt;", theme); // a refused autolink is shown as written
        Assert.DoesNotContain("<script>alert", theme);
    }

    [Fact]
    public void Javascript_links_in_an_autolink_a_span_and_a_claim_are_not_published_live()
    {
        // The acceptance case 10-javascript-links.
        using var study = new TempStudy();
        study.Write("findings.yml", "title: x\nparticipants: {T1: {}, T2: {}}\nfrequency: {two: 2}\n");
        study.Write("results.md", "Autolink: <javascript:alert(1)>\n\nIn a span: [see [here](javascript:alert(2))]{.note}\n\nIn a claim: [Two [x](javascript:alert(3))]{.freq of=\"T1 T2\"} participants.\n");
        var (outcome, output, error) = SiteBuilds.BuildWithOutput(study.Path, draft: true);
        Assert.True(outcome.ExitCode is 0 or 1, output + error);
        string index = File.ReadAllText(Path.Combine(outcome.OutputFolder!, "index.html"));
        Assert.Null(ScriptLinks.LiveScript(outcome.OutputFolder!));
        Assert.Contains("<a href=\"\">here</a>", index);
        Assert.Contains("<a href=\"\">x</a>", index);
        Assert.Contains("&lt;javascript:alert(1)&gt;", index);
        Assert.DoesNotContain("javascript:alert(2)", index);
    }

    [Fact]
    public void A_url_a_template_writes_from_the_study_is_checked_too_and_a_page_with_live_script_is_not_published()
    {
        using var study = new TempStudy();
        study.Write("findings.yml", "title: 'javascript:alert(1)'\nparticipants: {T1: {}}\nrules: { FG0008: none, FG0106: none }\n");
        study.Write("results.md", "# Theme {#t .theme}\n\nText.\n");
        study.Write("_templates/index.html", "<p><a href=\"{{ site.title }}\">home</a></p>");
        var (outcome, _, error) = SiteBuilds.BuildWithOutput(study.Path);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Null(outcome.OutputFolder);
        Assert.StartsWith("_templates/index.html(1,1): error FG0204: a <a> tag's href= holds a URL that is not http, https, mailto or relative", error);
        Assert.False(Directory.Exists(Path.Combine(study.Path, "_site")));

        study.Write("_templates/index.html", "<p onmouseover=\"x()\">{{ site.title }}</p>");
        (outcome, _, error) = SiteBuilds.BuildWithOutput(study.Path);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("error FG0204: a <p> tag carries an event handler attribute (onmouseover=)", error);
    }

    [Theory]
    [InlineData("{{ while true; end }}", "iteration limit|took longer")]
    [InlineData("<h1>{{ site.titel }}</h1>", "titel")]
    [InlineData("{{ include 'x' }}", "include")]
    [InlineData("{{ func f; f; end; f }}", "recursive")]
    [InlineData("{{ for i in 1..100000; for j in 1..100000; end; end }}", "iteration limit|took longer")]
    [InlineData("{{ nope 1 }}", "nope")]
    [InlineData("{{ site.title.foo }}", "foo")]
    [InlineData("{{ '-' | string.pad_left 1000000000 }}", "LimitToString")]
    [InlineData("{{ if }}", "FG0204: .*if")]
    public void A_template_that_never_ends_or_fails_is_a_located_error_and_nothing_is_published(string template, string expected)
    {
        // The acceptance case 14-template-loop-and-errors, and more of its kind.
        using var study = new TempStudy();
        study.Write("findings.yml", "title: x\nparticipants: {T1: {}}\n");
        study.Write("results.md", "Some text.\n");
        study.Write("_templates/index.html", template + "\n");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (outcome, output, error) = SiteBuilds.BuildWithOutput(study.Path);
        Assert.True(watch.Elapsed < TemplateSet.UserTimeLimit * 2, watch.Elapsed.ToString());
        Assert.Equal(2, outcome.ExitCode);
        Assert.Matches(@"^_templates/index\.html\(1,\d+\): error FG0204: ", error);
        Assert.Matches(expected, error); // on a busy machine the time limit may stop a loop before its iteration limit
        Assert.DoesNotContain("   at ", error + output);
        Assert.False(Directory.Exists(Path.Combine(study.Path, "_site")));
    }

    [Fact]
    public void A_template_that_recurses_without_a_loop_is_stopped_by_the_time_limit()
    {
        using var study = new TempStudy();
        study.Write("findings.yml", "title: x\nparticipants: {T1: {}}\n");
        study.Write("results.md", "Some text.\n");
        study.Write("_templates/theme.html", "{{ func f(n); if n > 0; f(n - 1); f(n - 1); end; end; f 60 }}");
        study.Write("results.md", "# A {#a .theme}\n\nText.\n\n# B {#b .theme}\n\nText.\n\n# C {#c .theme}\n\nText.\n");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (outcome, _, error) = SiteBuilds.BuildWithOutput(study.Path, draft: true);
        Assert.True(watch.Elapsed < TemplateSet.UserTimeLimit * 2.5, watch.Elapsed.ToString()); // one failing page stops the rest
        Assert.Equal(2, outcome.ExitCode);
        // Pages render on every core: each page already rendering when the first one fails may report too.
        var lines = error.Trim().Split('\n');
        Assert.InRange(lines.Length, 1, Environment.ProcessorCount);
        foreach (var line in lines)
        {
            Assert.Matches($@"^_templates/theme\.html\(1,\d+\): error FG0204: the template took longer than {TemplateSet.UserTimeLimit.TotalSeconds:0} s to render one page$", line.TrimEnd('\r'));
        }
    }

    [Fact]
    public void A_layout_that_does_not_end_the_page_is_refused()
    {
        using var study = new TempStudy();
        study.Write("findings.yml", "title: x\nparticipants: {T1: {}}\n");
        study.Write("results.md", "Some text.\n");
        study.Write("_templates/layout.html", "<!DOCTYPE html><html><body>{{ content }}</body>");
        var (outcome, _, error) = SiteBuilds.BuildWithOutput(study.Path);
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("_templates/layout.html(1,1): error FG0204: the page does not end with </html>", error);
    }

    [Fact]
    public void The_built_in_templates_render_with_strict_variables_and_a_typo_in_an_override_names_its_place()
    {
        using var study = StudyCommands.CopyOfExample();
        study.Write("_templates/participant.html", "<h1>{{ participant.id }}</h1>\n<p>{{ participant.idd }}</p>");
        var (outcome, _, error) = SiteBuilds.BuildWithOutput(study.Path);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Matches(@"^_templates/participant\.html\(2,\d+\): error FG0204: .*idd", error.Trim());
    }

    [Fact]
    public void Twenty_thousand_quotations_and_every_diagnostic_are_all_on_their_pages()
    {
        // The acceptance case 12-long-page-truncated: Scriban's default cut a page at 1 MiB characters, mid-element.
        const int Participants = 50, Pages = 20, PerPage = 1000, Claims = 3000;
        using var study = new TempStudy();
        var manifest = new StringBuilder("title: Big\nparticipants:\n");
        for (int p = 1; p <= Participants; p++) manifest.Append($"  P{p}: {{}}\n");
        manifest.Append($"frequency: {{ all: {Participants}, one: 1, two: 2 }}\ntranscripts:\n  path: transcripts/{{id}}.*\n  interviewer: [I]\n");
        manifest.Append("pages: [" + string.Join(", ", Enumerable.Range(0, Pages).Select(n => $"p{n:00}.md")) + "]\n");
        study.Write("findings.yml", manifest.ToString());
        var transcripts = Enumerable.Range(1, Participants).ToDictionary(p => p, _ => new StringBuilder());
        int k = 0;
        for (int n = 0; n < Pages; n++)
        {
            var page = new StringBuilder($"# Theme {n} {{#t{n} .theme}}\n\n");
            for (int q = 0; q < PerPage; q++, k++)
            {
                int p = k % Participants + 1;
                string words = $"the session stayed with me marker{k} through the evening";
                transcripts[p].Append($"I: question {k}?\nP{p}: {words}.\n");
                page.Append(q % 2 == 0 ? $"::: {{#q{k} .quote from=P{p}}}\n{words}\n:::\n\n" : $"As one said, [\"{words}\"]{{#q{k} .quote from=P{p}}}.\n\n");
            }
            if (n == 0)
            {
                for (int c = 0; c < Claims; c++) page.Append($"[All]{{.freq of=\"P1 P2\"}} claim {c}.\n\n"); // each an FG0001 error
            }
            study.Write($"p{n:00}.md", page.ToString());
        }
        foreach (var (p, text) in transcripts) study.Write($"transcripts/P{p}.txt", text.ToString());

        var (outcome, output, error) = SiteBuilds.BuildWithOutput(study.Path, draft: true);
        Assert.True(outcome.OutputFolder is not null, output + error);
        Assert.Equal(1, outcome.ExitCode);
        foreach (var file in Directory.GetFiles(outcome.OutputFolder!, "*.html", SearchOption.AllDirectories))
        {
            Assert.EndsWith("</html>", File.ReadAllText(file).TrimEnd());
        }
        string quotations = File.ReadAllText(Path.Combine(outcome.OutputFolder!, "quotations.html"));
        Assert.True(quotations.Length > 4 * 1024 * 1024, quotations.Length.ToString());
        var listed = new HashSet<string>(Regex.Matches(quotations, "<li id=\"(q\\d+)\"").Select(m => m.Groups[1].Value), StringComparer.Ordinal);
        Assert.Equal(Pages * PerPage, listed.Count);
        for (int i = 0; i < Pages * PerPage; i++) Assert.Contains($"q{i}", listed);

        string report = File.ReadAllText(Path.Combine(outcome.OutputFolder!, "report.html"));
        var diagnostics = outcome.Result!.Diagnostics;
        Assert.True(diagnostics.Count(d => d.Id == "FG0001") >= Claims, diagnostics.Count.ToString());
        // A draft's rows link to where each problem is shown: the FG0001 rows to their claims.
        var rows = Regex.Matches(report, "<tr><td><a href=\"[^\"]*\">(FG\\d+)</a></td><td>[a-z]+</td><td>(?:<a href=\"([^\"]*)\">)?([^<]*)(?:</a>)?</td>").Select(m => (Text: m.Groups[1].Value + " " + m.Groups[3].Value, Link: m.Groups[2].Value)).ToList();
        Assert.Equal(diagnostics.Count(d => d.Id == "FG0001"), rows.Count(r => r.Text.StartsWith("FG0001") && Regex.IsMatch(r.Link, "^themes/t0\\.html#claim-\\d+$")));
        Assert.Equal(diagnostics.Count, rows.Count);
        Assert.Equal(diagnostics.Select(d => $"{d.Id} {d.Location.File}({d.Location.Line},{d.Location.Column})").Order(StringComparer.Ordinal), rows.Select(r => r.Text).Order(StringComparer.Ordinal));
    }
}
