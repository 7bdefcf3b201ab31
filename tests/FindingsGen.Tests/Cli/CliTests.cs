using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using FindingsGen.Cli;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>The <c>findings check</c> command on folders: exit codes, formats, stability.</summary>
[Collection(EnvironmentCollection.Name)]
public sealed class CliTests
{
    private static (int Exit, string Output, string Error) Check(string folder, string format = "text") => StudyCommands.Check(folder, format);

    [Fact]
    public void The_example_study_checks_clean()
    {
        var (exit, output, error) = Check(StudyCommands.Content);
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.StartsWith("findings check: clean \u2014 2 page(s), 2 theme(s), 4 subtheme(s)", output);
        Assert.Single(output.TrimEnd().Split('\n'));
    }

    [Fact]
    public void A_missing_folder_or_manifest_exits_2_with_one_line()
    {
        using var temp = new TempStudy();
        var (exit, output, error) = Check(temp.Path);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal($"findings: no findings.yml in '{temp.Path}'; a study folder needs one: run 'findings new' to start a study, or see " +
            "https://github.com/findingsgen/findingsgen/blob/main/docs/language.md#the-manifest-findingsyml", error.TrimEnd());

        (exit, _, error) = Check(Path.Combine(temp.Path, "nope"));
        Assert.Equal(2, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Errors_exit_1_and_are_sorted_by_file_line_and_column()
    {
        using var temp = new TempStudy();
        temp.Write("findings.yml", "title: T\nparticipants: { T1: {}, T2: {} }\nfrequency: { one: 1, two: 2 }\nrules: { FG0008: none }\n");
        temp.Write("b.md", "[Two]{.freq of=T1} x\n\n[One]{.freq of=T9} y\n");
        temp.Write("a.md", "See [](#nowhere).\n");
        var (exit, output, _) = Check(temp.Path);
        Assert.Equal(1, exit);
        var lines = output.TrimEnd().Split('\n');
        Assert.StartsWith("a.md(1,5): error FG0006:", lines[0]);
        Assert.StartsWith("b.md(1,1): error FG0001:", lines[1]);
        Assert.StartsWith("b.md(3,16): error FG0004:", lines[2]);
        Assert.StartsWith("findings check: 3 error(s), 0 warning(s)", lines[3]);
        Assert.Equal(output.Split('\n')[..3], Check(temp.Path).Output.Split('\n')[..3]);
    }

    [Fact]
    public void Json_format_is_exactly_the_documented_object()
    {
        using var temp = new TempStudy();
        temp.Write("findings.yml", "title: T\nparticipants: { T1: {}, T2: {}, T4: {}, T5: {}, T6: {} }\nfrequency: { most: 4-5 }\nrules: { FG0008: none }\n");
        temp.Write("results.md", "[Most]{.freq of=\"T1 T2 T4\"} said \u201cx\u201d.\n");
        var (exit, output, _) = Check(temp.Path, "json");
        Assert.Equal(1, exit);
        Assert.Equal(
            "{\"diagnostics\":[{\"id\":\"FG0001\",\"severity\":\"error\",\"file\":\"results.md\",\"line\":1,\"column\":1,\"endLine\":1,\"endColumn\":28," +
            "\"message\":\"'Most' means 4\u20135 participants on this study's scale, but 3 are cited (T1, T2, T4); use the label that fits 3 or correct of=\"}]," +
            "\"summary\":{\"errors\":1,\"warnings\":0,\"infos\":0}}\n", output);
        using var parsed = JsonDocument.Parse(output);
        Assert.Equal(1, parsed.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public void A_listed_page_that_is_missing_is_reported_at_its_manifest_entry()
    {
        using var temp = new TempStudy();
        temp.Write("findings.yml", "title: T\nparticipants: {}\npages: [intro.md, gone.md]\n");
        temp.Write("intro.md", "Hello.\n");
        var (exit, output, _) = Check(temp.Path);
        Assert.Equal(1, exit);
        Assert.StartsWith("findings.yml(3,19): error FG0202: the page 'gone.md' listed in pages: does not exist in the study folder", output);
    }

    [Fact]
    public void A_page_that_is_not_utf8_is_reported_at_the_bad_byte()
    {
        using var temp = new TempStudy();
        temp.Write("findings.yml", "title: T\nparticipants: {}\n");
        File.WriteAllBytes(Path.Combine(temp.Path, "bad.md"), new byte[] { (byte)'o', (byte)'k', (byte)'\n', (byte)'a', 0xFF, (byte)'\n' });
        var (exit, output, _) = Check(temp.Path);
        Assert.Equal(1, exit);
        Assert.StartsWith("bad.md(2,2): error FG0202: 'bad.md' is not valid UTF-8 text (first bad byte at line 2, column 2); save it as UTF-8", output);
    }

    [Fact]
    public void Without_pages_every_markdown_file_is_read_except_site_templates_and_transcripts()
    {
        using var temp = new TempStudy();
        temp.Write("findings.yml", "title: T\nparticipants: { T1: {} }\ntranscripts:\n  path: private/{id}.md\n");
        temp.Write("b.md", "B\n");
        temp.Write("a/c.md", "C\n");
        temp.Write("_site/x.md", "[x](#nowhere)\n");
        temp.Write("private/T1.md", "[x](#nowhere)\n");
        var (exit, output, _) = Check(temp.Path);
        Assert.Equal(0, exit);
        Assert.Contains("2 page(s)", output);
    }

    [Fact]
    public void A_listed_page_outside_the_study_folder_is_not_read()
    {
        using var outside = new TempStudy();
        outside.Write("secret.md", "[Most]{.freq of=T9} private notes\n");
        using var temp = new TempStudy();
        string relative = System.IO.Path.GetRelativePath(temp.Path, System.IO.Path.Combine(outside.Path, "secret.md"));
        temp.Write("findings.yml", $"title: T\nparticipants: {{}}\npages: ['{relative}']\n");
        var (exit, output, _) = Check(temp.Path);
        Assert.Equal(1, exit);
        Assert.Contains("error FG0202: '" + relative.Replace('\\', '/') + "' listed in pages: is not a path inside the study folder", output);
        Assert.DoesNotContain("FG0004", output); // its text was never parsed
    }

    [Fact]
    public void Github_format_prints_one_annotation_per_diagnostic_with_escaped_data()
    {
        using var temp = new TempStudy();
        temp.Write("findings.yml", "title: T\nparticipants: { T1: {}, T2: {} }\nfrequency: { two: 2 }\nrules: { FG0008: none }\n");
        temp.Write("results.md", "x\n\n[Two]{.freq of=\"T1\"} said so.\n\nMany participants agreed, [100%]{.freq of=T1}.\n");
        var (exit, output, _) = Check(temp.Path, "github");
        Assert.Equal(1, exit);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("::error file=results.md,line=3,col=1,endLine=3,endColumn=21,title=FG0001::'Two' means 2 participants", lines[0]);
        Assert.StartsWith("::warning file=results.md,line=5,col=1,endLine=5,endColumn=18,title=FG0003::'Many participants'", lines[1]);
        Assert.StartsWith("::error file=results.md,line=5,col=27,endLine=5,endColumn=46,title=FG0002::'100%25' does not begin", lines[2]); // % escaped as %25
        Assert.DoesNotContain("findings check:", output); // annotations only, no summary line
    }

    /// <summary>300 themes of ~3,000 words: a study whose build, in a process left to its defaults, collects several times.</summary>
    private static TempStudy ManyWords()
    {
        var study = new TempStudy();
        study.Write("findings.yml", "title: Many words\nparticipants:\n  P1: {}\nrules: { FG0008: none }\n");
        var page = new System.Text.StringBuilder();
        for (int i = 1; i <= 300; i++)
        {
            page.Append($"# Theme {i} {{#t{i} .theme}}\n\n## Part {i} {{#s{i} .subtheme}}\n\n");
            for (int p = 0; p < 60; p++) page.Append("Some *prose* about the way the days went, with a [link](https://example.org) and more words, said twice over. ".Replace("twice", "twice " + p) + "\n\n");
        }
        study.Write("results.md", page.ToString());
        return study;
    }

    /// <summary><c>findings build --timings</c> of <paramref name="study"/> in a process of its own, with <paramref name="environment"/> added.</summary>
    private static (int Exit, string Output) BuildWithTimings(TempStudy study, IReadOnlyDictionary<string, string> environment) =>
        ChildProcess.RunWith(environment, "dotnet", study.Path, Path.Combine(System.AppContext.BaseDirectory, "findings.dll"), "build", study.Path, "--timings");

    private static int Collections(string output)
    {
        var collections = System.Text.RegularExpressions.Regex.Match(output, @"; (\d+) garbage collection\(s\)");
        Assert.True(collections.Success, output);
        return int.Parse(collections.Groups[1].Value);
    }

    [Fact]
    public void In_a_small_container_the_build_still_succeeds()
    {
        // A 256 MB heap limit stands for a small container: the collector runs as it needs to, and the build completes.
        using var study = ManyWords();
        var (exit, output) = BuildWithTimings(study, new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x10000000" });
        Assert.Equal(0, exit);
        Assert.Contains("findings build: 305 pages", output);
        Assert.True(Collections(output) > 1, output);
    }

    [Fact]
    public void Build_timings_name_every_stage_in_order()
    {
        using var study = StudyCommands.CopyOfExample();
        var output = new StringWriter();
        var outcome = Site.SiteBuild.Run(new Site.SiteBuild.Options(study.Path, null, false, Timings: true), output, new StringWriter());
        Assert.Equal(0, outcome.ExitCode);
        Assert.Matches(@"findings build: read \d+ ms \(\d+ MB\), templates \d+ ms \(\d+ MB\), parse \d+ ms \(\d+ MB\), check \d+ ms \(\d+ MB\), model \d+ ms \(\d+ MB\), render \d+ ms \(\d+ MB\), write \d+ ms \(\d+ MB\)", output.ToString());
    }

    [Theory]
    [InlineData("chek", "'chek' is not a command; did you mean 'check'?")]
    [InlineData("bild", "'bild' is not a command; did you mean 'build'?")]
    [InlineData("publish", "'publish' is not a command (the commands: new, check, build, serve, transcripts, import, export)")]
    public void A_misspelt_command_is_one_line_naming_the_command_meant(string written, string expected)
    {
        var (exit, output) = ChildProcess.Run("dotnet", StudyCommands.Content, Path.Combine(System.AppContext.BaseDirectory, "findings.dll"), written, ".");
        Assert.Equal(2, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("findings: " + expected, lines[0]);
        Assert.DoesNotContain("Required command", output);
        Assert.DoesNotContain("Unrecognized", output);
    }

    [Fact]
    public void No_command_shows_the_commands_not_the_parsers_complaint()
    {
        var (exit, output) = ChildProcess.Run("dotnet", StudyCommands.Content, Path.Combine(System.AppContext.BaseDirectory, "findings.dll"));
        Assert.Equal(2, exit);
        Assert.DoesNotContain("Required command", output);
        foreach (var command in new[] { "check <study>", "build <study>", "serve <study>", "transcripts <study>", "--help" }) Assert.Contains(command, output);
    }
}
