using System.Collections.Generic;
using System.Linq;
using FindingsGen.Files;
using FindingsGen.Language;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Tracing;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// Reading the transcripts folder in parallel, each transcript indexed and let go as it is read (issue 17), finds the
/// same file for each participant as trying every file did — IDs that are prefixes of others, a <c>*</c> before the ID —
/// and keeps the participants' order.
/// </summary>
public sealed class TranscriptFolderReadTests
{
    private static (TracingInput Input, string Described) Read(string pathPattern, string[] ids, string[] files, bool prepare, int parallelism)
    {
        using var temp = new TempStudy();
        foreach (var file in files) temp.Write("transcripts/" + file, $"I: Hello?\n{System.IO.Path.GetFileNameWithoutExtension(file)}: words of {file} here.\n");
        string manifestText = "title: T\nparticipants: {" + string.Join(", ", ids.Select(id => id + ": {}")) + "}\ntranscripts:\n  path: " + pathPattern + "\n  interviewer: [I]\n";
        var manifest = FindingsChecker.ReadManifest(manifestText, new DiagnosticList());
        var input = new TracingInput();
        var cache = new TracingCache();
        TranscriptFolder.Read(temp.Path, manifest, null, input,
            prepare ? source => cache.IndexAndRelease(source, new[] { "I" }, SpeakerRoles.DeclaredLabels(manifest)) : null, parallelism);
        string described = string.Join("\n", input.Transcripts.Select(p => $"{p.Key} {p.Value.Path} {p.Value.Readable} {p.Value.Problem}")
            .Concat(input.Missing.OrderBy(p => p.Key, System.StringComparer.Ordinal).Select(p => $"missing {p.Key}: {p.Value}")));
        return (input, described);
    }

    [Fact]
    public void Each_participant_gets_its_own_file_when_IDs_are_prefixes_of_each_other()
    {
        string[] ids = { "P1", "P10", "P100", "P2" };
        string[] files = { "P1.txt", "P10.txt", "P100.vtt", "P100.txt", "P2.md", "P20.txt", "README.md" };
        var (input, described) = Read("transcripts/{id}.*", ids, files, prepare: false, parallelism: 1);
        Assert.Equal("P1.txt", input.Transcripts["P1"].Path);
        Assert.Equal("P10.txt", input.Transcripts["P10"].Path);
        Assert.Equal("P2.md", input.Transcripts["P2"].Path);
        Assert.Contains("missing P100: several files match (P100.txt, P100.vtt)", described);
        Assert.Equal(new[] { "P1", "P10", "P2" }, input.Transcripts.Keys);
    }

    [Fact]
    public void A_star_before_the_ID_still_finds_every_file()
    {
        string[] ids = { "A", "B", "C" };
        string[] files = { "2024-A.txt", "x-B.txt", "B.txt", "notes-C.srt" };
        var (input, described) = Read("transcripts/*-{id}.*", ids, files, prepare: false, parallelism: 1);
        Assert.Equal("2024-A.txt", input.Transcripts["A"].Path);
        Assert.Equal("x-B.txt", input.Transcripts["B"].Path);
        Assert.Equal("notes-C.srt", input.Transcripts["C"].Path);
        Assert.DoesNotContain("missing", described);
    }

    [Fact]
    public void Read_in_parallel_and_indexed_as_read_gives_the_same_transcripts_in_the_same_order_without_their_text()
    {
        var ids = Enumerable.Range(1, 60).Select(i => "T" + i).ToArray();
        var files = ids.Where((_, i) => i % 7 != 3).Select(id => id + ".txt").Append("T4.vtt").ToArray();
        var (plain, expected) = Read("transcripts/{id}.*", ids, files, prepare: false, parallelism: 1);
        var (indexed, described) = Read("transcripts/{id}.*", ids, files, prepare: true, parallelism: 4);
        Assert.Equal(expected, described);
        Assert.Equal(plain.Transcripts.Keys, indexed.Transcripts.Keys);
        Assert.All(indexed.Transcripts.Values, s => Assert.True(s.Text is null && s.Indexed is not null));
        Assert.All(plain.Transcripts.Values, s => Assert.NotNull(s.Text));
    }
}
