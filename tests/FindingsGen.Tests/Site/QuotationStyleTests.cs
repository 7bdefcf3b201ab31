using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FindingsGen.Site;
using FindingsGen.Site.Html;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// Quotations and claims in journal style (issue 16): the attribution from <c>site.attribution</c> after every
/// quotation, the provenance behind a disclosure whose label and notes say each mode honestly, claims as "Most (4 of 6)"
/// with who on demand, and drafts that show each problem where it stands, with report rows that link there.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class QuotationStyleTests
{
    private const string Hash = "145882dac5e68da13a3f483ef1f7780106d9a9df9764b834696152943e0294dd";

    private static QuotationProvenance One(ProvenanceMode mode, bool fromLock = false, bool translated = false, string? reason = null) =>
        new(new[] { new ProvenanceEntry("T1", mode, fromLock, fromLock ? 0 : 8, fromLock ? 0 : 9, fromLock ? null : Hash, reason) }, mode, translated);

    [Theory]
    [InlineData(ProvenanceMode.Verbatim, false, false, "\u2713 verified", "Verified verbatim in T1's transcript, lines 8\u20139.")]
    [InlineData(ProvenanceMode.Verbatim, false, true, "\u2713 original verified", "Verified verbatim in T1's transcript, lines 8\u20139.")]
    [InlineData(ProvenanceMode.FromLock, true, false, "\u2713 verified (lock)", "Verified from findings.lock: the transcripts were not available to this build; the lock")]
    [InlineData(ProvenanceMode.NearVerbatim, false, false, "\u2248 near-verbatim", "Near-verbatim, not verified: these words differ in a few places from T1's transcript, lines 8\u20139.")]
    [InlineData(ProvenanceMode.NearVerbatim, true, false, "\u2248 near-verbatim", "Near-verbatim, not verified: the transcripts were not available to this build; findings.lock records")]
    [InlineData(ProvenanceMode.SpeakersUnknown, false, false, "? speaker unchecked", "Not verified: these words are in T1's transcript, lines 8\u20139, but its speakers cannot be told apart")]
    [InlineData(ProvenanceMode.SpeakersUnknown, true, false, "? speaker unchecked", "Not verified: the transcripts were not available to this build; findings.lock records these words as found in T1's transcript where its speakers cannot be told apart")]
    [InlineData(ProvenanceMode.NotVerified, false, false, "\u2717 not verified", "Not verified: these words were not found in T1's transcript.")]
    public void Each_mode_has_its_own_label_and_honest_note(ProvenanceMode mode, bool fromLock, bool translated, string label, string note)
    {
        var provenance = One(mode, fromLock, translated, mode == ProvenanceMode.NotVerified ? "these words were not found in {0}'s transcript" : null);
        Assert.Equal(label, provenance.Label);
        Assert.StartsWith(note, Provenance.Note(provenance.Entries[0]));
        string block = ProvenanceHtml.Block(provenance), inline = ProvenanceHtml.Inline(provenance, "q-1");
        foreach (string html in new[] { block, inline })
        {
            // The label's words are what a screen reader hears; the symbol is hidden from it.
            Assert.Contains("<span aria-hidden=\"true\">" + label.Split(' ')[0] + " </span>" + label.Substring(label.IndexOf(' ') + 1), html);
            // Only a verified quotation is ever labelled with a check mark.
            Assert.Equal(provenance.Verified, html.Contains('\u2713'));
            // The full hash when a transcript was read; none is claimed for the lock.
            Assert.Equal(!fromLock, html.Contains($"<code class=\"hash\">{Hash}</code>"));
            Assert.Equal(translated, html.Contains(Provenance.TranslatedNote.Replace("'", "&#39;")));
        }
        Assert.StartsWith("<details class=\"provenance ", block);
        Assert.Contains("<button type=\"button\" class=\"provenance-button ", inline);
        Assert.Contains("popovertarget=\"q-1-provenance\"", inline);
        Assert.Contains("<span popover id=\"q-1-provenance\"", inline);
        // Inside a paragraph only phrasing content may stand: no block element in the inline form.
        Assert.DoesNotMatch("<(div|p|details|ul|ol)[ >]", inline);
    }

    [Fact]
    public void No_trace_is_not_traced_and_never_verified()
    {
        var provenance = new QuotationProvenance(System.Array.Empty<ProvenanceEntry>(), ProvenanceMode.NotTraced, false);
        Assert.Equal("\u2013 not traced", provenance.Label);
        Assert.Equal("not traced", provenance.Sentence);
        Assert.Contains(Provenance.NotTracedNote, ProvenanceHtml.Block(provenance));
        Assert.False(provenance.Verified);
    }

    [Fact]
    public void A_near_verbatim_quotation_is_never_labelled_verified_on_any_page()
    {
        using var study = QuotationStudies.CopyOfFixture("near-verbatim");
        var outcome = Built(study.Path);
        foreach (string page in new[] { "themes/nights.html", "participants/p2.html", "quotations.html" })
        {
            string html = File.ReadAllText(Path.Combine(outcome.OutputFolder!, page));
            string near = Figure(html, "By the end of the night shift");
            Assert.Contains("prov-near-verbatim", near);
            Assert.Contains("\u2248 </span>near-verbatim", near);
            Assert.DoesNotContain("\u2713", near);
            if (page != "participants/p2.html") Assert.Contains("\u2713 </span>verified", Figure(html, "At three in the morning"));
            // A published (not draft) build marks no problem, though FG0104 is a warning.
            Assert.DoesNotContain("draft-problem", html);
            Assert.DoesNotContain("has-problem", html);
        }
        Assert.DoesNotContain("themes/nights.html#", File.ReadAllText(Path.Combine(outcome.OutputFolder!, "report.html")));
    }

    [Fact]
    public void Quotations_are_attributed_from_the_template_with_linked_ids_and_no_superscripts()
    {
        using var study = new TempStudy();
        study.Write("findings.yml", "title: x\nparticipants:\n  T1: { setting: hospital, years: \"12\" }\n  T2: { setting: clinic }\nfrequency: { two: 2 }\n" +
            "transcripts:\n  path: transcripts/{id}.txt\n  interviewer: [I]\npages: [results.md]\nsite:\n  attribution: \"{id}, {setting}, {years} years\"\n");
        study.Write("transcripts/T1.txt", "I: Tell me.\nT1: The images stay with me longer than the words do.\n");
        study.Write("transcripts/T2.txt", "I: Tell me.\nT2: A picture can follow me for a week.\n");
        study.Write("results.md", "# Images {#images .theme}\n\n## Staying {#staying .subtheme}\n\n" +
            "One said [a picture can follow me for a week]{.quote from=T2} and more.\n\n::: {.quote from=T1}\nThe images stay with me longer than the words do.\n:::\n");
        var outcome = Built(study.Path);
        string theme = File.ReadAllText(Path.Combine(outcome.OutputFolder!, "themes", "images.html"));
        // Block: "(T1, hospital, 12 years)" after the words, the ID linked, no em-dash caption.
        Assert.Contains("<figcaption><span class=\"attribution\">(<a href=\"../participants/t1.html\">T1</a>, hospital, 12 years)</span> <details class=\"provenance prov-verbatim\">", theme);
        Assert.DoesNotContain("\u2014 <a", theme);
        // Inline: roman type (the marks alone), then the attribution (an attribute T2 lacks is left out), then the disclosure.
        Assert.Matches("<q class=\"quote\" id=\"[^\"]+\">a picture can follow me for a week</q> <span class=\"attribution\">\\(<a href=\"../participants/t2.html\">T2</a>, clinic\\)</span> <button type=\"button\" class=\"provenance-button prov-verbatim\"", theme);
        Assert.DoesNotContain("<sup", theme);
        // The quotation index is at the root: the same attribution, linked from there.
        string index = File.ReadAllText(Path.Combine(outcome.OutputFolder!, "quotations.html"));
        Assert.Contains("<span class=\"attribution\">(<a href=\"participants/t1.html\">T1</a>, hospital, 12 years)</span>", index);
        string participant = File.ReadAllText(Path.Combine(outcome.OutputFolder!, "participants", "t1.html"));
        Assert.Contains("<span class=\"attribution\">(<a href=\"../participants/t1.html\">T1</a>, hospital, 12 years)</span> <details class=\"provenance prov-verbatim\">", participant);
        // Quotations are set at body size, in roman type.
        string css = File.ReadAllText(Path.Combine(outcome.OutputFolder!, "assets", "site.css"));
        Assert.Contains("figure.quote blockquote { margin: 0; font-size: 1rem; }", css);
        Assert.Contains("q.quote { font-style: normal; }", css);
    }

    [Fact]
    public void Several_speakers_are_each_attributed_joined_by_semicolons()
    {
        var manifest = FindingsGen.Language.Manifest.ManifestReader.Read(
            "title: x\nparticipants:\n  T1: { setting: hospital }\n  T2: { setting: clinic }\nsite: { attribution: \"{id}, {setting}\" }\n", new FindingsGen.Language.Diagnostics.DiagnosticList());
        var study = FindingsGen.Language.Model.StudyParser.Parse(manifest, new[] { new System.Collections.Generic.KeyValuePair<string, string>("r.md", "x\n") });
        string html = AttributionMarkup.Html(new[] { "T1", "T2", "T9" }, manifest, new SitePaths(study), "../");
        Assert.Equal("<span class=\"attribution\">(<a href=\"../participants/t1.html\">T1</a>, hospital; <a href=\"../participants/t2.html\">T2</a>, clinic; T9)</span>", html);
    }

    [Fact]
    public void A_claim_reads_most_4_of_6_with_who_on_demand_at_thirty_participants()
    {
        using var study = new TempStudy();
        var ids = Enumerable.Range(1, 30).Select(i => "P" + i).ToList();
        study.Write("findings.yml", "title: x\nparticipants:\n" + string.Concat(ids.Select(id => $"  {id}: {{}}\n")) + "frequency: { most: 16-29, all: 30 }\n" +
            "quantifier_nouns: [participants]\npages: [results.md]\n");
        study.Write("results.md", $"# A {{#a .theme}}\n\n[Most]{{.freq of=\"{string.Join(" ", ids.Take(20))}\"}} participants agreed.\n");
        var outcome = Built(study.Path);
        string theme = File.ReadAllText(Path.Combine(outcome.OutputFolder!, "themes", "a.html"));
        Assert.Contains("<span class=\"freq\" id=\"claim-1\" data-of=\"" + string.Join(" ", ids.Take(20)) + "\">Most<span class=\"freq-count\"> (<button type=\"button\" class=\"freq-who\" popovertarget=\"claim-1-who\">20 of 30<span class=\"visually-hidden\"> participants</span></button>)</span>", theme);
        var who = Regex.Match(theme, "<span popover id=\"claim-1-who\" class=\"popover-note\" role=\"note\">Cited: (.*?) <button").Groups[1].Value;
        Assert.Equal(ids.Take(20).Select(id => $"<a href=\"../participants/{id.ToLowerInvariant()}.html\">{id}</a>"), who.Split(", "));
        Assert.DoesNotContain("<sup", theme);
    }

    [Fact]
    public void A_draft_marks_each_failing_claim_and_quotation_in_place_and_the_report_links_there()
    {
        using var study = QuotationStudies.Draft();
        var outcome = Built(study.Path, draft: true);
        string theme = File.ReadAllText(Path.Combine(outcome.OutputFolder!, "themes", "nights.html"));
        string report = File.ReadAllText(Path.Combine(outcome.OutputFolder!, "report.html"));

        // The claim: marked (outline class, ⚠ and the words), its ID and message beside it.
        var claim = Regex.Match(theme, "<span class=\"freq has-problem\" id=\"(claim-\\d+)\".*?</span></span></span>").Value;
        Assert.Contains("<span class=\"draft-problem\" role=\"note\"><span class=\"draft-problem-item\"><span aria-hidden=\"true\">\u26A0 </span><span class=\"visually-hidden\">Problem: </span><strong>FG0001</strong> error: ", claim);
        // The quotations: not found (FG0101) and near-verbatim (FG0104), each in its own figure; the exact one is unmarked.
        Assert.Contains("<strong>FG0101</strong>", Figure(theme, "Nothing like this was ever said"));
        Assert.Contains("<strong>FG0104</strong> warning: ", Figure(theme, "By the end of the night shift"));
        Assert.DoesNotContain("draft-problem", Figure(theme, "At three in the morning"));
        Assert.Equal(3, Regex.Matches(theme, "has-problem").Count);

        // Every report row of those problems links to its place, and the place exists on the page.
        foreach (string rule in new[] { "FG0001", "FG0101", "FG0104" })
        {
            var row = Regex.Match(report, $"<tr><td><a href=\"[^\"]+\">{rule}</a></td><td>[a-z]+</td><td><a href=\"themes/nights.html#([^\"]+)\">results.md\\(").Groups[1].Value;
            Assert.False(row.Length == 0, $"no link for {rule} in the report");
            Assert.Contains($" id=\"{row}\"", theme);
            Assert.Contains($"<strong>{rule}</strong>", Regex.Match(theme, $"id=\"{Regex.Escape(row)}\".*?(</figure>|</span></span></span>)", RegexOptions.Singleline).Value);
        }
        // A problem outside any construct links to its page, at the heading before it.
        Assert.Matches("<a href=\"themes/nights.html#quiet\">results.md\\(", report);
    }

    [Fact]
    public void The_same_study_published_without_draft_shows_no_problem_marker()
    {
        using var study = QuotationStudies.Draft();
        var outcome = SiteBuilds.Build(study.Path, draft: false);
        Assert.NotEqual(0, outcome.ExitCode);
        using var near = QuotationStudies.CopyOfFixture("near-verbatim");
        var published = SiteBuilds.Build(near.Path);
        Assert.Equal(0, published.ExitCode);
        foreach (var (_, text) in SiteBuilds.Files(published.OutputFolder!).Where(f => f.Key.EndsWith(".html")))
        {
            Assert.DoesNotContain("draft-problem", text);
            Assert.DoesNotContain("has-problem", text);
        }
    }

    private static FindingsGen.Site.SiteBuild.Outcome Built(string path, bool draft = false)
    {
        var (outcome, output, error) = SiteBuilds.BuildWithOutput(path, draft: draft);
        Assert.True(draft ? outcome.OutputFolder is not null : outcome.ExitCode == 0, output + error);
        return outcome;
    }

    /// <summary>The figure (or index item) that holds <paramref name="words"/>.</summary>
    private static string Figure(string html, string words)
    {
        int at = html.IndexOf(words, System.StringComparison.Ordinal);
        Assert.True(at >= 0, "not on the page: " + words);
        int start = System.Math.Max(html.LastIndexOf("<figure", at, System.StringComparison.Ordinal), html.LastIndexOf("<li ", at, System.StringComparison.Ordinal));
        int end = html.IndexOf("</figure>", at, System.StringComparison.Ordinal);
        int li = html.IndexOf("</li>", at, System.StringComparison.Ordinal);
        if (end < 0 || (li >= 0 && li < end)) end = li;
        return html.Substring(start, end - start);
    }
}
