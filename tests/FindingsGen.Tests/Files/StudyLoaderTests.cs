using System.Collections.Generic;
using System;
using System.IO;
using System.Linq;
using FindingsGen.Cli;
using FindingsGen.Files;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>findings check on real folders: transcripts on disk, the lock, and what is never read.</summary>
[Collection(EnvironmentCollection.Name)]
public sealed class StudyLoaderTests
{
    [Fact]
    public void The_example_traces_every_quotation_in_every_format()
    {
        var (exit, output, _) = StudyCommands.Check(StudyCommands.Content);
        Assert.Equal(0, exit);
        Assert.Contains("18 quotation(s), 18 traced", output);
    }

    [Fact]
    public void Pages_parsed_on_several_threads_give_the_same_model_and_diagnostics_as_on_one()
    {
        // Many pages, so the parallel loop really splits them; the example's pages repeated under other names.
        var folder = FindingsGen.Files.StudyLoader.Load(StudyCommands.Content, out _)!;
        var input = folder.Input;
        var many = new List<KeyValuePair<string, string>>();
        for (int copy = 0; copy < 20; copy++)
        {
            foreach (var page in input.Pages) many.Add(new KeyValuePair<string, string>($"copy{copy}/{page.Key}", page.Value));
        }
        string Describe(int parallelism)
        {
            var study = FindingsGen.Language.Model.StudyParser.Parse(input.Manifest, many, parallelism);
            var lines = study.Quotations.Select(q => $"{q.Page.Path} {q.Location} {q.Text.Text}")
                .Concat(study.Themes.Select(t => $"{t.Page.Path} {t.Id} {t.Location}"))
                .Concat(study.Prose.Select(p => $"{p.Page.Path} {p.Text.SourceOffset(0)} {p.Text.SourceEnd(p.Text.Text.Length)} {p.Text.Text.Length}"));
            var result = FindingsGen.Language.FindingsChecker.Check(input, study);
            return string.Join("\n", lines.Concat(result.Diagnostics.Select(d => d.ToString())));
        }
        string one = Describe(1);
        Assert.Contains("copy19/results.md", one);
        Assert.Equal(one, Describe(4));
    }

    [Fact]
    public void Quotations_traced_on_several_threads_and_rules_run_beside_them_give_the_same_records_and_diagnostics_as_on_one()
    {
        using var temp = StudyCommands.CopyOfExample();
        string results = Path.Combine(temp.Path, "results.md");
        File.WriteAllText(results, File.ReadAllText(results)
            .Replace("I thought about that bird all evening", "I thought about that bird all night") // FG0104
            .Replace("from=T3}\nI do not always", "from=T2}\nI do not always")                     // FG0102
            + "\nMost participants kept a notebook, and [all participants]{.freq of=\"T1\"} said so.\n");   // FG0003, FG0001
        string Describe(int parallelism)
        {
            var input = FindingsGen.Files.StudyLoader.Load(temp.Path, out _)!.Input;
            input.Parallelism = parallelism;
            input.Tracing!.Parallelism = parallelism;
            var result = FindingsGen.Language.FindingsChecker.Check(input);
            return string.Join("\n", result.Traces.Select(t => $"{t.Quotation.Location} {t.Participant} {t.Status} {t.FirstLine}-{t.LastLine}")
                .Concat(result.Diagnostics.Select(d => d.ToString())));
        }
        string one = Describe(1);
        foreach (var id in new[] { "FG0001", "FG0003", "FG0102", "FG0104" }) Assert.Contains(id, one);
        Assert.Equal(one, Describe(4));
    }

    [Fact]
    public void The_committed_lock_is_what_update_lock_writes()
    {
        using var temp = StudyCommands.CopyOfExample();
        File.Delete(Path.Combine(temp.Path, "findings.lock"));
        var (exit, output, _) = StudyCommands.Check(temp.Path, updateLock: true);
        Assert.Equal(0, exit);
        Assert.Contains("findings.lock: 19 verified quotation trace(s) recorded", output);
        Assert.Equal(File.ReadAllText(Path.Combine(StudyCommands.Content, "findings.lock")), File.ReadAllText(Path.Combine(temp.Path, "findings.lock")));
    }

    [Fact]
    public void Without_transcripts_the_lock_verifies_the_example_and_an_edited_quotation_is_FG0106()
    {
        using var temp = StudyCommands.CopyOfExample(withTranscripts: false);
        var (exit, output, _) = StudyCommands.Check(temp.Path);
        Assert.Equal(0, exit);
        Assert.Contains("18 quotation(s), 18 verified from findings.lock", output);

        string results = Path.Combine(temp.Path, "results.md");
        File.WriteAllText(results, File.ReadAllText(results).Replace("I thought about that bird all evening", "I thought about that bird all night"));
        (exit, output, _) = StudyCommands.Check(temp.Path);
        Assert.Equal(1, exit);
        Assert.StartsWith("results.md(25,14): error FG0106: the transcripts are not available here and this quotation from T4 is not recorded in findings.lock; run 'findings check --update-lock' where the transcripts are, and commit findings.lock", output);
    }

    [Fact]
    public void Reflowing_a_quotation_keeps_it_verified_by_the_lock()
    {
        using var temp = StudyCommands.CopyOfExample(withTranscripts: false);
        string results = Path.Combine(temp.Path, "results.md");
        File.WriteAllText(results, File.ReadAllText(results).Replace("A picture of a house with no door\ncan follow me for a week.", "A picture of a house\nwith no door can follow me for a week."));
        Assert.Equal(0, StudyCommands.Check(temp.Path).Exit);
    }

    [Fact]
    public void Update_lock_without_transcripts_cannot_run()
    {
        using var temp = StudyCommands.CopyOfExample(withTranscripts: false);
        var (exit, _, error) = StudyCommands.Check(temp.Path, updateLock: true);
        Assert.Equal(2, exit);
        Assert.StartsWith("findings: --update-lock needs the transcripts", error);
    }

    [Fact]
    public void The_environment_variable_moves_the_transcripts_folder()
    {
        using var study = StudyCommands.CopyOfExample(withTranscripts: false);
        using var elsewhere = new TempStudy();
        foreach (var file in Directory.GetFiles(Path.Combine(StudyCommands.Content, "transcripts"))) File.Copy(file, Path.Combine(elsewhere.Path, Path.GetFileName(file)));
        File.Delete(Path.Combine(study.Path, "findings.lock"));
        Environment.SetEnvironmentVariable(TranscriptFolder.EnvironmentVariable, elsewhere.Path);
        try
        {
            var (exit, output, _) = StudyCommands.Check(study.Path);
            Assert.Equal(0, exit);
            Assert.Contains("18 traced", output);
        }
        finally
        {
            Environment.SetEnvironmentVariable(TranscriptFolder.EnvironmentVariable, null);
        }
    }

    private static TempStudy Small(string transcriptName, byte[] transcript)
    {
        var temp = new TempStudy();
        temp.Write("findings.yml", "title: T\nparticipants: { T1: {}, T2: {} }\ntranscripts:\n  path: transcripts/{id}.*\nrules: { FG0008: none }\n");
        temp.Write("results.md", "[\"kept going\"]{.quote from=T1}\n");
        temp.Write("transcripts/T2.txt", "T2: Something else.\n");
        Directory.CreateDirectory(Path.Combine(temp.Path, "transcripts"));
        File.WriteAllBytes(Path.Combine(temp.Path, "transcripts", transcriptName), transcript);
        return temp;
    }

    [Fact]
    public void A_transcript_that_is_not_utf8_or_not_a_docx_is_FG0105()
    {
        using (var temp = Small("T1.txt", new byte[] { (byte)'T', (byte)'1', (byte)':', 0xC3, 0x28 }))
        {
            Assert.Equal("results.md(1,3): error FG0105: T1's transcript cannot be used to trace this quotation: it is not UTF-8 text (line 1, column 4); save it as UTF-8",
                StudyCommands.Check(temp.Path).Output.Split('\n')[0]);
        }
        using (var temp = Small("T1.docx", "PK not really a zip"u8.ToArray()))
        {
            Assert.Equal("results.md(1,3): error FG0105: T1's transcript cannot be used to trace this quotation: 'T1.docx' is not a readable Word document (.docx): it is damaged or not a Word file (InvalidDataException)",
                StudyCommands.Check(temp.Path).Output.Split('\n')[0]);
        }
    }

    [Fact]
    public void Two_files_for_one_participant_are_FG0105()
    {
        using var temp = Small("T1.txt", "T1: I kept going.\n"u8.ToArray());
        temp.Write("transcripts/T1.vtt", "WEBVTT\n");
        Assert.Equal("results.md(1,3): error FG0105: T1's transcript cannot be used to trace this quotation: several files match (T1.txt, T1.vtt); keep one",
            StudyCommands.Check(temp.Path).Output.Split('\n')[0]);
    }

    [Fact]
    public void A_link_out_of_the_transcripts_folder_is_not_followed()
    {
        using var outside = new TempStudy();
        string secret = outside.Write("secret.txt", "T1: I kept going.\n");
        using var temp = Small("T2.vtt", "WEBVTT\n"u8.ToArray());
        File.Delete(Path.Combine(temp.Path, "transcripts", "T2.vtt"));
        File.CreateSymbolicLink(Path.Combine(temp.Path, "transcripts", "T1.txt"), secret);
        Assert.Equal("results.md(1,3): error FG0105: T1's transcript cannot be used to trace this quotation: 'T1.txt' is a link to a file outside the transcripts folder",
            StudyCommands.Check(temp.Path).Output.Split('\n')[0]);
    }

    [Fact]
    public void Participant_ids_cannot_escape_the_transcripts_folder()
    {
        using var temp = new TempStudy();
        temp.Write("findings.yml", "title: T\nparticipants: { \"../T1\": {} }\ntranscripts:\n  path: transcripts/{id}.txt\nrules: { FG0008: none }\n");
        temp.Write("T1.txt", "T1: I kept going.\n");
        temp.Write("transcripts/other.txt", "x\n");
        temp.Write("results.md", "[\"kept going\"]{.quote from=\"../T1\"}\n");
        Assert.Equal("results.md(1,3): error FG0105: ../T1's transcript cannot be used to trace this quotation: the participant ID cannot be used in a file name",
            StudyCommands.Check(temp.Path).Output.Split('\n')[0]);
    }
}
