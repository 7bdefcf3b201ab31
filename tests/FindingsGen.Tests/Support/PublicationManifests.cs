using System.Linq;
using FindingsGen.Language;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Manifest;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>A manifest with a <c>publication:</c> block, read and asserted clean: the citation tests' input.</summary>
internal static class PublicationManifests
{
    internal static StudyManifest Read(string publication, string title = "Between sessions", string authors = "[R. Halvorsen, M. Okafor]", string site = "site:\n  url: https://example.org/study/\n")
    {
        var diagnostics = new DiagnosticList();
        var manifest = FindingsChecker.ReadManifest($"title: {title}\nauthors: {authors}\nparticipants: {{ T1: {{}} }}\n{site}publication:\n{publication}", diagnostics);
        Assert.Empty(diagnostics.Items.Select(d => d.ToString()));
        return manifest;
    }
}
