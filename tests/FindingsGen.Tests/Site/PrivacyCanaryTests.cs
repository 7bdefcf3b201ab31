using System.Diagnostics;
using System.IO;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// Transcript text never leaves the transcript: a unique canary is planted next to quoted passages in
/// every format, every kind of failure is provoked, and the canary must appear in no output of any
/// command, including the lock.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class PrivacyCanaryTests
{
    private const string Canary = "QX7-canary-Zebulon";
    // A speaker label (often a real name): `findings transcripts` shows it on the terminal; nothing else ever prints it.
    private const string LabelCanary = "QX7-label-Ulrike";

    private static TempStudy PlantedStudy()
    {
        var temp = new TempStudy();
        temp.Write("findings.yml", "title: Canary\nparticipants: { T1: {}, T2: {}, T3: {}, T4: {}, T5: {}, N1: { language: nb } }\ntranscripts:\n  path: transcripts/{id}.*\n  interviewer: [I]\n" +
                                   $"  groups: [groups/*.vtt]\n  speakers: {{ \"{LabelCanary}\": interviewer, \"Unmapped {LabelCanary}\": T4 }}\n" +
                                   "identifiers: private/identifiers.txt\nrules: { FG0008: none }\n");
        temp.Write("private/identifiers.txt", "Oslo\n");
        temp.Write("transcripts/T1.txt", $"I: Did {Canary} ask you that?\nT1: I kept going, {Canary} said, and then I kept going again until the end of the road.\n");
        temp.Write("transcripts/T2.vtt", $"WEBVTT\n\nNOTE {Canary}\n\n1\n00:00:01.000 --> 00:00:02.000\n<v T2>We met {Canary} in Oslo before the rain came.</v>\n");
        File.WriteAllBytes(Path.Combine(temp.Path, "transcripts", "T3.docx"),
            DocxWriter.Write(new[] { $"T3: Nothing about {Canary} was easy for me at all." }, comment: Canary, deletedText: Canary, title: Canary));
        temp.Write("transcripts/T4.txt", $"T4: \u00ff{Canary}\n");
        // A focus group: the canary beside each quoted passage, the labels private.
        temp.Write("groups/session.vtt", $"WEBVTT\n\nNOTE {Canary}\n\n00:00:01.000 --> 00:00:03.000\n<v {LabelCanary}>What did the group {Canary} decide?\n\n" +
                                         $"00:00:04.000 --> 00:00:08.000\n<v T3>We decided {Canary} to walk the long way home together.\n\n" +
                                         $"00:00:09.000 --> 00:00:12.000\n<v Unmapped {LabelCanary}>The river path was mine, {Canary}, every morning.\n");
        temp.Write("transcripts/N1.txt", $"N1: Vi spør forsiktig, {Canary} sa det også, aldri for mye.\n");
        File.WriteAllBytes(Path.Combine(temp.Path, "transcripts", "T5.txt"), System.Text.Encoding.Latin1.GetBytes($"T5: caf\u00e9 {Canary}\n"));
        temp.Write("results.md",
            "[\"I kept going, Bob said\"]{.quote from=T1}\n" +                      // near-verbatim, next to the canary
            "[\"then I kept going again until the end of the street\"]{.quote from=T1}\n" +
            "[\"Did ... ask you that?\"]{.quote from=T1}\n" +                      // interviewer's words, around the canary
            "[\"We met in Oslo before the rain came\"]{.quote from=T2}\n" +         // identifier + a dropped word
            "[\"Nothing about it was easy\"]{.quote from=T3}\n" +
            "[\"I kept going\"]{.quote from=T2}\n" +                                // misattributed
            "[\"Completely unrelated words here\"]{.quote from=T1}\n" +             // not found
            "[\"anything\"]{.quote from=T4}\n" +
            "[\"anything\"]{.quote from=T5}\n" +                                   // not UTF-8
            "[\"We ask gently, never too much\"]{.quote from=N1 original=\"Vi spør forsiktig, aldri for mye\"}\n" + // a translated near-miss beside the canary
            "[\"gently\"]{.quote from=N1}\n" +                                     // FG0107: no original
            "[\"to walk the long way home together\"]{.quote from=T3}\n" +           // verbatim in a group transcript
            "[\"to walk the long way home\"]{.quote from=T1}\n" +                    // misattributed in a group transcript
            "[\"What did the group decide?\"]{.quote from=T3}\n" +                   // the moderator's, around the canary
            "[\"The river path was mine every morning\"]{.quote from=T4}\n");       // a mapped label, a dropped canary
        return temp;
    }

    [Fact]
    public void The_canary_appears_in_no_output_of_check_in_any_format_nor_in_the_lock()
    {
        using var temp = PlantedStudy();
        foreach (var format in new[] { "text", "json" })
        {
            var (exit, output, error) = StudyCommands.Check(temp.Path, format);
            Assert.Equal(1, exit);
            foreach (var id in new[] { "FG0101", "FG0102", "FG0103", "FG0104", "FG0301" }) Assert.Contains(id, output);
            Assert.Contains("in the group transcript (groups/session.vtt", output);
            Assert.DoesNotContain(Canary, output);
            Assert.DoesNotContain(Canary, error);
            Assert.DoesNotContain(LabelCanary, output + error);
        }
        var update = StudyCommands.Check(temp.Path, updateLock: true);
        Assert.DoesNotContain(Canary, update.Output + update.Error);
        string lockText = File.ReadAllText(Path.Combine(temp.Path, "findings.lock"));
        Assert.Contains("quote:", lockText);
        Assert.DoesNotContain(Canary, lockText);
        Assert.DoesNotContain("kept going", lockText);
        Assert.Contains("group: \"groups/session.vtt\"", lockText);
        Assert.DoesNotContain(LabelCanary, lockText);
    }

    [Fact]
    public void The_canary_appears_in_no_output_of_the_findings_program()
    {
        using var temp = PlantedStudy();
        foreach (var args in new[] { "check", "check --format json", "check --update-lock", "check --format nonsense", "--help", "transcripts", "transcripts --format json" })
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = temp.Path,
            };
            start.ArgumentList.Add(Path.Combine(System.AppContext.BaseDirectory, "findings.dll"));
            foreach (var a in args.Split(' ')) start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            string all = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.DoesNotContain(Canary, all);
            Assert.DoesNotContain("   at ", all); // never a stack trace
            // Labels: on the terminal in `findings transcripts` (that is what it is for), nowhere else.
            if (args.StartsWith("transcripts")) Assert.Contains(LabelCanary, all);
            else Assert.DoesNotContain(LabelCanary, all);
        }
    }

    [Fact]
    public void The_canary_appears_in_no_file_of_a_published_site()
    {
        using var temp = PlantedStudy();
        var outcome = SiteBuilds.Build(temp.Path, draft: true);
        Assert.NotNull(outcome.OutputFolder);
        var files = Directory.GetFiles(outcome.OutputFolder!, "*", SearchOption.AllDirectories);
        Assert.Contains(files, f => f.EndsWith("index.html"));
        foreach (var file in files)
        {
            string text = File.ReadAllText(file);
            Assert.DoesNotContain(Canary, text);
            Assert.DoesNotContain(LabelCanary, text);
        }
    }

    [Fact]
    public void No_output_of_check_the_lock_or_the_site_prints_a_speaker_label_or_a_word_beyond_the_quotation_in_any_layout()
    {
        // Every transcription service's layout (Zoom, Teams .vtt/.docx, Otter, Rev, f4, Whisper, SRT, UTF-16), each with
        // the canary in speech next to the quoted passage and real-looking names as labels.
        using var temp = LayoutStudy.Write(Canary);
        string[] labels = { TranscriptLayouts.Interviewer, TranscriptLayouts.NamedParticipant, "Zoë", "Rowan" };
        var outputs = new System.Collections.Generic.List<string>();
        foreach (var format in new[] { "text", "json" })
        {
            var (exit, output, error) = StudyCommands.Check(temp.Path, format);
            Assert.Equal(1, exit);
            Assert.Contains("FG0103", output);
            outputs.Add(output + error);
        }
        var update = StudyCommands.Check(temp.Path, updateLock: true);
        outputs.Add(update.Output + update.Error);
        string lockText = File.ReadAllText(Path.Combine(temp.Path, "findings.lock"));
        Assert.Contains("quote:", lockText);
        outputs.Add(lockText);
        var outcome = SiteBuilds.Build(temp.Path, draft: true);
        Assert.NotNull(outcome.OutputFolder);
        foreach (var file in Directory.GetFiles(outcome.OutputFolder!, "*", SearchOption.AllDirectories)) outputs.Add(File.ReadAllText(file));
        foreach (var text in outputs)
        {
            Assert.DoesNotContain(Canary, text);
            Assert.DoesNotContain("stays private", text);
            Assert.DoesNotContain("counting the hours", lockText);
            foreach (var label in labels) Assert.DoesNotContain(label, text);
        }
    }
}
