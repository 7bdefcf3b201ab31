using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// A label the reader misses gives its words to the speaker before: an interviewer's question, a partner's aside or
/// a moderator's prompt could then pass for the participant's. Samples from the new-user attack on issue 12.
/// </summary>
public sealed class SpeakerLabelTrustTests
{
    private const string Page = "# A {#a .theme}\n\n## B {#b .subtheme}\n\n[\"Did anyone notice you were gone from the ward?\"]{.quote from=T1}\n";

    private static string[] Ids(string interviewer, string file, string transcript, string page = Page)
    {
        string manifest = "title: A\nparticipants: { T1: {} }\ntranscripts:\n  path: transcripts/{id}.*\n  interviewer: [" + interviewer + "]\n";
        var result = StudyRunner.Check(manifest, new[] { new KeyValuePair<string, string>("results.md", page) },
            new[] { new KeyValuePair<string, string>(file, transcript) });
        return result.Diagnostics.Select(d => d.Id).ToArray();
    }

    [Theory]
    [InlineData("\"Interviewer (RH)\"", "Interviewer (RH)")]
    [InlineData("\"Rowan Hale (she/her)\"", "Rowan Hale (she/her)")]
    [InlineData("\"Hale, Rowan\"", "Hale, Rowan")]
    [InlineData("\"María de los Ángeles García López\"", "María de los Ángeles García López")]
    [InlineData("\"李明\"", "李明")]
    [InlineData("\"rowan.hale@uni.ac.uk\"", "rowan.hale@uni.ac.uk")]
    [InlineData("\"Rowan Hale [Host]\"", "Rowan Hale [Host]")]
    public void A_declared_label_of_any_shape_is_a_label(string declared, string written)
    {
        string transcript = $"T1: I sat in the car for ten minutes.\n{written}: Did anyone notice you were gone from the ward?\nT1: Nobody noticed.\n{written}: And how long did you stay?\n";
        Assert.Equal(new[] { "FG0103" }, Ids(declared, "T1.txt", transcript));
    }

    [Fact]
    public void A_declared_label_in_a_teams_header_line_is_a_label()
    {
        string transcript = "Rowan Hale (Guest)   0:05\nDid anyone notice you were gone from the ward?\n\nT1   0:09\nNobody noticed, I think.\n";
        Assert.Equal(new[] { "FG0103" }, Ids("\"Rowan Hale (Guest)\"", "T1.txt", transcript));
    }

    [Fact]
    public void A_lower_case_user_name_at_the_start_of_zoom_cues_is_a_speaker()
    {
        string vtt = "WEBVTT\n\n1\n00:00:01.200 --> 00:00:05.900\nZoë Brien: I sat in the car for ten minutes.\n\n2\n00:00:06.300 --> 00:00:10.100\n" +
                     "rowan.hale: Did anyone notice you were gone from the ward?\n\n3\n00:00:10.300 --> 00:00:14.100\nZoë Brien: Nobody noticed.\n";
        // Two unmapped speakers in T1's own transcript: the question is not taken as T1's (FG0109), never a quiet clean.
        Assert.NotEmpty(Ids("I", "T1.vtt", vtt));
    }

    [Fact]
    public void A_speaker_who_talks_once_is_a_speaker_in_a_labelled_file()
    {
        string transcript = "I: What happened after?\nT1: I went home.\nPartner: Did anyone notice you were gone from the ward?\nT1: Nobody noticed.\n";
        Assert.Equal(new[] { "FG0103" }, Ids("I", "T1.txt", transcript));
    }

    [Fact]
    public void A_discourse_word_before_a_colon_stays_speech_even_when_it_recurs()
    {
        string transcript = "I: Tell me about the evenings.\nT1: I usually cook.\nHonestly: it is the only thing that helps me calm down.\nI: And mornings?\nT1: Mornings are worse.\nHonestly: I dread the alarm.\n";
        string page = "# A {#a .theme}\n\n## B {#b .subtheme}\n\n[\"Honestly: it is the only thing that helps me calm down\"]{.quote from=T1}\n";
        Assert.Empty(Ids("I", "T1.txt", transcript, page));
    }

    [Fact]
    public void A_line_of_a_hundred_thousand_open_brackets_is_read_without_a_stack_overflow()
    {
        string transcript = "T1: " + new string('(', 100_000) + "\n";
        Assert.Equal(new[] { "FG0101" }, Ids("I", "T1.txt", transcript));
    }

    [Theory]
    [InlineData("(unv.)")]
    [InlineData("(4 sec.)")]
    [InlineData("(2,5 Sek.)")]
    [InlineData("(mhm)")]
    [InlineData("(indistinct)")]
    public void F4_and_other_transcriber_notes_in_parentheses_are_not_words(string note)
    {
        string transcript = $"I: Und danach?\nB: Danach {note} ging es wieder, langsam.\n";
        string page = "# A {#a .theme}\n\n## B {#b .subtheme}\n\n[\"Danach ging es wieder, langsam\"]{.quote from=T1 original=\"Danach ging es wieder, langsam\"}\n";
        string manifest = "title: A\nlanguage: de\nparticipants: { T1: {} }\ntranscripts:\n  path: transcripts/{id}.*\n  interviewer: [I]\n";
        var result = StudyRunner.Check(manifest, new[] { new KeyValuePair<string, string>("results.md", page) },
            new[] { new KeyValuePair<string, string>("T1.txt", transcript) });
        Assert.Empty(result.Diagnostics.Where(d => d.Id != "FG0107").Select(d => d.ToString()));
    }

    private static string[] Lines(string transcript, string quotation, string file = "T1.txt")
    {
        string manifest = "title: A\nparticipants: { T1: {}, T2: {} }\ntranscripts:\n  path: transcripts/{id}.*\n  interviewer: [I, Moderator]\n  groups: [groups/*.txt]\n";
        string page = "# A {#a .theme}\n\n## B {#b .subtheme}\n\n[\"" + quotation + "\"]{.quote from=T1}\n";
        var result = StudyRunner.Check(manifest, new[] { new KeyValuePair<string, string>("results.md", page) },
            new[] { new KeyValuePair<string, string>(file, transcript) });
        return StudyRunner.Lines(result);
    }

    [Fact]
    public void The_interviewers_words_after_an_elision_are_FG0103_naming_the_words_never_near_verbatim()
    {
        string transcript = "I: That sounds really hard to carry.\nT1: It's what I always do after a death on the ward.\n";
        Assert.Equal(new[] { "results.md(5,3): error FG0103: Words 6\u20137 of this quotation are the interviewer's words in T1's transcript (T1.txt, line 1), not T1's; an elision may join T1's own words only" },
            Lines(transcript, "It's what I always do [...] really hard"));
    }

    [Fact]
    public void A_segment_after_an_elision_that_is_nowhere_is_FG0101_naming_it()
    {
        string transcript = "I: And after?\nT1: It's what I always do after a death on the ward.\n";
        Assert.Equal(new[] { "results.md(5,3): error FG0101: this quotation is not in T1's transcript (T1.txt) as written: words 6\u20137 ('purple elephants') are not in it, though the rest is. Copy the words exactly, and mark your own words as [insertions]" },
            Lines(transcript, "It's what I always do [...] purple elephants"));
    }

    [Theory]
    [InlineData("[T]he team were great, they carried me.")]
    [InlineData("Honestly [...] [t]he team were great")]
    public void A_first_letter_whose_case_changed_in_brackets_is_the_words_own(string quotation)
    {
        string transcript = "I: Tell me about the team.\nT1: Honestly the team were great, they carried me.\n";
        Assert.Empty(Lines(transcript, quotation));
    }

    [Fact]
    public void Interviewer_may_be_written_in_any_case_under_speakers()
    {
        var diagnostics = new Language.Diagnostics.DiagnosticList();
        var manifest = Language.FindingsChecker.ReadManifest("title: A\nparticipants: { T1: {} }\ntranscripts:\n  path: transcripts/{id}.*\n  speakers: { \"Speaker 1\": Interviewer }\n", diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.Equal("interviewer", manifest.Transcripts!.Speakers["Speaker 1"]);
    }

    [Fact]
    public void An_html_entity_in_a_quotation_is_the_character_it_stands_for()
    {
        string transcript = "I: And after?\nT1: I didn\u2019t go home that night.\n";
        Assert.Empty(Lines(transcript, "I didn&rsquo;t go home that night."));
        Assert.Empty(Lines(transcript, "I didn&#8217;t go home that night."));
    }

    [Fact]
    public void A_subrip_file_with_names_is_not_called_zoom()
    {
        var reading = Language.Transcripts.TranscriptFormat.SubRip.Read("1\n00:00:01,000 --> 00:00:02,000\nT1: I went home.\n", new[] { "T1" });
        Assert.Equal("SubRip, inline names", reading.Layout);
        var vtt = Language.Transcripts.TranscriptFormat.WebVtt.Read("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nT1: I went home.\n", new[] { "T1" });
        Assert.Equal("WebVTT, inline names (Zoom)", vtt.Layout);
    }
}
