using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using FindingsGen.Files;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// The build step's private copies under obj/ (a Word or UTF-16 transcript's speech as text, the availability marker):
/// a copy whose transcript is gone is deleted, the marker goes when no transcript is left, and all of them are
/// FileWrites so dotnet clean removes them.
/// </summary>
public sealed class IntermediateCopiesTests
{
    private static TempStudy Study()
    {
        var study = new TempStudy();
        study.Write("findings.yml", "title: T\nparticipants: { T1: {}, T2: {}, T3: {} }\ntranscripts:\n  path: transcripts/{id}.*\nrules: { FG0008: none }\n");
        study.Write("results.md", "[\"kept going\"]{.quote from=T1}\n");
        Directory.CreateDirectory(Path.Combine(study.Path, "transcripts"));
        File.WriteAllBytes(Path.Combine(study.Path, "transcripts", "T1.docx"), DocxWriter.Write(new[] { "T1: I kept going." }));
        File.WriteAllBytes(Path.Combine(study.Path, "transcripts", "T2.txt"), Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("T2: Something else.\n")).ToArray());
        study.Write("transcripts/T3.txt", "T3: Plain text is handed over as it is.\n");
        return study;
    }

    /// <summary>What PrepareFindingsFiles does: collect, then delete what this run did not write.</summary>
    private static (string[] Written, string[] OnDisk) Prepare(string study, string obj)
    {
        var files = BuildFiles.Collect(study, obj, null);
        var written = BuildFiles.RemoveStale(obj, files.Select(f => f.Path)).Select(p => Path.GetFileName(p)!).OrderBy(n => n, System.StringComparer.Ordinal).ToArray();
        var onDisk = Directory.GetFiles(Path.Combine(obj, "findings")).Select(p => Path.GetFileName(p)!).OrderBy(n => n, System.StringComparer.Ordinal).ToArray();
        return (written, onDisk);
    }

    private static string Safe(string id) => System.Convert.ToBase64String(Encoding.UTF8.GetBytes(id));

    [Fact]
    public void A_copy_whose_transcript_is_gone_is_deleted_and_the_marker_with_the_last_one()
    {
        using var study = Study();
        using var obj = new TempStudy();
        var (written, onDisk) = Prepare(study.Path, obj.Path);
        Assert.Equal(new[] { Safe("T1") + ".transcript.txt", Safe("T2") + ".transcript.txt", "transcripts.available" }.OrderBy(n => n, System.StringComparer.Ordinal), written);
        Assert.Equal(written, onDisk);

        File.Delete(Path.Combine(study.Path, "transcripts", "T1.docx"));
        (written, onDisk) = Prepare(study.Path, obj.Path);
        Assert.Equal(new[] { Safe("T2") + ".transcript.txt", "transcripts.available" }, written);
        Assert.Equal(written, onDisk);

        Directory.Delete(Path.Combine(study.Path, "transcripts"), recursive: true);
        (written, onDisk) = Prepare(study.Path, obj.Path);
        Assert.Empty(written);
        Assert.Empty(onDisk);
    }

    [Fact]
    public void A_transcript_turned_unreadable_leaves_no_copy_of_its_old_speech()
    {
        using var study = Study();
        using var obj = new TempStudy();
        Prepare(study.Path, obj.Path);
        File.WriteAllBytes(Path.Combine(study.Path, "transcripts", "T1.docx"), new byte[] { 1, 2, 3 });
        var (written, onDisk) = Prepare(study.Path, obj.Path);
        Assert.DoesNotContain(Safe("T1") + ".transcript.txt", onDisk);
        Assert.Contains(Safe("T1") + ".problem", written);
        Assert.Equal(written, onDisk);
    }

    [Fact]
    public void Only_the_steps_own_files_are_deleted()
    {
        using var study = Study();
        using var obj = new TempStudy();
        string other = obj.Write("findings/notes.txt", "not the build step's");
        string outside = obj.Write("stale.transcript.txt", "not in the findings folder");
        Prepare(study.Path, obj.Path);
        Assert.True(File.Exists(other));
        Assert.True(File.Exists(outside));
    }

    [Fact]
    public void The_targets_hand_what_the_step_wrote_to_FileWrites()
    {
        var targets = XDocument.Load(Path.Combine(RepoRoot.Path, "src", "FindingsGen.Analyzers", "build", "FindingsGen.Analyzers.targets"));
        var outputs = targets.Descendants("PrepareFindingsFiles").Single().Elements("Output");
        Assert.Contains(outputs, o => (string?)o.Attribute("TaskParameter") == "WrittenFiles" && (string?)o.Attribute("ItemName") == "FileWrites");
    }
}
