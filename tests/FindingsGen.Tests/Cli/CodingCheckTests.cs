using System.IO;
using System.Linq;
using FindingsGen.Cli;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// findings check and build against a REFI-QDA project on disk, in each package's export shape (QdaProjects.Garden),
/// then against the coding record alone, as public CI runs without the project.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class CodingCheckTests
{
    private static (int Exit, string Output, string Error) Check(string study, bool updateLock = false, string? coding = null, string format = "text")
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CheckCommand.Run(study, format, output, error, updateLock, coding);
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData(QdaShape.QualCoder)]
    [InlineData(QdaShape.Maxqda)]
    [InlineData(QdaShape.AtlasTi)]
    [InlineData(QdaShape.NVivo)]
    public void A_study_that_agrees_with_its_coding_is_clean_in_every_package_shape(QdaShape shape)
    {
        var (temp, study, _) = CodedGardenStudy.Write(shape);
        using (temp)
        {
            var (exit, output, error) = Check(study);
            Assert.Equal("", error);
            Assert.True(exit == 0, output);
            Assert.StartsWith("findings check: clean", output);
            Assert.Contains("4 of 4 section(s) checked against the coding in garden.qdpx", output);
        }
    }

    [Theory]
    [InlineData(QdaShape.QualCoder)]
    [InlineData(QdaShape.Maxqda)]
    [InlineData(QdaShape.AtlasTi)]
    [InlineData(QdaShape.NVivo)]
    public void Each_disagreement_is_found_in_every_package_shape_and_again_from_the_record(QdaShape shape)
    {
        string page = CodedGardenStudy.Page
            .Replace("[Most participants]{.freq of=\"P1 P2 P3\"}", "[Most participants]{.freq of=\"P1 P2 P4\"}")            // FG0501 (P4), FG0502 is quiet (3 coded, most = 3)
            .Replace("[One participant]{.freq of=\"P3\"}", "[Some participants]{.freq of=\"P3 P1\"}")                      // FG0501 (P1), FG0502 (1 coded, some = 2)
            .Replace("My flat faces the motorway, and here I can hear the bees.", "Nobody asks why.")                     // FG0503
            .Replace("code=\"Respite\"", "code=\"Respit\"");                                                             // FG0504
        var (temp, study, project) = CodedGardenStudy.Write(shape, page);
        using (temp)
        {
            var (exit, output, _) = Check(study, updateLock: true);
            Assert.Equal(1, exit);
            string[] expected =
            {
                "results.md(5,37): warning FG0501: P4 is cited for 'Peers who understand', but has no coded selection under 'Peer support' in garden.qdpx; code the passage, or leave the participant out of of=",
                "results.md(19,1): warning FG0502: 'Some' means 2 on this study's scale, but 1 participant(s) are coded under 'Quiet' ('Quiet and nature' in garden.qdpx: P3); use 'one', or say why the claim counts fewer, or correct the coding",
                "results.md(19,34): warning FG0501: P1 is cited for 'Quiet', but has no coded selection under 'Quiet and nature' in garden.qdpx; code the passage, or leave the participant out of of=",
                "results.md(21,1): info FG0503: this quotation of P3 lies in no selection coded under 'Quiet and nature' (the code of 'Quiet') in garden.qdpx; code the passage there, or move the quotation to the section it was coded under",
                "results.md(15,34): error FG0504: 'Respit' is not a code of the project; did you mean 'Respite'? (in garden.qdpx); a section tied to no code is checked against no coding",
            };
            Assert.Equal(expected.OrderBy(l => l), output.Split('\n').Where(l => l.Contains(" FG05")).OrderBy(l => l));
            Assert.Contains("findings.coding.lock: ", output);

            // Public CI: no project, the record stands in for it and finds the same, saying where the coding came from.
            File.Delete(project);
            var (exitCi, outputCi, _) = Check(study);
            Assert.Equal(1, exitCi);
            Assert.Equal(expected.Select(l => l.Replace("garden.qdpx", "findings.coding.lock")).OrderBy(l => l),
                outputCi.Split('\n').Where(l => l.Contains(" FG05")).OrderBy(l => l));
            Assert.Contains("checked against the coding from the coding record findings.coding.lock", outputCi);
        }
    }

    [Fact]
    public void Without_project_or_record_the_check_says_the_coding_checks_could_not_run()
    {
        var (temp, study, project) = CodedGardenStudy.Write(QdaShape.QualCoder);
        using (temp)
        {
            File.Delete(project);
            var (exit, output, _) = Check(study);
            Assert.Equal(1, exit);
            Assert.Contains("findings.yml(5,9): error FG0505: the coding checks (FG0501\u2013FG0504) could not run: '../private/garden.qdpx' does not exist, and there is no findings.coding.lock", output);
        }
    }

    [Fact]
    public void A_project_that_cannot_be_read_is_FG0505_at_the_project_and_no_coding_rule_runs()
    {
        var (temp, study, project) = CodedGardenStudy.Write(QdaShape.QualCoder);
        using (temp)
        {
            File.WriteAllText(project, "not a zip");
            var (exit, output, _) = Check(study);
            Assert.Equal(1, exit);
            var lines = output.Split('\n').Where(l => l.Contains(" FG05")).ToList();
            Assert.StartsWith("../private/garden.qdpx(1,1): error FG0505: ", Assert.Single(lines));
        }
    }

    [Fact]
    public void A_stale_record_is_a_warning_and_update_lock_renews_it()
    {
        var (temp, study, project) = CodedGardenStudy.Write(QdaShape.AtlasTi);
        using (temp)
        {
            var first = Check(study, updateLock: true);
            Assert.True(first.Exit == 0, first.Output + first.Error);
            // The coding changes: another export, where P4 is coded under Growing food too.
            var spec = QdaProjects.Garden with { Selections = QdaProjects.Garden.Selections.Append(new QdaSelectionSpec("P4", "I keep the tool shed", "Growing food")).ToList() };
            QdaProjects.Write(project, QdaShape.AtlasTi, spec);
            var (_, output, _) = Check(study);
            Assert.Contains("findings.yml(5,9): warning FG0505: findings.coding.lock is stale", output);
            Check(study, updateLock: true);
            Assert.DoesNotContain("FG0505", Check(study).Output);
        }
    }

    [Fact]
    public void Coding_on_the_command_line_overrides_the_manifest()
    {
        var (temp, study, project) = CodedGardenStudy.Write(QdaShape.NVivo, manifest: CodedGardenStudy.Manifest.Replace("coding: ../private/garden.qdpx\n", ""));
        using (temp)
        {
            Assert.DoesNotContain("coding", Check(study).Output);
            var (exit, output, _) = Check(study, coding: project);
            Assert.True(exit == 0, output);
            Assert.Contains("checked against the coding in garden.qdpx", output);
        }
    }

    [Fact]
    public void A_codebook_alone_checks_the_code_names_and_says_what_it_cannot_check()
    {
        var (temp, study, _) = CodedGardenStudy.Write(QdaShape.QualCoder, page: CodedGardenStudy.Page.Replace("code=\"Respite\"", "code=\"Respit\""),
            manifest: CodedGardenStudy.Manifest.Replace("garden.qdpx", "garden.qdc"));
        using (temp)
        {
            QdaProjects.WriteCodebook(Path.Combine(temp.Path, "private", "garden.qdc"), QdaProjects.Garden);
            var lines = Check(study).Output.Split('\n').Where(l => l.Contains(" FG05")).ToList();
            Assert.Equal(2, lines.Count);
            Assert.Contains(lines, l => l.Contains("error FG0504: 'Respit' is not a code of the project; did you mean 'Respite'?"));
            Assert.Contains(lines, l => l.Contains("warning FG0505: garden.qdc is a codebook alone (.qdc)"));
        }
    }

    [Fact]
    public void The_site_is_never_written_over_the_coding_project_or_its_record()
    {
        var (temp, study, project) = CodedGardenStudy.Write(QdaShape.QualCoder);
        using (temp)
        {
            var (outcome, _, error) = SiteBuilds.BuildWithOutput(study, Path.GetDirectoryName(project)!);
            Assert.Equal(2, outcome.ExitCode);
            Assert.Contains("it contains the coding project (coding:)", error);
            Assert.True(File.Exists(project));
        }
    }

    [Theory]
    [InlineData(QdaShape.QualCoder)]
    [InlineData(QdaShape.Maxqda)]
    [InlineData(QdaShape.AtlasTi)]
    [InlineData(QdaShape.NVivo)]
    public async System.Threading.Tasks.Task The_analyzer_finds_what_findings_check_finds_from_the_project_and_from_the_record(QdaShape shape)
    {
        string page = CodedGardenStudy.Page
            .Replace("[Most participants]{.freq of=\"P1 P2 P3\"}", "[Most participants]{.freq of=\"P1 P2 P4\"}")
            .Replace("My flat faces the motorway, and here I can hear the bees.", "Nobody asks why.")
            .Replace("code=\"Respite\"", "code=\"Respit\"");
        var (temp, study, project) = CodedGardenStudy.Write(shape, page);
        using (temp)
        {
            Check(study, updateLock: true);
            var cli = StudyCommands.CheckAsFindings(study);
            Assert.Equal(new[] { "FG0501", "FG0503", "FG0504" }, cli.Select(f => f.Id).Where(id => id.StartsWith("FG05")).Distinct().OrderBy(id => id));
            // The same project handed through the build step gives the same coding (no stale record, no other finding).
            Assert.Equal(cli, await AnalyzerHost.RunAsync(study));
            File.Delete(project);
            var fromRecord = StudyCommands.CheckAsFindings(study);
            Assert.Equal(cli.Count, fromRecord.Count);
            Assert.Equal(fromRecord, await AnalyzerHost.RunAsync(study));
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task The_analyzer_says_the_coding_checks_could_not_run_without_project_or_record()
    {
        var (temp, study, project) = CodedGardenStudy.Write(QdaShape.QualCoder);
        using (temp)
        {
            File.Delete(project);
            var findings = await AnalyzerHost.RunAsync(study);
            Assert.Equal(StudyCommands.CheckAsFindings(study), findings);
            Assert.Contains(findings, f => f.Id == "FG0505" && f.Severity == "error" && f.Message.Contains("could not run"));
        }
    }

    [Fact]
    public void An_empty_coding_option_cannot_run_and_a_missing_one_is_said()
    {
        var (temp, study, _) = CodedGardenStudy.Write(QdaShape.QualCoder);
        using (temp)
        {
            var (exit, _, error) = Check(study, coding: "");
            Assert.Equal(2, exit);
            Assert.Contains("--coding names no file", error);
            var (exitMissing, output, _) = Check(study, coding: Path.Combine(temp.Path, "nowhere.qdpx"));
            Assert.Equal(1, exitMissing);
            Assert.Contains("error FG0505: the coding project cannot be read: '../nowhere.qdpx' (named by --coding, relative to the current folder) does not exist", output);
        }
    }

    [Fact]
    public void A_section_that_names_no_code_is_counted_as_not_checked_against_the_coding()
    {
        // "clean" with a coding linked must say how much of the paper the coding checked.
        var (temp, study, _) = CodedGardenStudy.Write(QdaShape.QualCoder, CodedGardenStudy.Page + "\n# Nights {#nights .theme}\n\nSome words.\n");
        using (temp)
        {
            var (exit, output, _) = Check(study);
            Assert.True(exit == 0, output);
            Assert.Contains("4 of 5 section(s) checked against the coding in garden.qdpx", output);
        }
    }

    [Fact]
    public void A_coding_option_naming_no_file_is_an_error_even_where_the_manifests_record_could_stand_in()
    {
        // The record vouches for the manifest's project only: a --coding the user named and mistyped must not pass on it.
        var (temp, study, _) = CodedGardenStudy.Write(QdaShape.QualCoder);
        using (temp)
        {
            Assert.Equal(0, Check(study, updateLock: true).Exit);
            Assert.True(File.Exists(Path.Combine(study, Language.Coding.CodingRecord.FileName)));
            var (exit, output, _) = Check(study, coding: Path.Combine(temp.Path, "mistyped.qdpx"));
            Assert.Equal(1, exit);
            Assert.Contains("error FG0505", output);
            Assert.Contains("mistyped.qdpx' (named by --coding", output);
            Assert.DoesNotContain("from the coding record", output);
        }
    }
}
