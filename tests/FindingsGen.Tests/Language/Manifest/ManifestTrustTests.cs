using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FindingsGen.Cli;
using FindingsGen.Language;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Manifest;
using FindingsGen.Site;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// A broken or partial manifest never widens what is read, never crashes a host, and never lets a check switch
/// itself off in silence (the acceptance cases of "A clean that can be trusted" on the manifest, and their kin).
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class ManifestTrustTests
{
    private const string Study =
        "title: Between sessions\n" +                                     // 1
        "participants:\n" +                                               // 2
        "  T1: { setting: hospital }\n" +                                 // 3
        "  T2: { setting: private practice }\n" +                         // 4
        "  T3: { setting: schools }\n" +                                  // 5
        "frequency:\n" +                                                  // 6
        "  all: 3\n" +                                                    // 7
        "  two: 2\n" +                                                    // 8
        "  one: 1\n" +                                                    // 9
        "quantifier_nouns: [participants, therapists]\n" +                // 10
        "transcripts:\n" +                                                // 11
        "  path: transcripts/{id}.*\n" +                                  // 12
        "  interviewer: [I]\n" +                                          // 13
        "pages: [results.md]\n";                                          // 14

    private const string Results =
        "# Carrying the session {#carrying .theme}\n\n## Images {#images .subtheme}\n\n" +
        "[Two]{.freq of=\"T1 T2\"} therapists described images that stayed.\n\n" +
        "::: {.quote from=T1}\nThe images stay with me.\n:::\n";

    private const string Canary = "CANARY-PRIVATE-WORDS";

    private static TempStudy NewStudy(string manifest)
    {
        var temp = new TempStudy();
        temp.Write("findings.yml", manifest);
        temp.Write("results.md", Results);
        temp.Write("transcripts/T1.md", $"I: How was it?\nT1: The images stay with me. {Canary} Images that stays.\n");
        temp.Write("transcripts/T2.txt", "I: And you?\nT2: Nothing stays.\n");
        return temp;
    }

    private sealed record Found(string Id, string Severity, string File, int Line, int Column, string Message);

    private static (int Exit, List<Found> Diagnostics, string Output) CheckJson(string folder)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        int exit = CheckCommand.Run(folder, "json", output, errors);
        using var json = JsonDocument.Parse(output.ToString());
        var found = json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => new Found(
            d.GetProperty("id").GetString()!, d.GetProperty("severity").GetString()!, d.GetProperty("file").GetString()!,
            d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32(), d.GetProperty("message").GetString()!)).ToList();
        return (exit, found, output + errors.ToString());
    }

    private static (int Exit, string Output) Build(string folder, string output, bool draft)
    {
        var outWriter = new StringWriter();
        var errWriter = new StringWriter();
        var outcome = SiteBuild.Run(new SiteBuild.Options(folder, output, draft), outWriter, errWriter);
        return (outcome.ExitCode, outWriter + errWriter.ToString());
    }

    private static Found OnlyManifestError((int Exit, List<Found> Diagnostics, string Output) check)
    {
        Assert.Equal(1, check.Exit);
        var d = Assert.Single(check.Diagnostics);
        Assert.Equal(("FG0201", "error", "findings.yml"), (d.Id, d.Severity, d.File));
        return d;
    }

    // ---- case 01: an unclosed { (YamlDotNet throws InvalidOperationException) ----

    [Fact]
    public void An_unclosed_brace_is_one_located_FG0201_and_no_build_publishes()
    {
        using var temp = NewStudy("a: {\nb: [c]\n");
        var d = OnlyManifestError(CheckJson(temp.Path));
        Assert.InRange(d.Line, 1, 3);
        string site = Path.Combine(temp.Path, "out");
        var draft = Build(temp.Path, site, draft: true);
        Assert.Equal(1, draft.Exit);
        Assert.Contains("FG0201", draft.Output);
        Assert.False(Directory.Exists(site));
    }

    [Theory]
    [InlineData("...\ntitle: x\n")]                                       // a leading document end marker
    [InlineData("title: x\nparticipants: [T1\n")]                          // an unclosed [
    [InlineData("title: x\nparticipants: {T1: {}\n")]                       // an unclosed { mid-file
    [InlineData("title: x\ntitle: y\n")]                                   // a duplicate key
    [InlineData("- title: x\n- participants: {}\n")]                       // valid YAML, the wrong shape: a list at the top
    [InlineData("title: 'x\n")]                                            // an unclosed quote
    [InlineData("title: x\n--- \ntitle: y\n")]                             // two documents
    [InlineData("")]                                                       // nothing at all
    [InlineData("title: x\nparticipants: { T1: {} }\ntranscripts: transcripts\n")]   // transcripts: of the wrong kind
    [InlineData("title: x\nparticipants: { T1: {} }\ntranscripts: { path: transcripts/all.txt }\n")] // no {id}
    public void A_manifest_that_cannot_be_read_is_reported_alone_and_no_transcript_is_read(string manifest)
    {
        using var temp = NewStudy(manifest);
        var check = CheckJson(temp.Path);
        OnlyManifestError(check);
        Assert.DoesNotContain(Canary, check.Output);
        Assert.DoesNotContain(check.Diagnostics, d => d.File.StartsWith("transcripts/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_manifest_reader_never_throws_on_truncated_manifests()
    {
        // Every prefix of a real manifest is what an editor saves while the researcher types (serve rebuilds on each).
        string full = Study + "rules: { FG0003: none, FG0008: warning }\nidentifiers: \"../private/ids.txt\"\n";
        for (int i = 0; i <= full.Length; i++)
        {
            var diagnostics = new DiagnosticList();
            FindingsChecker.ReadManifest(full.Substring(0, i), diagnostics);
            Assert.All(diagnostics.Items, d => Assert.Equal("FG0201", d.Id));
        }
        foreach (var text in new[] { "{", "[", "a: {", "a: [", "...", "--- |\n", "? a\n", "a: !!binary x", "{a: [b, {c: d}", "a:\n  - b\n -c", "\t" })
        {
            var diagnostics = new DiagnosticList();
            FindingsChecker.ReadManifest(text, diagnostics);
        }
    }

    // ---- case 03: an empty frequency value ----

    [Theory]
    [InlineData("title: x\nparticipants: {T1: {}}\nfrequency: { two: \"\" }\n", 3)]
    [InlineData("title: x\nparticipants: {T1: {}}\nfrequency:\n  one: \"  \"\n", 4)]
    [InlineData("title: x\nparticipants: {T1: {}}\nfrequency:\n  one: \"+\"\n", 4)]
    [InlineData("title: x\nparticipants: {T1: {}}\nfrequency:\n  one: \"-\"\n", 4)]
    public void An_empty_or_bare_frequency_value_is_FG0201_at_its_line(string manifest, int line)
    {
        var diagnostics = new DiagnosticList();
        FindingsChecker.ReadManifest(manifest, diagnostics);
        var d = Assert.Single(diagnostics.Items);
        Assert.Equal(("FG0201", line), (d.Id, d.Location.Line));
        Assert.False(CountRange.TryParse("", out _));
    }

    // ---- case 11: an invalid manifest publishes a transcript ----

    [Fact]
    public void An_invalid_manifest_reads_no_transcript_and_publishes_nothing()
    {
        using var temp = NewStudy("title: Leak: a colon too many\n" + Study.Substring(Study.IndexOf('\n') + 1));
        var check = CheckJson(temp.Path);
        Assert.Equal(1, OnlyManifestError(check).Line);
        Assert.DoesNotContain(Canary, check.Output);
        var text = new StringWriter();
        CheckCommand.Run(temp.Path, "text", text, text);
        Assert.DoesNotContain(Canary, text.ToString());
        foreach (bool draft in new[] { true, false })
        {
            string site = Path.Combine(temp.Path, draft ? "draft" : "site");
            var build = Build(temp.Path, site, draft);
            Assert.Equal(1, build.Exit);
            Assert.DoesNotContain(Canary, build.Output);
            Assert.False(Directory.Exists(site));
        }
    }

    [Fact]
    public void A_transcript_is_never_a_page_even_when_listed()
    {
        using var temp = NewStudy(Study.Replace("pages: [results.md]", "pages: [results.md, transcripts/T1.md]"));
        var check = CheckJson(temp.Path);
        Assert.Equal(1, check.Exit);
        var d = Assert.Single(check.Diagnostics, x => x.Id == "FG0202");
        Assert.Equal(("findings.yml", 14), (d.File, d.Line));
        Assert.Contains("transcripts/T1.md", d.Message);
        Assert.DoesNotContain(Canary, check.Output);

        // Without pages:, a .md transcript is not a page either, and without a transcripts folder one named by the pattern.
        using var unlisted = NewStudy(Study.Replace("pages: [results.md]\n", ""));
        Assert.DoesNotContain(CheckJson(unlisted.Path).Diagnostics, x => x.File.StartsWith("transcripts/", StringComparison.Ordinal));
        using var beside = NewStudy(Study.Replace("transcripts/{id}.*", "{id}-interview.*").Replace("pages: [results.md]\n", ""));
        beside.Write("T1-interview.md", $"T1: {Canary}\n");
        var besideCheck = CheckJson(beside.Path);
        Assert.DoesNotContain(besideCheck.Diagnostics, x => x.File == "T1-interview.md");
        Assert.DoesNotContain(Canary, besideCheck.Output);
    }

    [Fact]
    public async Task A_transcripts_folder_moved_inside_the_study_holds_no_page()
    {
        using var temp = NewStudy(Study.Replace("pages: [results.md]\n", ""));
        // Read as a page, it would be reported (an unknown frequency word), and the text output would count 2 pages.
        temp.Write("private/T1.md", $"I: How was it?\nT1: The images stay with me. {Canary}\n\n[Most]{{.freq of=T1}} said so.\n");
        string? before = Environment.GetEnvironmentVariable(Files.TranscriptFolder.EnvironmentVariable);
        Environment.SetEnvironmentVariable(Files.TranscriptFolder.EnvironmentVariable, Path.Combine(temp.Path, "private"));
        try
        {
            var check = CheckJson(temp.Path);
            Assert.DoesNotContain(check.Diagnostics, d => d.File.StartsWith("private/", StringComparison.Ordinal));
            Assert.DoesNotContain(Canary, check.Output);
            Assert.Contains("\u2014 1 page(s)", Text(temp.Path));
            var analyzer = await AnalyzerHost.RunAsync(temp.Path, Path.Combine(temp.Path, "private"));
            Assert.DoesNotContain(analyzer, d => d.File.StartsWith("private/", StringComparison.Ordinal));
        }
        finally
        {
            Environment.SetEnvironmentVariable(Files.TranscriptFolder.EnvironmentVariable, before);
        }
    }

    // ---- case 21: a very long transcripts.path ----

    [Fact]
    public void A_huge_transcripts_path_answers_fast_with_a_short_located_error()
    {
        using var temp = NewStudy("title: x\nparticipants: { T1: {}, T2: {}, T3: {} }\ntranscripts:\n  path: transcripts/{id}." +
                                  string.Concat(Enumerable.Repeat("(x)", 100_000)) + "*\n  interviewer: [I]\n");
        var watch = Stopwatch.StartNew();
        var check = CheckJson(temp.Path);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        var d = OnlyManifestError(check);
        Assert.Equal(4, d.Line);
        Assert.All(check.Output.Split('\n'), line => Assert.True(line.Length < 10_000));
    }

    [Fact]
    public void The_transcript_pattern_matcher_is_a_plain_glob()
    {
        Assert.True(TranscriptPattern.Matches("{id}.*", "T1", "T1.txt"));
        Assert.False(TranscriptPattern.Matches("{id}.*", "T1", "T10.txt"));
        Assert.True(TranscriptPattern.Matches("{id}-*-final.*", "T1", "T1-a-b-final.docx"));
        Assert.False(TranscriptPattern.Matches("{id}.(x)*", "T1", "T1.x"));   // parentheses are literal, never a group
        Assert.True(TranscriptPattern.Matches("{id}.(x)*", "T1", "T1.(x)txt"));
        var watch = Stopwatch.StartNew();
        string many = string.Concat(Enumerable.Repeat("*a", 2000));
        Assert.False(TranscriptPattern.Glob(many + "b", new string('a', 5000)));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Manifest_messages_never_echo_a_huge_value()
    {
        string huge = new string('q', 50_000);
        string longKey = new string('k', 900); // YAML allows implicit keys of up to 1024 characters
        var diagnostics = new DiagnosticList();
        FindingsChecker.ReadManifest($"title: x\nparticipants: {{}}\n{longKey}: 1\nfrequency: {{ most: '{huge}' }}\nrules: {{ {longKey}: none }}\n", diagnostics);
        Assert.Equal(3, diagnostics.Items.Count);
        Assert.All(diagnostics.Items, d => Assert.True(d.Message.Length < 500, d.Message.Substring(0, 100)));

        foreach (var text in new[] { $"? {huge}\n: 1\n? {huge}\n: 2\n", $"title: &{huge} x\n", $"title: x\nauthors: *{huge}\n" })
        {
            var more = new DiagnosticList();
            FindingsChecker.ReadManifest(text, more);
            var d = Assert.Single(more.Items);
            Assert.True(d.Message.Length < 500, d.Message.Substring(0, 100));
        }
    }

    // ---- case 24: pages not listed ----

    [Fact]
    public void A_page_file_not_in_pages_is_FG0203_in_that_file()
    {
        using var temp = NewStudy(Study);
        temp.Write("discussion.md", "[All]{.freq of=\"T1\"} said so.\n");
        temp.Write("notes/aside.qmd", "x\n");
        temp.Write("README.md", "About this folder.\n");                  // documents the folder: not a page
        temp.Write("_site/old.md", "x\n");
        temp.Write(".git/x.md", "x\n");
        temp.Write("other/findings.yml", "title: y\nparticipants: {}\n");  // another study's pages are not ours
        temp.Write("other/results.md", "x\n");
        var check = CheckJson(temp.Path);
        var unlisted = check.Diagnostics.Where(d => d.Id == "FG0203").ToList();
        Assert.Equal(new[] { "discussion.md", "notes/aside.qmd" }, unlisted.Select(d => d.File));
        Assert.All(unlisted, d => Assert.Equal(("warning", 1, 1), (d.Severity, d.Line, d.Column)));
        Assert.StartsWith("not read: list it in pages: or move it out", unlisted[0].Message);
        Assert.DoesNotContain(check.Diagnostics, d => d.Id == "FG0001");      // discussion.md is not read

        File.AppendAllText(Path.Combine(temp.Path, "findings.yml"), "rules: { FG0203: none }\n");
        Assert.DoesNotContain(CheckJson(temp.Path).Diagnostics, d => d.Id == "FG0203");
    }

    [Fact]
    public void Without_pages_qmd_files_are_pages_and_a_study_without_pages_is_an_error()
    {
        using var temp = NewStudy(Study.Replace("pages: [results.md]\n", ""));
        File.Move(Path.Combine(temp.Path, "results.md"), Path.Combine(temp.Path, "results.qmd"));
        var check = CheckJson(temp.Path);
        Assert.Equal(0, check.Exit);
        Assert.Contains("1 page(s)", Text(temp.Path));

        File.Delete(Path.Combine(temp.Path, "results.qmd"));
        var none = CheckJson(temp.Path);
        Assert.Equal(1, none.Exit);
        var d = Assert.Single(none.Diagnostics);
        Assert.Equal(("FG0202", "findings.yml", 1, 1), (d.Id, d.File, d.Line, d.Column));
        Assert.Contains("no pages", d.Message);

        File.AppendAllText(Path.Combine(temp.Path, "findings.yml"), "pages: []\n");
        Assert.Contains(CheckJson(temp.Path).Diagnostics, x => x.Id == "FG0202" && x.Message.Contains("no pages"));
    }

    private static string Text(string folder)
    {
        var text = new StringWriter();
        CheckCommand.Run(folder, "text", text, text);
        return text.ToString();
    }

    [Fact]
    public void A_page_listed_twice_is_FG0201_and_read_once()
    {
        using var temp = NewStudy(Study.Replace("pages: [results.md]", "pages: [results.md, ./results.md]"));
        var check = CheckJson(temp.Path);
        var d = Assert.Single(check.Diagnostics, x => x.Id == "FG0201");
        Assert.Equal(14, d.Line);
        Assert.Contains("listed twice", d.Message);
        Assert.Contains("1 page(s)", Text(temp.Path));
    }

    // ---- case 25: the identifiers list cannot be read ----

    [Fact]
    public void A_missing_identifiers_file_is_FG0201_at_the_identifiers_value()
    {
        using var temp = NewStudy(Study + "identifiers: ../private/missing.txt\n");
        var check = CheckJson(temp.Path);
        Assert.Equal(1, check.Exit);
        var d = Assert.Single(check.Diagnostics, x => x.Id == "FG0201");
        Assert.Equal((15, 14), (d.Line, d.Column));
        Assert.Contains("does not exist", d.Message);
    }

    [Theory]
    [InlineData("folder")]
    [InlineData("latin1")]
    [InlineData("empty value")]
    public void An_identifiers_list_that_cannot_be_used_is_FG0201(string kind)
    {
        using var temp = NewStudy(Study + (kind == "empty value" ? "identifiers:\n" : "identifiers: private/ids.txt\n"));
        if (kind == "folder") Directory.CreateDirectory(Path.Combine(temp.Path, "private/ids.txt"));
        if (kind == "latin1")
        {
            Directory.CreateDirectory(Path.Combine(temp.Path, "private"));
            File.WriteAllBytes(Path.Combine(temp.Path, "private/ids.txt"), new byte[] { 0x4A, 0xF8, 0x72, 0x67, 0x65, 0x6E, 0x0A });
        }
        var check = CheckJson(temp.Path);
        Assert.Equal(1, check.Exit);
        Assert.Equal(15, Assert.Single(check.Diagnostics, x => x.Id == "FG0201").Line);
    }

    [Theory]
    [InlineData("identifiers: \"private/\\0ids.txt\"\n", 15)]
    [InlineData("identifiers: \"\\e\"\n", 15)]
    public void A_path_with_a_control_character_is_FG0201_never_a_crash(string line, int at)
    {
        using var temp = NewStudy(Study + line);
        var check = CheckJson(temp.Path);
        Assert.Equal(1, check.Exit);
        Assert.Equal(at, Assert.Single(check.Diagnostics, x => x.Id == "FG0201").Line);

        using var page = NewStudy(Study.Replace("pages: [results.md]", "pages: [results.md, \"a\\0b.md\"]"));
        Assert.Equal(14, Assert.Single(CheckJson(page.Path).Diagnostics, x => x.Id == "FG0201").Line);
        using var transcripts = NewStudy(Study.Replace("  path: transcripts/{id}.*", "  path: \"transcripts/{id}\\0.*\""));
        Assert.Equal(12, OnlyManifestError(CheckJson(transcripts.Path)).Line);
    }

    // ---- case 26: a tab as indentation ----

    [Fact]
    public void A_tab_as_indentation_is_one_FG0201_at_its_line_and_nothing_else()
    {
        using var temp = NewStudy(Study.Replace("  T3: {", "\tT3: {"));
        Assert.Equal(5, OnlyManifestError(CheckJson(temp.Path)).Line);
    }

    // ---- case 27: the scale against the study ----

    [Theory]
    [InlineData("  all: 6\n", 7, "3 participant")]
    [InlineData("  all: 4+\n", 7, "3 participant")]
    [InlineData("  all: 3\n  most: 2-3\n", 8, "overlaps")]
    [InlineData("  all: 3\n  many: 1+\n", 8, "overlaps")]
    public void A_scale_label_that_exceeds_the_study_or_overlaps_another_is_FG0201(string scale, int line, string says)
    {
        using var temp = NewStudy(Study.Replace("  all: 3\n", scale));
        var check = CheckJson(temp.Path);
        Assert.Equal(1, check.Exit);
        Assert.All(check.Diagnostics, x => Assert.Equal("FG0201", x.Id));
        Assert.Contains(check.Diagnostics, x => x.Line == line && x.Message.Contains(says));
    }

    // ---- the analyzer and the build step agree ----

    [Theory]
    [InlineData("broken")]
    [InlineData("identifiers")]
    [InlineData("unlisted")]
    [InlineData("transcript listed")]
    [InlineData("scale")]
    public async Task The_analyzer_reports_manifest_problems_as_findings_check_does(string kind)
    {
        string manifest = kind switch
        {
            "broken" => "title: Leak: a colon too many\n" + Study.Substring(Study.IndexOf('\n') + 1),
            "identifiers" => Study + "identifiers: ../private/missing.txt\n",
            "transcript listed" => Study.Replace("pages: [results.md]", "pages: [results.md, transcripts/T1.md]"),
            "scale" => Study.Replace("  all: 3\n", "  all: 6\n"),
            _ => Study,
        };
        using var temp = NewStudy(manifest);
        if (kind == "unlisted") temp.Write("discussion.md", "x\n");
        var cli = CheckJson(temp.Path).Diagnostics.Select(d => new AnalyzerHost.Finding(d.Id, d.File, d.Line, d.Column, d.Severity, d.Message)).ToList();
        var analyzer = await AnalyzerHost.RunAsync(temp.Path);
        Assert.Equal(cli, analyzer);
        Assert.NotEmpty(analyzer);
        Assert.DoesNotContain(analyzer, f => f.Message.Contains(Canary));
    }

    [Fact]
    public void The_build_step_hands_over_no_private_data_when_the_manifest_is_broken()
    {
        using var temp = NewStudy("a: {\nb: [c]\n");
        string obj = Path.Combine(temp.Path, "obj");
        Assert.Empty(Files.BuildFiles.Collect(temp.Path, obj, null));
    }

    [Fact]
    public async Task Serve_survives_a_half_typed_manifest_shows_its_FG0201_and_serves_no_study_page()
    {
        using var study = StudyCommands.CopyOfExample();
        var log = new StringWriter();
        var syncLog = TextWriter.Synchronized(log);
        await using var server = await SiteServer.StartAsync(study.Path, 0, syncLog, syncLog);
        Assert.NotNull(server);
        using var http = new System.Net.Http.HttpClient();
        async Task<int> Status(string path) => (int)(await http.GetAsync(server!.Url + path)).StatusCode;
        async Task Until(Func<Task<bool>> condition)
        {
            var watch = Stopwatch.StartNew();
            while (!await condition())
            {
                Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), "serve did not rebuild in time: " + log);
                await Task.Delay(100);
            }
        }
        Assert.Equal(200, await Status("/themes/carrying.html"));

        string manifest = Path.Combine(study.Path, "findings.yml");
        string good = File.ReadAllText(manifest);
        File.WriteAllText(manifest, good + "frequency_extra: { a: [\n");     // the researcher is still typing
        await Until(async () => log.ToString().Contains("error FG0201: YAML syntax") && await Status("/themes/carrying.html") == 404);

        File.WriteAllText(manifest, good);
        await Until(async () => await Status("/themes/carrying.html") == 200);
    }

    // ---- the command line: SOURCE_DATE_EPOCH and -o ----

    [Theory]
    [InlineData("abc")]
    [InlineData("99999999999999")]
    [InlineData("-5")]
    [InlineData("99999999999999999999999")]
    public void A_bad_SOURCE_DATE_EPOCH_is_exit_2_with_one_line(string value)
    {
        using var temp = NewStudy(Study);
        string? before = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", value);
        try
        {
            var build = Build(temp.Path, Path.Combine(temp.Path, "out"), draft: true);
            Assert.Equal(2, build.Exit);
            Assert.Single(build.Output.TrimEnd().Split('\n'));
            Assert.Contains("SOURCE_DATE_EPOCH", build.Output);
        }
        finally
        {
            Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", before);
        }
        Assert.Null(SiteBuild.SourceDateEpochProblem("1700000000"));
        Assert.Null(SiteBuild.SourceDateEpochProblem(null));
    }

    [Fact]
    public void An_empty_output_folder_is_exit_2()
    {
        using var temp = NewStudy(Study);
        var build = Build(temp.Path, "", draft: false);
        Assert.Equal(2, build.Exit);
        Assert.Contains("-o", build.Output);
    }
}
