using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FindingsGen.Site;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// A transcript is known by what the file is (device and inode), not by how a path spells it: a page or a template
/// override that is a symbolic or hard link to a transcript, a <c>pages:</c> entry spelled with <c>..</c>, or a
/// transcripts folder named another way never publishes a transcript's words.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class TranscriptIdentityTests
{
    /// <summary>A copy of the example study with a line no output may ever hold added to T1's and T5's transcripts.</summary>
    private static (TempStudy Study, string Canary) Study()
    {
        var study = StudyCommands.CopyOfExample();
        string canary = "CANARY-" + Guid.NewGuid().ToString("N");
        File.AppendAllText(Path.Combine(study.Path, "transcripts", "T5.md"), "\n" + canary + " a private line.\n");
        File.AppendAllText(Path.Combine(study.Path, "transcripts", "T1.txt"), "\n" + canary + " a private line.\n");
        return (study, canary);
    }

    private static void SetPages(TempStudy study, string? pages)
    {
        string path = Path.Combine(study.Path, "findings.yml");
        var lines = File.ReadAllLines(path).Where(l => !l.StartsWith("pages:", StringComparison.Ordinal)).ToList();
        if (pages is not null) lines.Add("pages: " + pages);
        File.WriteAllLines(path, lines);
    }

    private static void SetTranscriptsPath(TempStudy study, string pattern)
    {
        string path = Path.Combine(study.Path, "findings.yml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("path: transcripts/{id}.*", "path: \"" + pattern + "\""));
    }

    private static void HardLink(string target, string link)
    {
        using var process = Process.Start(new ProcessStartInfo("ln", new[] { target, link }) { RedirectStandardError = true })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    private static string AllText(string folder) =>
        Directory.Exists(folder) ? string.Concat(Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(File.ReadAllText)) : "";

    /// <summary>Checks, builds and builds a draft; the canary is in none of their output nor any file built. The check's output.</summary>
    private static string NothingLeaks(TempStudy study, string canary, bool templateRefused = false)
    {
        var (_, output, error) = StudyCommands.Check(study.Path);
        Assert.DoesNotContain(canary, output + error);
        string site = Path.Combine(study.Path, "_site");
        var (outcome, buildOutput, buildError) = SiteBuilds.BuildWithOutput(study.Path);
        Assert.DoesNotContain(canary, buildOutput + buildError + AllText(site));
        if (templateRefused) Assert.Equal(2, outcome.ExitCode);
        string draft = Path.Combine(study.Path, "_draft");
        var (draftOutcome, draftOutput, draftError) = SiteBuilds.BuildWithOutput(study.Path, draft, draft: true);
        Assert.DoesNotContain(canary, draftOutput + draftError + AllText(draft));
        if (templateRefused)
        {
            Assert.Equal(2, draftOutcome.ExitCode);
            Assert.Contains("error FG0204: the template '_templates/report.html' is a transcript (the same file as 'transcripts/T1.txt'); a transcript is never a template", buildOutput + buildError);
        }
        return output;
    }

    [Fact]
    public void A_listed_page_that_is_a_symbolic_link_to_a_transcript_is_FG0202_and_is_in_no_output()
    {
        var (study, canary) = Study();
        using var _ = study;
        File.CreateSymbolicLink(Path.Combine(study.Path, "notes.md"), Path.Combine("transcripts", "T5.md"));
        SetPages(study, "[introduction.md, results.md, notes.md]");
        string output = NothingLeaks(study, canary);
        Assert.Contains("error FG0202: 'notes.md' listed in pages: is a transcript (the same file as 'transcripts/T5.md'); a transcript is never a page", output);
    }

    [Fact]
    public void An_unlisted_page_that_is_a_symbolic_link_to_a_transcript_is_not_a_page()
    {
        var (study, canary) = Study();
        using var _ = study;
        File.CreateSymbolicLink(Path.Combine(study.Path, "notes.md"), Path.Combine("transcripts", "T1.txt"));
        SetPages(study, null);
        string output = NothingLeaks(study, canary);
        Assert.DoesNotContain("notes.md", output);
    }

    [Fact]
    public async Task A_page_that_is_a_hard_link_to_a_transcript_is_FG0202_in_both_hosts_and_is_in_no_output()
    {
        var (study, canary) = Study();
        using var _ = study;
        HardLink(Path.Combine(study.Path, "transcripts", "T5.md"), Path.Combine(study.Path, "notes.md"));
        SetPages(study, "[introduction.md, results.md, notes.md]");
        string output = NothingLeaks(study, canary);
        Assert.Contains("error FG0202: 'notes.md' listed in pages: is a transcript (the same file as 'transcripts/T5.md'); a transcript is never a page", output);

        var analyzer = await AnalyzerHost.RunAsync(study.Path);
        var refused = Assert.Single(analyzer, f => f.Id == "FG0202");
        Assert.StartsWith("'notes.md' listed in pages: is a transcript", refused.Message);
        Assert.DoesNotContain(analyzer, f => f.Message.Contains(canary, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unlisted_hard_link_to_a_transcript_is_no_page_for_the_analyzer_either()
    {
        var (study, canary) = Study();
        using var _ = study;
        HardLink(Path.Combine(study.Path, "transcripts", "T5.md"), Path.Combine(study.Path, "notes.md"));
        SetPages(study, null);
        NothingLeaks(study, canary);
        var analyzer = await AnalyzerHost.RunAsync(study.Path);
        Assert.DoesNotContain(analyzer, f => f.File == "notes.md" || f.Message.Contains("notes.md", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nope/../transcripts/T5.md")]
    [InlineData("introduction.md/../transcripts/T5.md")]
    [InlineData("../STUDY/transcripts/T5.md")]
    [InlineData("ABSOLUTE/transcripts/T5.md")]
    public void A_pages_entry_with_dot_dot_or_an_absolute_path_is_FG0202_and_is_in_no_output(string entry)
    {
        var (study, canary) = Study();
        using var _ = study;
        entry = entry.Replace("STUDY", Path.GetFileName(study.Path)).Replace("ABSOLUTE", study.Path);
        SetPages(study, "[introduction.md, results.md, \"" + entry + "\"]");
        string output = NothingLeaks(study, canary);
        Assert.Contains("error FG0202: '" + entry + "' listed in pages: is not a path inside the study folder", output);
    }

    [Theory]
    [InlineData("x/../{id}.*")]
    [InlineData("../STUDY/{id}.*")]
    [InlineData("ABSOLUTE/{id}.*")]
    [InlineData("./{id}.*")]
    public void Transcripts_at_the_study_root_named_another_way_are_traced_and_never_pages(string pattern)
    {
        var (study, canary) = Study();
        using var _ = study;
        string transcripts = Path.Combine(study.Path, "transcripts");
        File.Delete(Path.Combine(transcripts, "README.md"));
        foreach (var file in Directory.GetFiles(transcripts)) File.Move(file, Path.Combine(study.Path, Path.GetFileName(file)));
        Directory.Delete(transcripts);
        SetTranscriptsPath(study, pattern.Replace("STUDY", Path.GetFileName(study.Path)).Replace("ABSOLUTE", study.Path));
        SetPages(study, null);
        string output = NothingLeaks(study, canary);
        Assert.DoesNotContain("T5.md", output);
        Assert.Contains("18 traced", output);
    }

    [Fact]
    public void Pages_in_a_linked_folder_that_is_the_transcripts_folder_are_not_pages()
    {
        var (study, canary) = Study();
        using var _ = study;
        // The link is shallower than the folder it leads to, so the search for pages always walks the folder by the
        // link's name (each folder is walked once, by whichever name it meets first): only the identity keeps it out.
        Directory.CreateDirectory(Path.Combine(study.Path, "private"));
        Directory.Move(Path.Combine(study.Path, "transcripts"), Path.Combine(study.Path, "private", "interviews"));
        SetTranscriptsPath(study, "private/interviews/{id}.*");
        Directory.CreateSymbolicLink(Path.Combine(study.Path, "notes"), Path.Combine("private", "interviews"));
        SetPages(study, null);
        string output = NothingLeaks(study, canary);
        Assert.DoesNotContain("notes/", output);
        Assert.Contains("18 traced", output);
    }

    [Fact]
    public void A_link_to_a_transcript_in_the_folder_FINDINGS_TRANSCRIPTS_names_inside_the_study_is_FG0202()
    {
        var (study, canary) = Study();
        using var _ = study;
        Directory.Move(Path.Combine(study.Path, "transcripts"), Path.Combine(study.Path, "private-interviews"));
        File.CreateSymbolicLink(Path.Combine(study.Path, "notes.qmd"), Path.Combine("private-interviews", "T5.md"));
        SetPages(study, "[introduction.md, results.md, notes.qmd]");
        Environment.SetEnvironmentVariable(Files.TranscriptFolder.EnvironmentVariable, Path.Combine(study.Path, "private-interviews"));
        try
        {
            string output = NothingLeaks(study, canary);
            Assert.Contains("error FG0202: 'notes.qmd' listed in pages: is a transcript (the same file as 'private-interviews/T5.md')", output);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Files.TranscriptFolder.EnvironmentVariable, null);
        }
    }

    [Fact]
    public void A_template_override_that_is_a_link_to_a_transcript_is_FG0204_and_nothing_is_published()
    {
        var (study, canary) = Study();
        using var _ = study;
        Directory.CreateDirectory(Path.Combine(study.Path, "_templates"));
        File.CreateSymbolicLink(Path.Combine(study.Path, "_templates", "report.html"), Path.Combine("..", "transcripts", "T1.txt"));
        NothingLeaks(study, canary, templateRefused: true);
        Assert.False(Directory.Exists(Path.Combine(study.Path, "_site")));
    }

    [Fact]
    public void A_template_override_that_is_a_hard_link_to_a_transcript_is_FG0204()
    {
        var (study, canary) = Study();
        using var _ = study;
        Directory.CreateDirectory(Path.Combine(study.Path, "_templates"));
        HardLink(Path.Combine(study.Path, "transcripts", "T1.txt"), Path.Combine(study.Path, "_templates", "report.html"));
        NothingLeaks(study, canary, templateRefused: true);
    }

    [Fact]
    public async Task A_page_that_is_a_link_to_another_page_still_reads()
    {
        using var study = StudyCommands.CopyOfExample();
        File.Move(Path.Combine(study.Path, "results.md"), Path.Combine(study.Path, "findings-text.md"));
        File.CreateSymbolicLink(Path.Combine(study.Path, "results.md"), "findings-text.md");
        SetPages(study, "[introduction.md, results.md]");
        var (exit, output, _) = StudyCommands.Check(study.Path);
        Assert.Equal(0, exit);
        Assert.Contains("18 traced", output);
        Assert.DoesNotContain(await AnalyzerHost.RunAsync(study.Path), f => f.Severity == "error");
    }
}
