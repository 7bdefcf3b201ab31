using System.IO;
using System.Linq;
using FindingsGen.Files;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// findings check --update-lock when some transcripts cannot be read this time: what the lock recorded for their
/// quotations is kept, never dropped (public CI would then fail with FG0106 on quotations nobody changed).
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class LockUpdateTests
{
    private static string Lock(TempStudy study) => File.ReadAllText(Path.Combine(study.Path, "findings.lock"));

    private static string[] Quotes(string lockText) => lockText.Split('\n').Where(l => l.StartsWith("  - quote: ")).ToArray();

    [Theory]
    [InlineData("T1.txt")] // moved away
    [InlineData("T3.vtt")] // not synced
    [InlineData("T6.docx")] // a Word transcript
    public void A_missing_transcript_keeps_its_quotations_entries(string missing)
    {
        using var study = StudyCommands.CopyOfExample();
        string before = Lock(study);
        File.Delete(Path.Combine(study.Path, "transcripts", missing));
        var (exit, output, error) = StudyCommands.Check(study.Path, updateLock: true);
        Assert.Equal(1, exit); // FG0105 for the quotations that could not be traced
        Assert.Contains("error FG0105", output);
        Assert.Equal("", error);
        Assert.Equal(before, Lock(study));
        string participant = Path.GetFileNameWithoutExtension(missing);
        Assert.Matches($@"findings\.lock: 19 verified quotation trace\(s\) recorded; \d+ kept unchanged from the previous findings\.lock, since the transcripts of {participant} could not be read this time", output);

        // Public CI (no transcripts at all) still verifies every quotation from the lock.
        Directory.Delete(Path.Combine(study.Path, "transcripts"), recursive: true);
        var ci = StudyCommands.Check(study.Path);
        Assert.Equal(0, ci.Exit);
        Assert.Contains("18 verified from findings.lock", ci.Output);
    }

    [Fact]
    public void A_new_study_whose_only_transcript_is_moved_away_keeps_its_lock()
    {
        using var temp = new TempStudy();
        string study = Path.Combine(temp.Path, "s");
        Assert.Equal(0, FindingsGen.Cli.NewCommand.Run(study, false, new StringWriter(), new StringWriter()));
        string before = File.ReadAllText(Path.Combine(study, "findings.lock"));
        Assert.Single(Quotes(before));
        File.Move(Path.Combine(study, "transcripts", "P1.txt"), Path.Combine(temp.Path, "P1.txt"));
        var (exit, _, error) = StudyCommands.Check(study, updateLock: true);
        Assert.Equal(2, exit);
        Assert.StartsWith("findings: --update-lock needs the transcripts", error);
        Assert.Equal(before, File.ReadAllText(Path.Combine(study, "findings.lock")));
        Assert.Equal(0, StudyCommands.Check(study).Exit); // public CI still verifies from the lock
    }

    [Fact]
    public void An_unreadable_transcript_keeps_its_quotations_entries()
    {
        using var study = StudyCommands.CopyOfExample();
        string before = Lock(study);
        File.WriteAllBytes(Path.Combine(study.Path, "transcripts", "T2.txt"), new byte[] { 0x54, 0x32, 0x3a, 0xff, 0xfe, 0x00, 0x41 });
        var (exit, output, _) = StudyCommands.Check(study.Path, updateLock: true);
        Assert.Equal(1, exit);
        Assert.Contains("since the transcripts of T2 could not be read this time", output);
        Assert.Equal(before, Lock(study));
    }

    [Fact]
    public void An_edited_quotation_is_still_dropped_and_a_removed_transcript_still_kept()
    {
        using var study = StudyCommands.CopyOfExample();
        string before = Lock(study);
        File.Delete(Path.Combine(study.Path, "transcripts", "T1.txt"));
        string results = Path.Combine(study.Path, "results.md");
        // T4's quotation is now words T4 never said (FG0101): its old entry must go; T1's stay.
        File.WriteAllText(results, File.ReadAllText(results).Replace("I thought about that bird all evening", "Nobody ever said these words at all, not once"));
        StudyCommands.Check(study.Path, updateLock: true);
        var now = Quotes(Lock(study));
        Assert.Equal(Quotes(before).Length - 1, now.Length);
        Assert.All(now, q => Assert.Contains(q, Quotes(before)));
    }

    [Fact]
    public void A_lock_that_cannot_be_read_is_left_alone_when_entries_would_be_lost()
    {
        using var study = StudyCommands.CopyOfExample();
        string broken = "quotations: [\n";
        File.WriteAllText(Path.Combine(study.Path, "findings.lock"), broken);
        File.Delete(Path.Combine(study.Path, "transcripts", "T1.txt"));
        var (exit, output, error) = StudyCommands.Check(study.Path, format: "json", updateLock: true);
        Assert.Equal(1, exit);
        Assert.StartsWith("{", output);
        Assert.StartsWith("findings: findings.lock not written: some quotations could not be traced", error);
        Assert.Equal(broken, Lock(study));
    }

    [Fact]
    public void With_every_transcript_the_lock_is_rewritten_whole()
    {
        using var study = StudyCommands.CopyOfExample();
        File.WriteAllText(Path.Combine(study.Path, "findings.lock"), "quotations: [\n");
        var (exit, output, _) = StudyCommands.Check(study.Path, updateLock: true);
        Assert.Equal(0, exit);
        Assert.DoesNotContain("kept unchanged", output);
        Assert.Equal(File.ReadAllText(Path.Combine(StudyCommands.Content, "findings.lock")), Lock(study));
    }
}
