using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FindingsGen.Files;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// FINDINGS_TRANSCRIPTS naming a folder that gives no transcript (a typo, a drive not mounted) is a located warning,
/// in findings check and in the build, never a quiet "verified from findings.lock".
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class TranscriptsVariableTests
{
    private static (int Exit, string Output, string Error) CheckWith(string study, string? variable)
    {
        Environment.SetEnvironmentVariable(TranscriptFolder.EnvironmentVariable, variable);
        try { return StudyCommands.Check(study); }
        finally { Environment.SetEnvironmentVariable(TranscriptFolder.EnvironmentVariable, null); }
    }

    public static TheoryData<string> Missing => new() { "/no/such/folder", "no-such-relative-folder", "/tmp/fg-typo-" + Guid.NewGuid().ToString("N") };

    [Theory]
    [MemberData(nameof(Missing))]
    public void A_folder_that_does_not_exist_is_a_warning_at_transcripts_path(string folder)
    {
        using var study = StudyCommands.CopyOfExample();
        var (exit, output, _) = CheckWith(study.Path, folder);
        Assert.Equal(0, exit);
        Assert.StartsWith($"findings.yml(20,9): warning FG0106: FINDINGS_TRANSCRIPTS names the transcripts folder '{Path.GetFullPath(folder)}', which does not exist, " +
                          "so no transcript was read and the quotations are checked against findings.lock alone", output);
        Assert.Contains("0 error(s), 1 warning(s)", output);
        Assert.Contains("18 verified from findings.lock", output);
    }

    [Fact]
    public void An_empty_folder_or_a_file_is_a_warning_too()
    {
        using var study = StudyCommands.CopyOfExample();
        using var empty = new TempStudy();
        var (_, output, _) = CheckWith(study.Path, empty.Path);
        Assert.Contains($"warning FG0106: FINDINGS_TRANSCRIPTS names the transcripts folder '{empty.Path}', which holds no transcript matching {{id}}.*", output);
        string file = empty.Write("not-a-folder.txt", "x");
        (_, output, _) = CheckWith(study.Path, file);
        Assert.Contains("which is a file, not a folder", output);
    }

    [Fact]
    public void The_manifests_own_folder_missing_is_no_warning()
    {
        using var study = StudyCommands.CopyOfExample(withTranscripts: false);
        var (exit, output, _) = CheckWith(study.Path, null);
        Assert.Equal(0, exit);
        Assert.StartsWith("findings check: clean", output);
    }

    [Fact]
    public void A_folder_that_holds_the_transcripts_is_no_warning()
    {
        using var study = StudyCommands.CopyOfExample();
        var (exit, output, _) = CheckWith(study.Path, Path.Combine(study.Path, "transcripts"));
        Assert.Equal(0, exit);
        Assert.StartsWith("findings check: clean", output);
    }

    [Fact]
    public void A_participant_missing_from_the_folder_the_variable_names_is_said_against_that_folder()
    {
        using var study = StudyCommands.CopyOfExample();
        // Part of the transcripts in another folder: T1's file alone.
        string partial = Path.Combine(study.Path, "..", Path.GetFileName(study.Path) + "-partial");
        Directory.CreateDirectory(partial);
        try
        {
            File.Copy(Path.Combine(study.Path, "transcripts", "T1.txt"), Path.Combine(partial, "T1.txt"));
            var (exit, output, _) = CheckWith(study.Path, partial);
            Assert.Equal(1, exit);
            string folder = Path.GetFullPath(partial);
            Assert.Contains($"T2's transcript cannot be used to trace this quotation: nothing matches T2.* in '{folder}' (the folder FINDINGS_TRANSCRIPTS names)", output);
            Assert.DoesNotContain("nothing matches transcripts/", output);
        }
        finally { Directory.Delete(partial, true); }
    }

    [Fact]
    public void Findings_transcripts_names_the_folder_that_gave_nothing()
    {
        using var study = StudyCommands.CopyOfExample();
        var output = new StringWriter();
        Environment.SetEnvironmentVariable(TranscriptFolder.EnvironmentVariable, "/no/such/folder");
        int exit;
        try { exit = FindingsGen.Cli.TranscriptsCommand.Run(study.Path, "text", output, new StringWriter()); }
        finally { Environment.SetEnvironmentVariable(TranscriptFolder.EnvironmentVariable, null); }
        Assert.StartsWith("findings transcripts: no transcripts here: FINDINGS_TRANSCRIPTS names the transcripts folder '/no/such/folder', which does not exist", output.ToString());
        Assert.Equal(2, exit); // it could not run on what was asked for

        // A public checkout without its transcripts is no failure: the summary says so and exits 0.
        Directory.Delete(Path.Combine(study.Path, "transcripts"), true);
        Assert.Equal(0, FindingsGen.Cli.TranscriptsCommand.Run(study.Path, "text", new StringWriter(), new StringWriter()));
    }

    [Fact]
    public async Task The_analyzer_warns_as_findings_check_does()
    {
        using var study = StudyCommands.CopyOfExample();
        var findings = await AnalyzerHost.RunAsync(study.Path, "/no/such/folder");
        var warning = Assert.Single(findings, f => f.Id == "FG0106");
        Assert.Equal(("findings.yml", 20, 9, "warning"), (warning.File, warning.Line, warning.Column, warning.Severity));
        Assert.StartsWith("FINDINGS_TRANSCRIPTS names the transcripts folder '/no/such/folder', which does not exist", warning.Message);
        Assert.DoesNotContain(findings, f => f.Severity == "error");
    }
}
