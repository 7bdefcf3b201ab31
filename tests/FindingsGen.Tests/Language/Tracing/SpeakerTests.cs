using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FindingsGen.Cli;
using FindingsGen.Language;
using FindingsGen.Language.Diagnostics;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// Who is speaking: transcripts.speakers and transcripts.groups, speaker roles per turn, FG0109, focus groups, and
/// `findings transcripts`. No diagnostic, lock or site ever prints a speaker label; the terminal summary prints labels
/// and never a word of speech.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class SpeakerTests
{
    private const string Canary = "QX7-canary-Speakers";
    private const string SecretLabel = "Ingrid Solberg";

    private static string[] ReadManifest(string yaml)
    {
        var diagnostics = new DiagnosticList();
        FindingsChecker.ReadManifest(yaml, diagnostics);
        return diagnostics.Items.Select(d => d.ToString()).ToArray();
    }

    private const string Head = "title: S\nparticipants: { T1: {}, T2: {} }\ntranscripts:\n  path: transcripts/{id}.*\n";

    [Fact]
    public void Speakers_and_groups_are_read_and_no_longer_unknown_keys()
    {
        Assert.Empty(ReadManifest(Head + "  speakers:\n    \"Speaker 1\": interviewer\n    \"Speaker 2\": T1\n  groups: [groups/*.vtt]\n"));
    }

    [Fact]
    public void A_speaker_mapped_to_an_unknown_participant_is_FG0201_at_the_value_and_never_names_the_label()
    {
        var d = Assert.Single(ReadManifest(Head + "  speakers:\n    \"" + SecretLabel + "\": T9\n"));
        Assert.StartsWith("findings.yml(6,23): error FG0201: 'T9' under 'transcripts.speakers' is neither a participant ID", d);
        Assert.DoesNotContain(SecretLabel, d);
    }

    [Fact]
    public void A_speaker_mapped_to_a_list_or_twice_is_FG0201_located()
    {
        var list = Assert.Single(ReadManifest(Head + "  speakers:\n    \"Speaker 1\": [T1, T2]\n"));
        Assert.StartsWith("findings.yml(6,18): error FG0201: a label under 'transcripts.speakers' must map to one participant ID", list);
        var twice = Assert.Single(ReadManifest(Head + "  speakers:\n    \"Speaker 1\": T1\n    \"speaker 1\": T2\n"));
        Assert.StartsWith("findings.yml(7,5): error FG0201: this label is mapped twice under 'transcripts.speakers' (first at line 6, column 5", twice);
        // Written twice exactly: the YAML reader's own duplicate-key message, which never repeats the label either.
        var exact = Assert.Single(ReadManifest(Head + "  speakers:\n    \"" + SecretLabel + "\": T1\n    \"" + SecretLabel + "\": T2\n"));
        Assert.StartsWith("findings.yml(7,5): error FG0201: a speaker label is mapped twice under 'transcripts.speakers' (first at line 6, column 5", exact);
        Assert.DoesNotContain(SecretLabel, exact);
        var notMap = Assert.Single(ReadManifest(Head + "  speakers: [T1]\n"));
        Assert.StartsWith("findings.yml(5,3): error FG0201: 'transcripts.speakers' must map speaker labels", notMap);
    }

    [Fact]
    public void A_group_glob_with_an_id_or_a_wildcard_folder_is_FG0201()
    {
        Assert.Contains("FG0201", Assert.Single(ReadManifest(Head + "  groups: [\"groups/{id}.vtt\"]\n")));
        Assert.Contains("FG0201", Assert.Single(ReadManifest(Head + "  groups: [\"*/x.vtt\"]\n")));
        Assert.Contains("FG0201", Assert.Single(ReadManifest(Head + "  groups: [{ a: b }]\n")));
    }

    private static TempStudy FocusGroupStudy()
    {
        var temp = new TempStudy();
        temp.Write("findings.yml", "title: Focus group\nparticipants: { T1: {}, T2: {}, T3: {}, T4: {} }\ntranscripts:\n  path: transcripts/{id}.*\n" +
                                   "  interviewer: [Moderator]\n  groups: [groups/*.vtt]\n  speakers:\n    \"" + SecretLabel + "\": T4\nrules: { FG0008: none }\n");
        temp.Write("groups/session1.vtt",
            "WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n<v Moderator>What did the first week on the ward feel like?\n\n" +
            "00:00:06.000 --> 00:00:10.000\n<v T1>Like walking into a room where everyone already knew the rules.\n\n" +
            $"00:00:11.000 --> 00:00:15.000\n<v T2>I kept a notebook in my pocket, {Canary}, for the names of things.\n\n" +
            "00:00:16.000 --> 00:00:19.000\n<v T3>Nobody told me where the tea was kept,\n\n" +
            "00:00:19.000 --> 00:00:22.000\n<v T3>so I brought my own flask for a month.\n\n" +
            $"00:00:23.000 --> 00:00:27.000\n<v {SecretLabel}>The night shifts were the quiet part of learning.\n");
        temp.Write("groups/README.md", "Notes on the group, not a page.\n");
        temp.Write("results.md", "# Ward {#ward .theme}\n\n## First week {#first .subtheme}\n\n" +
            "[\"Nobody told me where the tea was kept, so I brought my own flask\"]{.quote from=T3}\n" + // across two cues: verbatim
            "[\"The night shifts were the quiet part\"]{.quote from=T4}\n" +                              // a mapped label: verbatim
            "[\"I kept a notebook in my pocket\"]{.quote from=T1}\n" +                                    // T2's words: FG0102
            "[\"What did the first week on the ward feel like?\"]{.quote from=T3}\n");                   // the moderator's: FG0103
        return temp;
    }

    [Fact]
    public void A_focus_group_traces_each_participant_in_their_own_turns_and_names_whose_turns_hold_a_misattributed_quotation()
    {
        using var temp = FocusGroupStudy();
        var (exit, output, error) = StudyCommands.Check(temp.Path);
        Assert.Equal(1, exit);
        var lines = output.Split('\n').Where(l => l.Contains(": error ") || l.Contains(": warning ")).ToArray();
        Assert.Equal(new[]
        {
            "results.md(7,3): error FG0102: this quotation is not T1's but T2's, in the group transcript (groups/session1.vtt, line 10); attribute it to T2",
            "results.md(8,3): error FG0103: these are the interviewer's words in the group transcript (groups/session1.vtt, line 4), not T3's; quote what T3 said",
        }, lines);
        Assert.Contains("2 traced", output);
        Assert.DoesNotContain(SecretLabel, output + error);
        Assert.DoesNotContain(Canary, output + error);
    }

    [Fact]
    public void The_lock_records_the_group_file_and_no_label()
    {
        using var temp = FocusGroupStudy();
        StudyCommands.Check(temp.Path, updateLock: true);
        string lockText = File.ReadAllText(Path.Combine(temp.Path, "findings.lock"));
        Assert.Equal(2, lockText.Split("    group: \"groups/session1.vtt\"").Length - 1);
        Assert.DoesNotContain(SecretLabel, lockText);
        Assert.DoesNotContain("Moderator", lockText);
        // Without the transcripts (public CI) the lock verifies them, the group file included.
        Directory.Delete(Path.Combine(temp.Path, "groups"), true);
        var (_, output, _) = StudyCommands.Check(temp.Path);
        Assert.Contains("2 verified from findings.lock", output.Replace("quotation(s), ", ""));
    }

    [Fact]
    public void A_group_transcript_is_never_a_page_even_when_it_is_markdown()
    {
        using var temp = FocusGroupStudy();
        temp.Write("findings.yml", File.ReadAllText(Path.Combine(temp.Path, "findings.yml")).Replace("groups: [groups/*.vtt]", "groups: [groups/*.vtt, \"talk-*.md\"]"));
        temp.Write("talk-1.md", $"T1: Like walking into a room, {Canary}.\n");
        var (_, output, _) = StudyCommands.Check(temp.Path);
        Assert.Contains("1 page(s)", output);
        Assert.DoesNotContain("FG0203", output);
        Assert.DoesNotContain(Canary, output);
        Assert.True(StudyLayout.IsTranscript(FindingsChecker.ReadManifest(File.ReadAllText(Path.Combine(temp.Path, "findings.yml")), new DiagnosticList()), "talk-1.md"));
    }

    [Fact]
    public void A_site_is_never_written_over_a_group_transcript_and_never_publishes_one()
    {
        using var temp = FocusGroupStudy();
        var (refused, _, error) = SiteBuilds.BuildWithOutput(temp.Path, Path.Combine(temp.Path, "groups"), draft: true);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("contains a group transcript (transcripts.groups)", error);
        Assert.True(File.Exists(Path.Combine(temp.Path, "groups", "session1.vtt")));
        var built = SiteBuilds.Build(temp.Path, draft: true);
        Assert.NotNull(built.OutputFolder);
        foreach (var file in Directory.GetFiles(built.OutputFolder!, "*", SearchOption.AllDirectories))
        {
            string text = File.ReadAllText(file);
            Assert.DoesNotContain(Canary, text);
            Assert.DoesNotContain(SecretLabel, text);
        }
    }

    [Fact]
    public async Task The_analyzer_reads_group_files_and_agrees_with_the_cli()
    {
        using var temp = FocusGroupStudy();
        var output = new StringWriter();
        CheckCommand.Run(temp.Path, "json", output, new StringWriter());
        using var json = JsonDocument.Parse(output.ToString());
        var cli = json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => new AnalyzerHost.Finding(
            d.GetProperty("id").GetString()!, d.GetProperty("file").GetString()!, d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32(),
            d.GetProperty("severity").GetString()!, d.GetProperty("message").GetString()!)).ToList();
        Assert.Equal(new[] { "FG0102", "FG0103" }, cli.Select(d => d.Id));
        Assert.Equal(cli, await AnalyzerHost.RunAsync(temp.Path));
    }

    [Fact]
    public void A_group_transcript_that_cannot_be_read_is_FG0105_at_each_quotation_it_might_have_verified()
    {
        using var temp = new TempStudy();
        temp.Write("findings.yml", Head + "  groups: [groups/*.txt]\nrules: { FG0008: none }\n");
        Directory.CreateDirectory(Path.Combine(temp.Path, "groups"));
        File.WriteAllBytes(Path.Combine(temp.Path, "groups", "g1.txt"), new byte[] { 0x54, 0x32, 0x3a, 0x20, 0xff, 0x0a });
        temp.Write("results.md", "# A {#a .theme}\n\n## B {#b .subtheme}\n\n[\"words\"]{.quote from=T2}\n");
        var (exit, output, _) = StudyCommands.Check(temp.Path);
        Assert.Equal(1, exit);
        Assert.Contains("results.md(5,3): error FG0105: T2's transcript cannot be used to trace this quotation: nothing matches transcripts/T2.*, and no group transcript has turns of T2", output);
        Assert.Contains("results.md(5,3): error FG0105: the group transcript groups/g1.txt cannot be used to trace this quotation: it is not UTF-8 text", output);
    }

    private static (int Exit, string Output, string Error) Transcripts(string folder, string format = "text")
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = TranscriptsCommand.Run(folder, format, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Findings_transcripts_shows_layout_labels_counts_and_roles_and_never_a_word_of_speech()
    {
        using var temp = FocusGroupStudy();
        temp.Write("transcripts/T1.txt", $"Speaker 1: Did it get easier, {Canary}?\nSpeaker 2: It did, slowly, {Canary}.\n");
        var (exit, output, error) = Transcripts(temp.Path);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("T1.txt (T1, layout plain text, Label: lines)", output);
        Assert.Matches(@"\n  Speaker 1\s+unknown\s+1 turn\s+5 words", output);
        Assert.Contains("FG0109", output);
        Assert.Contains("groups/session1.vtt (group transcript, layout WebVTT, voice tags)", output);
        Assert.Matches(@"\n  Moderator\s+interviewer\s+1 turn\s+10 words", output);
        Assert.Matches(@"\n  T3\s+T3\s+1 turn\s+17 words", output);                  // two cues of one speaker: one turn
        Assert.Matches(@"\n  " + SecretLabel + @"\s+T4\s+1 turn", output);           // the user's own terminal: labels yes
        foreach (var word in new[] { Canary, "notebook", "flask", "slowly", "ward" }) Assert.DoesNotContain(word, output);

        var (jsonExit, json, _) = Transcripts(temp.Path, "json");
        Assert.Equal(0, jsonExit);
        using var doc = JsonDocument.Parse(json);
        var own = doc.RootElement.GetProperty("transcripts").EnumerateArray().First(t => t.GetProperty("file").GetString() == "T1.txt");
        Assert.True(own.GetProperty("ambiguous").GetBoolean());
        Assert.Equal(new[] { "unknown", "unknown" }, own.GetProperty("speakers").EnumerateArray().Select(s => s.GetProperty("role").GetString()));
        Assert.Equal("FG0109", own.GetProperty("diagnostics")[0].GetProperty("id").GetString());
        Assert.DoesNotContain(Canary, json);
        Assert.DoesNotContain("notebook", json);
    }

    [Fact]
    public void Findings_transcripts_names_a_participant_without_a_transcript_and_an_unreadable_one()
    {
        using var temp = new TempStudy();
        temp.Write("findings.yml", Head);
        temp.Write("transcripts/T1.txt", "T1: fine words\n");
        File.WriteAllBytes(Path.Combine(temp.Path, "transcripts", "T2.txt"), new byte[] { 0x54, 0x32, 0x3a, 0x20, 0xff, 0x0a });
        var (exit, output, _) = Transcripts(temp.Path);
        Assert.Equal(0, exit);
        Assert.Contains("T2.txt (T2): not read", output);
        Assert.Contains("FG0105: T2's transcript cannot be used: it is not UTF-8 text", output);
        Assert.DoesNotContain("fine", output);
    }

    [Fact]
    public void Findings_transcripts_without_a_manifest_cannot_run()
    {
        using var temp = new TempStudy();
        var (exit, _, error) = Transcripts(temp.Path);
        Assert.Equal(2, exit);
        Assert.Contains("findings", error);
    }

    [Fact]
    public void A_whisper_vtt_sentence_split_across_cues_traces_with_one_FG0109()
    {
        using var temp = new TempStudy();
        temp.Write("findings.yml", "title: Whisper VTT\nparticipants:\n  T1: {}\ntranscripts:\n  path: transcripts/{id}.*\n  interviewer: [I, Interviewer]\n");
        temp.Write("transcripts/T1.vtt", "WEBVTT\n\n00:00.000 --> 00:04.000\nSo I think the hardest part was\n\n00:04.000 --> 00:07.500\ncoming home and not being able to talk about it.\n");
        temp.Write("results.md", "# Coming home {#coming-home .theme}\n\n## The pause before leaving {#pause .subtheme}\n\n::: {.quote from=T1}\nThe hardest part was coming home and not being able to talk about it.\n:::\n");
        var (exit, output, _) = StudyCommands.Check(temp.Path, "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var d = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("FG0109", d.GetProperty("id").GetString());
        Assert.Equal("warning", d.GetProperty("severity").GetString());
        Assert.Equal("results.md", d.GetProperty("file").GetString());
    }

    [Theory]
    // Rev-style and Otter-style labels that read today as `Label:` lines: the map makes the interviewer's words caught.
    // (Two consecutive `Speaker 1:` lines of a .txt are one turn once the readers join them; a continuation line is one today.)
    [InlineData("Speaker 0: What did you do when the shift ended?\nSpeaker 1: I sat in the car for ten minutes before driving off.\nNobody had told me to, it just became the habit.\n", "Speaker 0", "Speaker 1")]
    [InlineData("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v " + SecretLabel + ">What did you do when the shift ended?\n\n00:00:04.000 --> 00:00:08.000\n<v Alex>I sat in the car for ten minutes before driving off.\n\n00:00:09.000 --> 00:00:12.000\n<v Alex>Nobody had told me to, it just became the habit.\n", SecretLabel, "Alex")]
    public void Mapped_labels_catch_the_interviewers_words_and_join_a_quotation_across_one_speakers_lines(string transcript, string interviewer, string participant)
    {
        using var temp = new TempStudy();
        bool vtt = transcript.StartsWith("WEBVTT");
        temp.Write("findings.yml", "title: Mapped\nparticipants: { T1: {} }\ntranscripts:\n  path: transcripts/{id}.*\n  interviewer: [I]\n  speakers:\n" +
                                   $"    \"{interviewer}\": interviewer\n    \"{participant}\": T1\nrules: {{ FG0008: none }}\n");
        temp.Write(vtt ? "transcripts/T1.vtt" : "transcripts/T1.txt", transcript);
        temp.Write("results.md", "# A {#a .theme}\n\n## B {#b .subtheme}\n\n" +
            "[\"ten minutes before driving off. Nobody had told me to\"]{.quote from=T1}\n" +
            "[\"What did you do when the shift ended?\"]{.quote from=T1}\n");
        var (exit, output, _) = StudyCommands.Check(temp.Path);
        Assert.Equal(1, exit);
        var diagnostics = output.Split('\n').Where(l => l.Contains(" FG")).ToArray();
        var d = Assert.Single(diagnostics);
        Assert.StartsWith("results.md(6,3): error FG0103: these are the interviewer's words in T1's transcript", d);
        Assert.DoesNotContain(interviewer, output);
        Assert.DoesNotContain(participant, output);
    }
}
