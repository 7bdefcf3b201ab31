using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using FindingsGen.Site;
using FindingsGen.Site.Serve;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// <c>findings serve</c> rebuilds incrementally (<see cref="IncrementalSite"/>): after any sequence of edits its files are
/// byte for byte those of a clean build, a page edit parses and makes only what it must, a transcript edit re-traces only
/// its participant's quotations, and open pages hear which files changed.
/// </summary>
public sealed class IncrementalServeTests
{
    /// <summary>The example study with two more pages (a theme each, quotations copied from results.md: twins of theirs).</summary>
    private static TempStudy LargerExample()
    {
        var study = StudyCommands.CopyOfExample();
        string results = File.ReadAllText(Path.Combine(study.Path, "results.md"));
        File.WriteAllText(Path.Combine(study.Path, "more.md"), "# Supervision as a space {#supervision .theme}\n\n[Some]{.freq of=\"T1 T2 T3\"} therapists named supervision.\n\n" +
            "::: {.quote from=T1}\nThe images stay with me longer than the words do. A picture of a house with no door\ncan follow me for a week.\n:::\n\nSee also [](#carrying).\n");
        File.WriteAllText(Path.Combine(study.Path, "last.md"), "A page that continues the theme before it.\n\n[\"When the album ends, the unit ends.\"]{.quote from=T6}\n\n" +
            "# Rest {#rest .theme}\n\nWords about rest.\n");
        string manifest = Path.Combine(study.Path, "findings.yml");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("pages: [introduction.md, results.md]", "pages: [introduction.md, results.md, more.md, last.md]"));
        Assert.Contains("# Carrying", results);
        return study;
    }

    /// <summary>The site a clean build makes of the study now, as serve would serve it.</summary>
    private static SortedDictionary<string, byte[]> Clean(string study)
    {
        var prepared = SitePipeline.Prepare(study, new StringWriter(), cache: new Language.Tracing.TracingCache())!;
        var result = prepared.Result;
        return RenderStage.Run(result, prepared.Templates, draft: result.Errors + result.Warnings > 0, sourceDateEpoch: null, liveReload: SiteServer.LiveReloadScript);
    }

    private static void AssertSame(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual, string step)
    {
        Assert.True(expected.Keys.SequenceEqual(actual.Keys), $"{step}: files differ: only clean {string.Join(",", expected.Keys.Except(actual.Keys))}; only incremental {string.Join(",", actual.Keys.Except(expected.Keys))}");
        foreach (var (path, bytes) in expected)
        {
            if (bytes.AsSpan().SequenceEqual(actual[path])) continue;
            string a = Encoding.UTF8.GetString(bytes), b = Encoding.UTF8.GetString(actual[path]);
            int at = 0;
            while (at < a.Length && at < b.Length && a[at] == b[at]) at++;
            int from = Math.Max(0, at - 80);
            Assert.Fail($"{step}: {path} differs from a clean build's at {at}: clean …{a.Substring(from, Math.Min(200, a.Length - from))}… incremental …{b.Substring(from, Math.Min(200, b.Length - from))}…");
        }
    }

    private static string Replace(string file, string from, string to)
    {
        string text = File.ReadAllText(file);
        if (!text.Contains(from, StringComparison.Ordinal)) return "";
        File.WriteAllText(file, ReplaceFirst(text, from, to));
        return from + " -> " + to;
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        int at = text.IndexOf(from, StringComparison.Ordinal);
        return text.Substring(0, at) + to + text.Substring(at + from.Length);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void After_a_random_sequence_of_edits_every_file_is_byte_identical_to_a_clean_build(int seed)
    {
        using var study = LargerExample();
        string P(string name) => Path.Combine(study.Path, name);
        var site = new IncrementalSite(study.Path, SiteServer.LiveReloadScript);
        Assert.NotNull(site.Update(Array.Empty<string>(), new StringWriter()));
        AssertSame(Clean(study.Path), site.Files, "first build");
        var random = new Random(seed);
        int n = 0;
        var edits = new Func<string>[]
        {
            () => Replace(P("results.md"), "did not end", "did not stop" + n), // prose
            () => Replace(P("results.md"), "longer than the words do", "longer than words do"), // a quotation no longer verbatim
            () => Replace(P("results.md"), "longer than words do", "longer than the words do"), // and verbatim again
            () => Replace(P("results.md"), "[Most]{.freq of=\"T1 T2 T4 T5\"}", "[Few]{.freq of=\"T1 T2 T4 T5\"}"), // a claim
            () => Replace(P("results.md"), "[Few]{.freq of=\"T1 T2 T4 T5\"}", "[Most]{.freq of=\"T1 T2 T4 T5\"}"),
            () => Replace(P("more.md"), "Supervision as a space", "Supervision, a space " + n), // a theme title
            () => { File.AppendAllText(P("more.md"), $"\n# Added {n} {{#added-{n} .theme}}\n\nMore words.\n"); return "a new theme"; },
            () => Replace(P("last.md"), "Words about rest.", "Words about rest, and [\"I just let the building go.\"]{.quote from=T5}."), // a quotation added
            () => Replace(P("more.md"), "See also [](#carrying).", "See also [](#holding)."), // a cross-reference
            () => { if (!File.Exists(P("last.md"))) return ""; File.Delete(P("last.md")); return "a page deleted"; },
            () => { if (File.Exists(P("last.md"))) return ""; File.WriteAllText(P("last.md"), "# Back {#back .theme}\n\nAgain.\n"); return "a page back"; },
            () => { File.AppendAllText(P("transcripts/T1.txt"), $"\nI: And then?\nT1: Nothing more {n}.\n"); return "a transcript grows"; },
            () => { string t = P("transcripts/T1.txt"); File.WriteAllText(t, "I: (a pause)\n" + File.ReadAllText(t)); return "a line at the top of a transcript"; },
            () => Replace(P("transcripts/T1.txt"), "house with no door", "house with no window"), // a quoted transcript changes
            () => Replace(P("transcripts/T1.txt"), "house with no window", "house with no door"),
            () => Replace(P("findings.yml"), "title: Between sessions", "title: Between sessions " + n), // the manifest
            () => { Directory.CreateDirectory(P("_templates")); File.WriteAllText(P("_templates/theme.html"), TemplateSet.Embedded("templates/theme.html").Replace("</main>", $"<p>edited {n}</p></main>")); return "a template"; },
            () => { if (!Directory.Exists(P("_templates"))) return ""; Directory.Delete(P("_templates"), true); return "a template removed"; },
        };
        var done = new List<string>();
        for (int step = 0; step < 24; step++)
        {
            n = step;
            string what = edits[random.Next(edits.Length)]();
            if (what.Length == 0) continue;
            done.Add(what);
            var update = site.Update(Array.Empty<string>(), new StringWriter());
            Assert.NotNull(update);
            AssertSame(Clean(study.Path), site.Files, $"seed {seed}, after {string.Join("; ", done)}");
        }
        Assert.True(done.Count >= 10, "too few edits were made: " + done.Count);
    }

    [Fact]
    public void A_page_edit_parses_that_page_alone_and_makes_only_the_files_that_show_it()
    {
        using var study = LargerExample();
        var site = new IncrementalSite(study.Path, SiteServer.LiveReloadScript);
        var first = site.Update(Array.Empty<string>(), new StringWriter())!;
        Assert.True(first.Whole);
        int all = first.FilesMade;

        Replace(Path.Combine(study.Path, "more.md"), "named supervision", "named supervision first");
        var update = site.Update(Array.Empty<string>(), new StringWriter())!;

        Assert.False(update.Whole);
        Assert.Equal(1, update.PagesParsed);
        Assert.Contains("themes/supervision.html", update.Changed);
        Assert.DoesNotContain("themes/carrying.html", update.Changed);
        Assert.DoesNotContain("themes/holding.html", update.Changed);
        // The theme's page, its quotation's participant's page and the shared files; never every theme and participant.
        Assert.True(update.FilesMade < all - 4, $"made {update.FilesMade} of {all} files");
        Assert.Contains("themes/supervision.html", update.Changed);
        AssertSame(Clean(study.Path), site.Files, "after the edit");
    }

    [Fact]
    public void A_transcript_edit_re_traces_only_the_quotations_of_its_participant()
    {
        using var study = LargerExample();
        var site = new IncrementalSite(study.Path, SiteServer.LiveReloadScript);
        var first = site.Update(Array.Empty<string>(), new StringWriter())!;
        // Results that are not verbatim are never remembered (their messages depend on the other transcripts): they are
        // traced again on every rebuild; every other pair (quotation, participant) is found in the cache.
        int notVerbatim = first.Result.Traces.Count(t => t.Status != Language.Tracing.TraceStatus.Verbatim);
        int ofT1 = first.Result.Traces.Count(t => t.Participant == "T1" && t.Status == Language.Tracing.TraceStatus.Verbatim);
        Assert.True(ofT1 >= 2, "the study quotes T1 verbatim at least twice");
        Assert.True(first.Result.Traces.Count > ofT1 + notVerbatim + 5, "other participants are quoted too");

        Replace(Path.Combine(study.Path, "more.md"), "named supervision", "named supervision first");
        var pageEdit = site.Update(Array.Empty<string>(), new StringWriter())!;
        // A page edit traces nothing that was found verbatim: at most the results never remembered.
        long neverRemembered = pageEdit.QuotationsTraced;
        Assert.True(neverRemembered <= notVerbatim, $"a page edit traced {neverRemembered} quotation(s); {notVerbatim} are not verbatim");

        File.AppendAllText(Path.Combine(study.Path, "transcripts", "T1.txt"), "\nI: Anything else?\nT1: No.\n");
        var transcriptEdit = site.Update(Array.Empty<string>(), new StringWriter())!;
        Assert.False(transcriptEdit.Whole);
        Assert.Equal(0, transcriptEdit.PagesParsed);
        // Each of T1's quotations once; two of the same words (more.md repeats one) may share one trace, when traced one after the other.
        int distinctOfT1 = first.Result.Traces.Where(t => t.Participant == "T1" && t.Status == Language.Tracing.TraceStatus.Verbatim).Select(t => t.Quotation.Traced.Text).Distinct().Count();
        Assert.InRange(transcriptEdit.QuotationsTraced, distinctOfT1 + neverRemembered, ofT1 + neverRemembered);
        AssertSame(Clean(study.Path), site.Files, "after the transcript edit");

        // A line added above every quotation: their line numbers move, so they are traced again and their pages change.
        string t1 = Path.Combine(study.Path, "transcripts", "T1.txt");
        File.WriteAllText(t1, "I: (a pause)\n" + File.ReadAllText(t1));
        var moved = site.Update(Array.Empty<string>(), new StringWriter())!;
        Assert.InRange(moved.QuotationsTraced, distinctOfT1 + neverRemembered, ofT1 + neverRemembered);
        Assert.Contains("themes/carrying.html", moved.Changed);
        AssertSame(Clean(study.Path), site.Files, "after a line added at the top of the transcript");
    }

    [Fact]
    public void A_change_the_watcher_never_reported_is_still_seen_by_its_size_and_time()
    {
        using var study = LargerExample();
        var site = new IncrementalSite(study.Path, SiteServer.LiveReloadScript);
        site.Update(Array.Empty<string>(), new StringWriter());
        string more = Path.Combine(study.Path, "more.md");
        Replace(more, "named supervision", "named peer supervision");
        File.SetLastWriteTimeUtc(more, DateTime.UtcNow.AddSeconds(5));
        var update = site.Update(Array.Empty<string>(), new StringWriter())!; // nothing reported
        Assert.Contains("themes/supervision.html", update.Changed);
        Assert.Contains("named peer supervision", Encoding.UTF8.GetString(site.Files["themes/supervision.html"]));
    }

    [Fact]
    public void Nothing_changed_makes_no_file_change()
    {
        using var study = LargerExample();
        var site = new IncrementalSite(study.Path, SiteServer.LiveReloadScript);
        site.Update(Array.Empty<string>(), new StringWriter());
        var update = site.Update(new[] { Path.Combine(study.Path, "results.md") }, new StringWriter())!; // reported, not changed
        Assert.True(update.Changed.Count == 0, string.Join(", ", update.Changed));
        Assert.False(update.Whole);
        Assert.Equal(0, update.PagesParsed); // read again, and found the same: the parse is kept
    }

    private static async Task<string> NextEvent(StreamReader reader)
    {
        string? line;
        while ((line = await reader.ReadLineAsync()) is not null && !line.StartsWith("data: ", StringComparison.Ordinal)) { }
        return line ?? "";
    }

    [Fact]
    public async Task Open_pages_hear_which_files_changed_and_a_save_in_two_writes_serves_the_whole_page()
    {
        using var study = LargerExample();
        await using var server = (await SiteServer.StartAsync(study.Path, 0, TextWriter.Synchronized(new StringWriter()), new StringWriter()))!;
        using var http = new HttpClient();
        using var stream = await http.GetStreamAsync(server.Url + SiteServer.EventsPath);
        using var reader = new StreamReader(stream);
        Assert.Contains("\"changed\":[]", await NextEvent(reader));

        // An editor's save in two writes, a few milliseconds apart: the page served is the whole new one.
        string more = Path.Combine(study.Path, "more.md");
        string text = File.ReadAllText(more).Replace("named supervision", "named supervision, at length,");
        int half = text.Length / 2;
        using (var file = new FileStream(more, FileMode.Create, FileAccess.Write, FileShare.ReadWrite))
        {
            file.Write(Encoding.UTF8.GetBytes(text.Substring(0, half)));
            file.Flush();
            await Task.Delay(5);
            file.Write(Encoding.UTF8.GetBytes(text.Substring(half)));
        }
        var deadline = DateTime.UtcNow.AddSeconds(20);
        string page = "";
        while (DateTime.UtcNow < deadline)
        {
            page = await http.GetStringAsync(server.Url + "/themes/supervision.html");
            if (page.Contains("at length", StringComparison.Ordinal) && page.Contains("See also", StringComparison.Ordinal)) break;
            await Task.Delay(20);
        }
        Assert.Contains("at length", page);
        Assert.Contains("See also", page); // the second half too
        string changed = await NextEvent(reader);
        Assert.Contains("themes/supervision.html", changed);
        Assert.DoesNotContain("themes/carrying.html", changed); // that page does not reload
        var clean = Clean(study.Path);
        await Task.Delay(200); // any rebuild the second write started has finished
        Assert.Equal(Encoding.UTF8.GetString(clean["themes/supervision.html"]), await http.GetStringAsync(server.Url + "/themes/supervision.html"));
    }
}
