using System.Linq;
using FindingsGen.Language;
using FindingsGen.Language.Diagnostics;
using Xunit;

namespace FindingsGen.Tests;

public sealed class ManifestTests
{
    private static (Language.Manifest.StudyManifest Manifest, string[] Diagnostics) Read(string yaml)
    {
        var diagnostics = new DiagnosticList();
        var manifest = FindingsChecker.ReadManifest(yaml, diagnostics);
        return (manifest, diagnostics.Items.Select(d => d.ToString()).ToArray());
    }

    [Fact]
    public void Scalars_stay_strings_exactly_as_written()
    {
        var (manifest, diagnostics) = Read("title: 2024\nparticipants:\n  0123: { age: 040 }\n  no: {}\n  'yes': ~\n");
        Assert.Empty(diagnostics);
        Assert.Equal("2024", manifest.Title);
        Assert.Equal(new[] { "0123", "no", "yes" }, manifest.Participants.Select(p => p.Id));
        Assert.Equal("040", manifest.Participants[0].Attribute("age"));
    }

    [Fact]
    public void Aliases_are_refused_with_their_position()
    {
        var (_, diagnostics) = Read("title: A\nparticipants: {}\nauthors: [x, *y]\n");
        Assert.Single(diagnostics);
        Assert.StartsWith("findings.yml(3,", diagnostics[0]);
        Assert.Contains("FG0201", diagnostics[0]);
    }

    [Fact]
    public void Deep_nesting_is_refused_not_followed()
    {
        string deep = "title: A\nparticipants: {}\nauthors: " + new string('[', 200) + new string(']', 200) + "\n";
        var (_, diagnostics) = Read(deep);
        Assert.Contains(diagnostics, d => d.Contains("nests deeper than 32 levels"));
    }

    [Fact]
    public void Huge_manifests_are_refused()
    {
        var (_, diagnostics) = Read("title: " + new string('a', 2 << 20) + "\n");
        Assert.Equal("findings.yml(1,1): error FG0201: the file is larger than 1024 KiB; a manifest never needs that much", Assert.Single(diagnostics));
    }

    [Fact]
    public void Yaml_syntax_errors_are_located()
    {
        var (_, diagnostics) = Read("title: A\nparticipants: {T1: {}\n");
        var d = Assert.Single(diagnostics);
        Assert.Matches(@"^findings\.yml\(\d+,\d+\): error FG0201: YAML syntax: ", d);
    }

    [Fact]
    public void A_manifest_that_is_not_a_mapping_is_reported()
    {
        var (_, diagnostics) = Read("- just\n- a list\n");
        Assert.Equal("findings.yml(1,1): error FG0201: the manifest must be a mapping of keys such as title: and participants:", Assert.Single(diagnostics));
    }

    [Fact]
    public void Frequency_counts_ranges_and_minimums_are_read()
    {
        var (manifest, diagnostics) = Read("title: A\nparticipants: {}\nfrequency: { most: 4-5, many: 6+, some: 3, 'a few': 1\u20132 }\n");
        Assert.Empty(diagnostics);
        Assert.Equal(new[] { "4\u20135", "6 or more", "3", "1\u20132" }, manifest.Frequency!.Select(f => f.Range.ToString()));
    }

    [Fact]
    public void Transcript_settings_require_an_id_placeholder()
    {
        var (_, diagnostics) = Read("title: A\nparticipants: {}\ntranscripts: { path: transcripts/all.txt }\n");
        Assert.Contains(diagnostics, d => d.StartsWith("findings.yml(3,22): error FG0201: 'transcripts.path' must contain {id}"));
    }

    [Fact]
    public void Editing_declares_fillers_and_repetitions()
    {
        var (manifest, diagnostics) = Read("title: A\nparticipants: {}\nediting:\n  fillers: [um, uh, \"you know\"]\n  repetitions: true\n");
        Assert.Empty(diagnostics);
        Assert.Equal(new[] { "um", "uh", "you know" }, manifest.Editing.Fillers);
        Assert.True(manifest.Editing.Repetitions);
    }

    [Fact]
    public void Editing_declares_nothing_by_default_and_refuses_what_it_cannot_read()
    {
        Assert.False(Read("title: A\nparticipants: {}\n").Manifest.Editing.DeclaresAny);
        var (manifest, diagnostics) = Read("title: A\nparticipants: {}\nediting:\n  fillers: [\"um...\"]\n  repetitions: often\n  typos: true\n");
        Assert.Equal(3, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Contains("FG0201", d));
        Assert.StartsWith("findings.yml(4,", diagnostics[0]);
        Assert.Contains("'editing.repetitions' must be true or false", diagnostics[1]);
        Assert.Contains("unknown key 'editing.typos'", diagnostics[2]);
        Assert.False(manifest.Editing.DeclaresAny);
    }
}
