using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using FindingsGen.Files.Output;
using FindingsGen.Site;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// A build's lifecycle: which output folders it may replace, what a killed build leaves, drafts of broken studies,
/// what counts as verified, and how <c>serve</c> stops and survives bad edits.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class LifecycleTests
{
    private static string Dll => Path.Combine(AppContext.BaseDirectory, "findings.dll");

    private static string[] Pages(string site) => Directory.GetFiles(site, "*.html", SearchOption.AllDirectories);

    private static void AssertWhole(string site)
    {
        Assert.True(File.Exists(Path.Combine(site, "index.html")), "no index.html in " + site);
        foreach (var page in Pages(site)) Assert.EndsWith("</html>", File.ReadAllText(page).TrimEnd());
    }

    private static string Tree(string folder) => string.Join("\n", Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
        .OrderBy(f => f, StringComparer.Ordinal).Select(f => Path.GetRelativePath(folder, f) + " " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))));

    // ---- drafts of broken studies ----

    [Fact]
    public void Two_themes_with_one_id_each_get_a_page_in_a_draft()
    {
        using var study = new TempStudy();
        study.Write("findings.yml", "title: x\nparticipants: {T1: {}}\n");
        study.Write("results.md", "# A {#t .theme}\n\nFirst.\n\n# B {#t .theme}\n\nSecond.\n");
        var (exit, output, _) = StudyCommands.Check(study.Path);
        Assert.Equal(1, exit);
        Assert.Contains("results.md(5,6): error FG0005", output);
        var outcome = SiteBuilds.Build(study.Path, Path.Combine(study.Path, "out"), draft: true);
        Assert.Equal(1, outcome.ExitCode);
        AssertWhole(outcome.OutputFolder!);
        Assert.Contains("First.", File.ReadAllText(Path.Combine(outcome.OutputFolder!, "themes", "t.html")));
        Assert.Contains("Second.", File.ReadAllText(Path.Combine(outcome.OutputFolder!, "themes", "t-2.html")));
    }

    /// <summary>Every error check reports that a site builder could trip on, at once.</summary>
    private const string EveryError = """
        ## Orphan subtheme {#orphan .subtheme}

        [Some]{.freq of="T1 T9 T1"} participants said things. See [](#nowhere).

        ::: {.quote from=T9}
        Words nobody said.
        :::

        # A {#t .theme}

        ## Sub {#s .subtheme}

        ::: {.quote from="T1 T1" #q1}
        I carried the images home with me every night.
        :::

        ::: {.quote from=T2 #q1}
        The drive home was where I left the day.
        :::

        ::: {.quote from=T1}
        :::

        []{.quote from=T2}

        # B {#t .theme}

        ## Sub again {#s .subtheme}

        [Most]{.freq of="T1"} participants. See [](#s) and [](#q1) and [](#missing).

        # No id {.theme}

        ## Sub of no id {.subtheme}

        [One]{.freq of=""} participant.

        ::: {.quote}
        No from at all.
        :::

        # Capitals {#T .theme}

        # {#empty .theme}

        ## {#t .subtheme}

        # Odd {#a/b .theme}
        """;

    [Theory]
    [InlineData("title: All errors\nparticipants: {T1: {}, T2: {}, T3: {}}\nfrequency: {all: 3, some: 2, one: 1}\n")]
    [InlineData("title: Pages missing\nparticipants: {T1: {}, T2: {}, T3: {}}\nfrequency: {all: 3, some: 2, one: 1}\npages: [results.md, nope.md]\n")]
    public void A_draft_of_a_study_with_every_error_at_once_publishes_every_page_whole(string manifest)
    {
        using var study = new TempStudy();
        study.Write("findings.yml", manifest);
        study.Write("results.md", EveryError + "\n");
        study.Write("transcripts/T1.txt", "T1: I carried the images home with me every night and could not put them down.\n");
        study.Write("transcripts/T2.txt", "T2: The drive home was where I left the day behind me.\n");
        Assert.Equal(1, StudyCommands.Check(study.Path).Exit);
        var (outcome, _, error) = SiteBuilds.BuildWithOutput(study.Path, Path.Combine(study.Path, "out"), draft: true);
        Assert.Equal("", error);
        Assert.Equal(1, outcome.ExitCode);
        AssertWhole(outcome.OutputFolder!);
        // Every theme page stays inside themes/, whatever its ID.
        Assert.All(Directory.GetFiles(outcome.OutputFolder!, "*", SearchOption.AllDirectories),
            f => Assert.True(Files.FolderPaths.IsInside(outcome.OutputFolder!, f)));
        Assert.Empty(Directory.GetFileSystemEntries(study.Path).Select(Path.GetFileName).Except(new[] { "findings.yml", "results.md", "transcripts", "out" }));
    }

    /// <summary>
    /// With the manifest in error (unreadable, or an FG0201 such as an impossible scale) not even a draft is published:
    /// without a manifest that can be trusted, FindingsGen cannot tell pages from transcripts.
    /// </summary>
    [Theory]
    [InlineData("title: [\n")]
    [InlineData("participants: [T1, T2]\n")]
    [InlineData("title: x\nparticipants: {T1: {}}\nfrequency: {all: -1, most: 5-2}\npages: [results.md, nope.md]\n")]
    public void A_draft_of_a_study_whose_manifest_is_in_error_publishes_nothing(string manifest)
    {
        using var study = new TempStudy();
        study.Write("findings.yml", manifest);
        study.Write("results.md", EveryError + "\n");
        study.Write("transcripts/T1.txt", "T1: I carried the images home with me every night and could not put them down.\n");
        Assert.Equal(1, StudyCommands.Check(study.Path).Exit);
        string target = Path.Combine(study.Path, "out");
        var (outcome, output, error) = SiteBuilds.BuildWithOutput(study.Path, target, draft: true);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Null(outcome.OutputFolder);
        Assert.Contains("FG0201", output + error);
        Assert.False(Directory.Exists(target));
    }

    // ---- which output folders may be written ----

    [Fact]
    public void Transcripts_inside_the_output_folder_are_never_deleted()
    {
        using var study = StudyCommands.CopyOfExample();
        Assert.Equal(0, SiteBuilds.Build(study.Path).ExitCode);
        string site = Path.Combine(study.Path, "_site"), private_ = Path.Combine(site, "private");
        Directory.CreateDirectory(private_);
        foreach (var file in Directory.GetFiles(Path.Combine(study.Path, "transcripts"))) File.Move(file, Path.Combine(private_, Path.GetFileName(file)));
        string manifest = Path.Combine(study.Path, "findings.yml");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("  path: transcripts/{id}.*", "  path: _site/private/{id}.*"));
        string before = Tree(private_);
        var (outcome, _, error) = SiteBuilds.BuildWithOutput(study.Path);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("it contains the transcripts folder", error);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Equal(before, Tree(private_));
    }

    [Theory]
    [InlineData(".", "it is the study folder")]
    [InlineData("..", "it contains the study folder")]
    [InlineData("transcripts", "it is the transcripts folder")]
    [InlineData("transcripts/site", "it is inside the transcripts folder")]
    [InlineData("_templates", "it is the study's _templates folder")]
    [InlineData("_templates/x", "it is inside the study's _templates folder")]
    [InlineData("results.md", "it is the page results.md")]
    [InlineData("findings.yml", "it is the manifest findings.yml")]
    [InlineData("findings.lock", "it is the trace record findings.lock")]
    [InlineData("link-to-transcripts", "it is the transcripts folder")]
    [InlineData("link-to-study/transcripts/site", "it is inside the transcripts folder")]
    [InlineData("link-to-study", "it is the study folder")]
    [InlineData("", "-o names no folder")]
    [InlineData(" ", "-o names no folder")]
    public void An_output_folder_that_is_holds_or_lies_inside_the_study_s_own_files_is_refused(string output, string reason)
    {
        using var study = StudyCommands.CopyOfExample();
        Directory.CreateDirectory(Path.Combine(study.Path, "_templates"));
        using var outside = new TempStudy();
        Directory.CreateSymbolicLink(Path.Combine(outside.Path, "link-to-transcripts"), Path.Combine(study.Path, "transcripts"));
        Directory.CreateSymbolicLink(Path.Combine(outside.Path, "link-to-study"), study.Path);
        string target = output.StartsWith("link-", StringComparison.Ordinal) ? Path.Combine(outside.Path, output) : output.Trim().Length == 0 ? output : Path.Combine(study.Path, output);
        string before = Tree(study.Path);
        var (outcome, _, error) = SiteBuilds.BuildWithOutput(study.Path, target);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(reason, error);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Equal(before, Tree(study.Path));
    }

    [Fact]
    public void The_folder_named_by_FINDINGS_TRANSCRIPTS_is_guarded_too()
    {
        using var study = StudyCommands.CopyOfExample();
        using var elsewhere = new TempStudy();
        foreach (var file in Directory.GetFiles(Path.Combine(study.Path, "transcripts"))) File.Copy(file, Path.Combine(elsewhere.Path, Path.GetFileName(file)));
        string before = Tree(elsewhere.Path);
        Environment.SetEnvironmentVariable(Files.TranscriptFolder.EnvironmentVariable, elsewhere.Path);
        try
        {
            var (outcome, _, error) = SiteBuilds.BuildWithOutput(study.Path, elsewhere.Path);
            Assert.Equal(2, outcome.ExitCode);
            Assert.Contains("it is the transcripts folder (FINDINGS_TRANSCRIPTS)", error);
            (outcome, _, error) = SiteBuilds.BuildWithOutput(study.Path, Path.Combine(elsewhere.Path, "site"));
            Assert.Equal(2, outcome.ExitCode);
            Assert.Contains("it is inside the transcripts folder (FINDINGS_TRANSCRIPTS)", error);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Files.TranscriptFolder.EnvironmentVariable, null);
        }
        Assert.Equal(before, Tree(elsewhere.Path));
    }

    [Fact]
    public void A_site_of_ours_holding_a_file_it_did_not_write_is_not_replaced_and_an_existing_file_is_not_a_folder()
    {
        using var study = StudyCommands.CopyOfExample();
        using var outside = new TempStudy();
        string site = Path.Combine(outside.Path, "site");
        Assert.Equal(0, SiteBuilds.Build(study.Path, site).ExitCode);
        Assert.Contains("index.html", File.ReadAllLines(Path.Combine(site, SiteMarker.FileName)));
        string mine = Path.Combine(site, "participants", "notes.txt");
        File.WriteAllText(mine, "my notes");
        var (outcome, _, error) = SiteBuilds.BuildWithOutput(study.Path, site);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("it holds files FindingsGen did not write (participants/notes.txt)", error);
        Assert.Equal("my notes", File.ReadAllText(mine));

        string file = outside.Write("a-file", "text");
        (outcome, _, error) = SiteBuilds.BuildWithOutput(study.Path, file);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("it is a file", error);
        Assert.Equal("text", File.ReadAllText(file));

        // A link to a site of ours elsewhere: replacing it would replace the link, not the site; it is refused.
        string real = Path.Combine(outside.Path, "real-site");
        Assert.Equal(0, SiteBuilds.Build(study.Path, real).ExitCode);
        Directory.CreateSymbolicLink(Path.Combine(outside.Path, "site-link"), real);
        (outcome, _, error) = SiteBuilds.BuildWithOutput(study.Path, Path.Combine(outside.Path, "site-link"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("it is a symbolic link", error);
        AssertWhole(real);
    }

    [Fact]
    public void A_site_of_ours_with_a_link_planted_in_it_is_not_replaced()
    {
        // A link in the old site (to a file, or a folder, outside it) is nothing a build wrote: the site is left as it is.
        using var study = StudyCommands.CopyOfExample();
        using var outside = new TempStudy();
        string site = Path.Combine(outside.Path, "site");
        Assert.Equal(0, SiteBuilds.Build(study.Path, site).ExitCode);
        string css = Path.Combine(site, "assets", "site.css"), elsewhereCss = Path.Combine(outside.Path, "site.css");
        File.Move(css, elsewhereCss);
        File.CreateSymbolicLink(css, elsewhereCss);
        string participants = Path.Combine(site, "participants"), elsewhere = Path.Combine(outside.Path, "participants");
        Directory.Move(participants, elsewhere);
        Directory.CreateSymbolicLink(participants, elsewhere);
        int participantFiles = Directory.GetFiles(elsewhere).Length;

        var (outcome, _, error) = SiteBuilds.BuildWithOutput(study.Path, site);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("it holds files FindingsGen did not write (", error);
        Assert.Contains("assets/site.css", error);
        Assert.Contains("participants", error);
        Assert.Equal(elsewhereCss, new FileInfo(css).LinkTarget);
        Assert.Equal(elsewhere, new DirectoryInfo(participants).LinkTarget);
        Assert.Equal(participantFiles, Directory.GetFiles(elsewhere).Length);
    }

    // ---- what a killed build leaves ----

    [Fact]
    public void Leftovers_of_killed_builds_are_removed_but_nothing_that_is_not_clearly_ours()
    {
        using var study = StudyCommands.CopyOfExample();
        using var outside = new TempStudy();
        string site = Path.Combine(outside.Path, "site");
        Assert.Equal(0, SiteBuilds.Build(study.Path, site).ExitCode);
        // Killed right after making its folder; while writing (marker first); while removing the old site (marker last).
        Directory.CreateDirectory(Path.Combine(outside.Path, ".site.building-1"));
        outside.Write(".site.building-2/" + SiteMarker.FileName, File.ReadAllText(Path.Combine(site, SiteMarker.FileName)));
        outside.Write(".site.building-2/themes/carrying.html", "<!DOCTYPE html><p>half");
        outside.Write(".site.old-3/" + SiteMarker.FileName, File.ReadAllText(Path.Combine(site, SiteMarker.FileName)));
        outside.Write(".site.old-3/report.html", "old");
        // Not ours: no marker, or a file the marker does not list.
        string foreign = outside.Write(".site.building-4/thesis.docx", "my thesis");
        outside.Write(".site.old-5/" + SiteMarker.FileName, File.ReadAllText(Path.Combine(site, SiteMarker.FileName)));
        string extra = outside.Write(".site.old-5/notes.txt", "mine");

        Assert.Equal(0, SiteBuilds.Build(study.Path, site).ExitCode);
        AssertWhole(site);
        Assert.Equal(new[] { ".site.building-4", ".site.old-5", "site" },
            Directory.GetFileSystemEntries(outside.Path).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray());
        Assert.Equal("my thesis", File.ReadAllText(foreign));
        Assert.Equal("mine", File.ReadAllText(extra));
    }

    [Fact]
    public async System.Threading.Tasks.Task A_build_in_progress_is_not_taken_for_a_leftover_by_one_started_meanwhile()
    {
        using var study = StudyCommands.CopyOfExample();
        using var outside = new TempStudy();
        string site = Path.Combine(outside.Path, "site");
        // Another build writing: its folder is marked, and it holds the marker.
        string other = Path.Combine(outside.Path, ".site.building-other");
        Directory.CreateDirectory(other);
        using (SiteMarker.Create(other, new[] { "index.html" }))
        {
            Assert.Equal(0, SiteBuilds.Build(study.Path, site).ExitCode);
            Assert.True(File.Exists(Path.Combine(other, SiteMarker.FileName)));
        }
        // Once that build is gone (killed: its hold ended with it), the next build removes what it left.
        Assert.Equal(0, SiteBuilds.Build(study.Path, site).ExitCode);
        Assert.False(Directory.Exists(other));

        // Builds at once into one folder: each succeeds, and one whole site remains.
        var builds = Enumerable.Range(0, 3).Select(_ => System.Threading.Tasks.Task.Run(() => SiteBuilds.BuildWithOutput(study.Path, site))).ToArray();
        var done = await System.Threading.Tasks.Task.WhenAll(builds);
        Assert.All(done, b => Assert.True(b.Outcome.ExitCode == 0, b.Error));
        AssertWhole(site);
        Assert.Equal(new[] { "site" }, Directory.GetFileSystemEntries(outside.Path).Select(Path.GetFileName).ToArray());
    }

    [Fact]
    public void A_build_killed_at_any_moment_leaves_the_previous_site_whole_and_the_next_leaves_nothing_else()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return;
        using var study = new TempStudy();
        var manifest = new StringBuilder("title: Many themes\nparticipants: {T1: {}}\nfrequency: {one: 1}\nrules: {FG0008: none}\npages: [");
        for (int n = 0; n < 150; n++)
        {
            study.Write($"p{n:000}.md", $"# Theme {n} {{#t{n} .theme}}\n\n" + string.Concat(Enumerable.Repeat($"Text of theme {n}, written to make a page worth writing. ", 200)) + $"\n\n## Sub {n} {{#t{n}-s .subtheme}}\n\nMore.\n");
            manifest.Append(n == 0 ? "" : ", ").Append($"p{n:000}.md");
        }
        study.Write("findings.yml", manifest.Append("]\n").ToString());
        using var outside = new TempStudy();
        string site = Path.Combine(outside.Path, "site");
        var (exit, text) = ChildProcess.Run("dotnet", study.Path, Dll, "build", study.Path, "-o", site);
        Assert.True(exit == 0, text);
        int pages = Pages(site).Length;
        Assert.True(pages > 150);
        File.WriteAllText(Path.Combine(study.Path, "findings.yml"), File.ReadAllText(Path.Combine(study.Path, "findings.yml")).Replace("Many themes", "Many themes, revised"));

        foreach (int delay in new[] { -1, -1, 300, 900 })
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { Dll, "build", study.Path, "-o", site }) start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var watch = Stopwatch.StartNew();
            // -1: as soon as its temporary folder appears beside the site; otherwise after that many milliseconds.
            while (!process.HasExited && watch.ElapsedMilliseconds < 30000)
            {
                if (delay < 0 ? Directory.GetFileSystemEntries(outside.Path).Length > 1 : watch.ElapsedMilliseconds >= delay) break;
                Thread.Sleep(2);
            }
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            AssertWhole(site);
            Assert.Equal(pages, Pages(site).Length);
        }
        (exit, text) = ChildProcess.Run("dotnet", study.Path, Dll, "build", study.Path, "-o", site);
        Assert.True(exit == 0, text);
        AssertWhole(site);
        Assert.Contains("Many themes, revised", File.ReadAllText(Path.Combine(site, "index.html")));
        Assert.Equal(new[] { "site" }, Directory.GetFileSystemEntries(outside.Path).Select(Path.GetFileName).ToArray());
    }

    // ---- verified means verbatim ----

    [Fact]
    public void Only_verbatim_quotations_count_as_verified_everywhere_the_site_says_so()
    {
        using var study = StudyCommands.CopyOfExample();
        string results = Path.Combine(study.Path, "results.md");
        string text = File.ReadAllText(results);
        const string Exact = "I carried that yellow around for days,\nin a good way.";
        Assert.Contains(Exact, text);
        File.WriteAllText(results, text.Replace(Exact, "I carried that yellow around for weeks,\nin a good way."));
        var (outcome, output, _) = SiteBuilds.BuildWithOutput(study.Path);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("warning FG0104", output);
        string site = outcome.OutputFolder!;

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, "findings.json")));
        var quotations = json.RootElement.GetProperty("quotations").EnumerateArray().ToList();
        var near = quotations.Single(q => q.GetProperty("text").GetString()!.Contains("around for weeks"));
        Assert.False(near.GetProperty("verified").GetBoolean());
        Assert.StartsWith("near-verbatim in T2's transcript", near.GetProperty("provenance").GetString());
        Assert.All(quotations.Where(q => !q.Equals(near)), q => Assert.True(q.GetProperty("verified").GetBoolean()));

        var rows = File.ReadAllLines(Path.Combine(site, "quotations.csv"));
        Assert.Contains(",no,\"near-verbatim in T2's transcript", rows.Single(r => r.Contains("around for weeks")));
        Assert.Equal(quotations.Count - 1, rows.Count(r => r.Contains(",yes,\"verified verbatim")));

        string report = File.ReadAllText(Path.Combine(site, "report.html"));
        Assert.Contains($"{quotations.Count - 1} of {quotations.Count} quotations verified", report);
        Assert.Contains($"{quotations.Count - 1} verified against the transcripts or the lock", report);
        string theme = File.ReadAllText(Path.Combine(site, "themes", "carrying.html"));
        Assert.Contains("Near-verbatim, not verified: these words differ in a few places from T2&#39;s transcript", theme);
        Assert.Matches("<details class=\"provenance prov-near-verbatim\"><summary><span aria-hidden=\"true\">≈ </span>near-verbatim</summary>", theme);
    }

    [Fact]
    public void A_quotation_the_lock_records_as_near_verbatim_is_not_verified_without_the_transcripts()
    {
        using var study = StudyCommands.CopyOfExample();
        string results = Path.Combine(study.Path, "results.md");
        File.WriteAllText(results, File.ReadAllText(results).Replace("I carried that yellow around for days,", "I carried that yellow around for weeks,"));
        var (exit, locking, _) = StudyCommands.Check(study.Path, "text", updateLock: true);
        Assert.Equal(0, exit);
        Assert.Contains("match: near-verbatim", File.ReadAllText(Path.Combine(study.Path, "findings.lock")));
        Assert.Contains("findings.lock: 18 verified quotation trace(s) recorded, and 1 near-verbatim", locking);
        Directory.Delete(Path.Combine(study.Path, "transcripts"), recursive: true);
        var (_, publicCi, _) = StudyCommands.Check(study.Path, "text");
        Assert.Contains("17 verified from findings.lock (1 near-verbatim, not verified)", publicCi);
        var outcome = SiteBuilds.Build(study.Path);
        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outcome.OutputFolder!, "findings.json")));
        var quotations = json.RootElement.GetProperty("quotations").EnumerateArray().ToList();
        var near = quotations.Single(q => q.GetProperty("text").GetString()!.Contains("around for weeks"));
        Assert.False(near.GetProperty("verified").GetBoolean());
        Assert.Equal("near-verbatim for T2, as recorded in findings.lock", near.GetProperty("provenance").GetString());
        Assert.Equal(quotations.Count - 1, quotations.Count(q => q.GetProperty("verified").GetBoolean()));
        Assert.True(near.GetProperty("nearVerbatim").GetBoolean());
        Assert.Contains($"{quotations.Count - 1} of {quotations.Count} quotations verified, 1 near-verbatim (not verified)", File.ReadAllText(Path.Combine(outcome.OutputFolder!, "index.html")));
    }

    [Fact]
    public void Without_the_transcripts_the_lock_says_again_what_was_only_a_warning_where_they_were()
    {
        using var study = StudyCommands.CopyOfExample();
        string results = Path.Combine(study.Path, "results.md");
        File.WriteAllText(results, File.ReadAllText(results).Replace("I carried that yellow around for days,", "I carried that yellow around for weeks,"));
        StudyCommands.Check(study.Path, "text", updateLock: true);
        Directory.Delete(Path.Combine(study.Path, "transcripts"), recursive: true);
        var (exit, publicCi, _) = StudyCommands.Check(study.Path, "text");
        Assert.Equal(0, exit);
        // The FG0104 written where the transcripts were is not lost in public CI: the lock's record is said again.
        Assert.Contains("warning FG0104: findings.lock records this quotation as near-verbatim", publicCi);
    }

    [Fact]
    public void A_quotation_found_where_speakers_cannot_be_told_apart_is_locked_as_such_and_never_verified()
    {
        using var study = new TempStudy();
        study.Write("findings.yml", "title: A\nparticipants: { T1: {} }\ntranscripts:\n  path: transcripts/{id}.*\nrules: { FG0008: none }\n");
        study.Write("transcripts/T1.txt", "Speaker 1: What did you do when the shift ended?\nSpeaker 2: I sat in the car for ten minutes.\nSpeaker 1: And then?\nSpeaker 2: I drove home.\n");
        study.Write("results.md", "# A {#a .theme}\n\n## B {#b .subtheme}\n\n[\"What did you do when the shift ended?\"]{.quote from=T1}\n");
        var (_, locking, _) = StudyCommands.Check(study.Path, "text", updateLock: true);
        Assert.Contains("FG0109", locking);
        Assert.Contains("match: verbatim-speakers-unknown", File.ReadAllText(Path.Combine(study.Path, "findings.lock")));
        var outcome = SiteBuilds.Build(study.Path, Path.Combine(study.Path, "_site"));
        using (var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outcome.OutputFolder!, "findings.json"))))
        {
            Assert.False(json.RootElement.GetProperty("quotations")[0].GetProperty("verified").GetBoolean());
        }
        Directory.Delete(Path.Combine(study.Path, "transcripts"), recursive: true);
        var (exit, publicCi, _) = StudyCommands.Check(study.Path, "text");
        Assert.Equal(0, exit);
        Assert.Contains("warning FG0109: findings.lock records this quotation as found in T1's transcript where speakers cannot be told apart", publicCi);
        Assert.DoesNotContain("Speaker", publicCi);
    }

    [Fact]
    public void A_readme_in_the_public_transcripts_folder_is_not_a_transcript_and_the_lock_still_vouches()
    {
        using var study = StudyCommands.CopyOfExample();
        string transcripts = Path.Combine(study.Path, "transcripts");
        Directory.Delete(transcripts, recursive: true);
        Directory.CreateDirectory(transcripts);
        File.WriteAllText(Path.Combine(transcripts, "README.txt"), "The transcripts are private and not committed.\n");
        var (exit, output, _) = StudyCommands.Check(study.Path, "text");
        Assert.Equal(0, exit);
        Assert.Contains("verified from findings.lock", output);
    }

    // ---- serve ----

    [Fact]
    public async System.Threading.Tasks.Task Serve_stops_cleanly_on_sigterm_within_a_second_even_with_a_page_listening()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return;
        using var study = StudyCommands.CopyOfExample();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Dll, "serve", study.Path, "--port", "0" }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        string? url = null;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (url is null && DateTime.UtcNow < deadline && process.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith("findings serve: http://", StringComparison.Ordinal)) url = line.Split(' ')[2].TrimEnd('/');
        }
        Assert.NotNull(url);
        using var http = new HttpClient();
        Assert.Contains("<html", await http.GetStringAsync(url + "/"));
        using var events = await http.GetStreamAsync(url + SiteServer.EventsPath);

        var rest = process.StandardOutput.ReadToEndAsync();
        var watch = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", new[] { "-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) })) kill.WaitForExit();
        Assert.True(process.WaitForExit(5000), "serve was still running 5 s after SIGTERM");
        Assert.True(watch.ElapsedMilliseconds < 1500, $"serve took {watch.ElapsedMilliseconds} ms to stop");
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("findings serve: stopped", await rest);
        Assert.Equal("", await errors);
    }

    [Fact]
    public async System.Threading.Tasks.Task Serve_survives_any_bad_edit_and_shows_it_over_the_last_good_build()
    {
        using var study = StudyCommands.CopyOfExample();
        var log = new StringWriter();
        var server = (await SiteServer.StartAsync(study.Path, 0, TextWriter.Synchronized(log), new StringWriter()))!;
        try
        {
            using var http = new HttpClient();
            async System.Threading.Tasks.Task<string> Problems()
            {
                using var stream = await http.GetStreamAsync(server.Url + SiteServer.EventsPath);
                using var reader = new StreamReader(stream);
                string? line;
                while ((line = await reader.ReadLineAsync()) is not null && !line.StartsWith("data: ", StringComparison.Ordinal)) { }
                return line ?? "";
            }
            string manifest = Path.Combine(study.Path, "findings.yml");
            string good = File.ReadAllText(manifest);
            var edits = new (Action Edit, string Shown)[]
            {
                (() => File.WriteAllText(manifest, good + "\ntitle: [\n"), "FG0201"),
                (() => File.Delete(manifest), "no findings.yml"),
                (() => { File.WriteAllText(manifest, good); Directory.CreateDirectory(Path.Combine(study.Path, "_templates")); File.WriteAllText(Path.Combine(study.Path, "_templates", "index.html"), "{{ if }}"); }, "_templates/index.html(1,"),
                (() => { Directory.Delete(Path.Combine(study.Path, "_templates"), true); File.WriteAllBytes(Path.Combine(study.Path, "results.md"), new byte[] { 0xff, 0xfe, 0x00 }); }, "not valid UTF-8"),
                (() => { Directory.Delete(study.Path, recursive: true); }, "does not exist"),
            };
            foreach (var (edit, shown) in edits)
            {
                int version = server.Version;
                edit();
                server.RebuildAfterChange();
                Assert.True(server.Version > version);
                Assert.Contains(shown, await Problems());
                Assert.Contains("<html", await http.GetStringAsync(server.Url + "/"));
            }
        }
        finally
        {
            await server.DisposeAsync();
        }
    }
}
