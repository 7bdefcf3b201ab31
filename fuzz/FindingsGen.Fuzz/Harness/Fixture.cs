using System.Collections.Generic;
using FindingsGen.Language;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Manifest;

namespace FindingsGen.Fuzz;

/// <summary>
/// The small study (fiction) around every fuzzed input: a valid manifest, a page, and three transcripts whose
/// unquoted words include <see cref="Canary"/>, a word that must never reach a diagnostic or an output file.
/// </summary>
internal static class Fixture
{
    /// <summary>A word in the transcripts' unquoted speech; finding it anywhere in an output is a privacy leak.</summary>
    public const string Canary = "CANARYZQX";

    /// <summary>The manifest.</summary>
    public const string Manifest =
        "title: Fuzzing fixture\n" +
        "language: en\n" +
        "participants:\n" +
        "  T1: { setting: clinic }\n" +
        "  T2: { setting: school }\n" +
        "  T3: { setting: hospice }\n" +
        "frequency:\n" +
        "  all: 3\n" +
        "  two: 2\n" +
        "  one: 1\n" +
        "transcripts:\n" +
        "  path: transcripts/{id}.*\n" +
        "  interviewer: [I]\n" +
        "pages: [results.md]\n";

    private static readonly DiagnosticList ManifestDiagnostics = new();

    /// <summary>The manifest as the checker reads it, once for every input.</summary>
    public static readonly StudyManifest ManifestRead = FindingsChecker.ReadManifest(Manifest, ManifestDiagnostics);

    /// <summary>T1's transcript (plain text, labelled turns).</summary>
    public const string T1 =
        "Interview with T1, a fiction written for the fuzzer. CANARYZQX\n" +
        "[00:00:04] I: How do you end a working day? CANARYZQX\n" +
        "[00:00:09] T1: I wash the brushes slowly and I put the unfinished pieces on the rack.\n" +
        "The colours stay with me on the walk home. My neighbour CANARYZQX never asks about it.\n" +
        "[00:01:10] I: And at home?\n" +
        "[00:01:12] T1: At home I cook, and the day settles somewhere behind me.\n";

    /// <summary>T2's transcript (WebVTT).</summary>
    public const string T2 =
        "WEBVTT\n\n" +
        "NOTE fiction CANARYZQX\n\n" +
        "1\n00:00:01.000 --> 00:00:04.000\n<v I>What stays with you after a session? CANARYZQX</v>\n\n" +
        "2\n00:00:05.000 --> 00:00:09.000\n<v T2>The drawings stay, and the silence CANARYZQX in the room.</v>\n\n" +
        "3\n00:00:09.500 --> 00:00:12.000\n<v T2>I walk around the block twice before I go inside.</v>\n";

    /// <summary>T3's transcript (Markdown, labelled turns).</summary>
    public const string T3 =
        "# T3 (fiction) CANARYZQX\n\n" +
        "I: What do you carry home? CANARYZQX\n\n" +
        "T3: Less than I used to. Some images come home regardless, usually the unfinished ones.\n\n" +
        "T3: My sister CANARYZQX says I talk in colours.\n";

    /// <summary>A page that quotes every participant: verbatim, near-verbatim, elided, and not at all.</summary>
    public const string Page =
        "# Carrying the day {#carrying .theme}\n\n" +
        "## Images that stay {#images .subtheme}\n\n" +
        "[All]{.freq of=\"T1 T2 T3\"} participants described images that stayed with them.\n\n" +
        "::: {.quote from=T1}\n" +
        "I wash the brushes slowly and I put the unfinished pieces on the rack.\n" +
        ":::\n\n" +
        "[Two]{.freq of=\"T2 T3\"} participants spoke of a walk: [\"I walk around the block twice\"]{.quote from=T2}, and\n" +
        "[\"some images come home regardless [...] the unfinished ones\"]{.quote from=T3}.\n\n" +
        "::: {.quote from=T1}\n" +
        "The colours stay with me on the long walk home.\n" +
        ":::\n\n" +
        "[\"Nobody in this study ever said these words\"]{.quote from=T1} was not said. See [](#images).\n";

    /// <summary>The transcripts as a host hands them to the core (all three available).</summary>
    public static Language.Tracing.TracingInput Tracing(string? t1 = null, string t1Format = "txt")
    {
        var tracing = new Language.Tracing.TracingInput { TranscriptsAvailable = true };
        tracing.Transcripts["T1"] = new Language.Tracing.TranscriptSource("T1", "T1." + t1Format, t1Format, t1 ?? T1);
        tracing.Transcripts["T2"] = new Language.Tracing.TranscriptSource("T2", "T2.vtt", "vtt", T2);
        tracing.Transcripts["T3"] = new Language.Tracing.TranscriptSource("T3", "T3.md", "md", T3);
        return tracing;
    }

    /// <summary>The check's input for the fixture's manifest (read once) with <paramref name="page"/> as results.md.</summary>
    public static StudyInput Study(string page, Language.Tracing.TracingInput tracing)
    {
        var study = new StudyInput(ManifestRead, ManifestDiagnostics.Items) { Tracing = tracing };
        study.Pages.Add(new KeyValuePair<string, string>("results.md", page));
        return study;
    }

    /// <summary>The text of each file of <see cref="Study"/>, for the location oracle.</summary>
    public static Dictionary<string, string> Files(string page) => new() { [StudyManifest.FileName] = Manifest, ["results.md"] = page };
}
