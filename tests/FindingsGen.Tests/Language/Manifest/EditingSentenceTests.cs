using FindingsGen.Language;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Manifest;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>The declared editing (<c>editing:</c>) as the Method-section sentence the site states, for each combination.</summary>
public sealed class EditingSentenceTests
{
    private static string Sentence(string editing)
    {
        var diagnostics = new DiagnosticList();
        var manifest = FindingsChecker.ReadManifest("title: E\nparticipants: { T1: {} }\n" + editing, diagnostics);
        Assert.Empty(diagnostics.Items);
        return EditingSentence.Of(manifest.Editing);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("editing:\n", "")]
    [InlineData("editing: { fillers: [], repetitions: false }\n", "")]
    [InlineData("editing: { fillers: [um, uh], repetitions: true }\n", "Fillers (um, uh) and repeated words were removed from quotations.")]
    [InlineData("editing: { fillers: [um, uh] }\n", "Fillers (um, uh) were removed from quotations.")]
    [InlineData("editing: { fillers: [um] }\n", "The filler (um) was removed from quotations.")]
    [InlineData("editing: { fillers: [um], repetitions: true }\n", "The filler (um) and repeated words were removed from quotations.")]
    [InlineData("editing: { repetitions: true }\n", "Repeated words were removed from quotations.")]
    [InlineData("editing: { fillers: [um, er, erm, \"you know\"], repetitions: false }\n", "Fillers (um, er, erm, you know) were removed from quotations.")]
    [InlineData("editing: { fillers: [um, Um, um] }\n", "The filler (um) was removed from quotations.")]
    public void Each_combination_reads_as_a_sentence_of_method(string editing, string sentence) =>
        Assert.Equal(sentence, Sentence(editing));
}
