using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using FindingsGen.Language;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Model;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// The same files produce the manuscript: Debian's Pandoc (which ./test.sh installs where it is missing) converts the
/// example study's pages to HTML and DOCX, and every quotation and claim the checker read (taken from the core's own
/// model, not found a second way) is there with its words intact; in HTML every .quote and .freq is still a div or
/// span with its id, classes and attributes.
/// </summary>
public sealed class PandocRoundTripTests
{
    private static readonly string Content = StudyCommands.Content;

    /// <summary>The example study as the checker reads it: its pages in the manifest's order, parsed by the core.</summary>
    private static Study Example()
    {
        var manifest = FindingsChecker.ReadManifest(File.ReadAllText(Path.Combine(Content, "findings.yml")), new DiagnosticList());
        var pages = manifest.Pages!.Select(p => (p.Path, File.ReadAllText(Path.Combine(Content, p.Path)))).ToArray();
        var study = StudyRunner.Check(File.ReadAllText(Path.Combine(Content, "findings.yml")), pages).Study;
        Assert.Equal(2, study.Pages.Count);
        Assert.True(study.Quotations.Count >= 18, $"the example has 18 quotations; the model holds {study.Quotations.Count}");
        Assert.True(study.Claims.Count >= 7, $"the example has 7 claims; the model holds {study.Claims.Count}");
        return study;
    }

    [Fact]
    public void Html_keeps_every_quotation_and_claim_as_a_div_or_span_with_its_attributes_and_words()
    {
        var study = Example();
        using var temp = new TempStudy();
        foreach (var page in study.Pages)
        {
            string html = Convert(page.Path, "html", Path.Combine(temp.Path, page.Path + ".html"));
            var elements = HtmlElements.DivsAndSpans(html).Where(e => e.Classes.Contains("quote") || e.Classes.Contains("freq")).ToList();
            var written = study.AttributedElements.Where(a => a.Page == page && (a.Attributes.HasClass("quote") || a.Attributes.HasClass("freq"))).ToList();
            Assert.Equal(written.Count, elements.Count);
            for (int i = 0; i < written.Count; i++)
            {
                var source = written[i].Attributes;
                var element = elements[i];
                string where = $"{page.Path}: the {i + 1}. .quote/.freq ({string.Join(" ", source.Classes)})";
                Assert.True((written[i].Kind is AttributedElementKind.Div or AttributedElementKind.DivInQuotation ? "div" : "span") == element.Tag, $"{where} became a <{element.Tag}>");
                Assert.Equal(source.Classes.ToArray(), element.Classes.ToArray());
                if (source.Id is { } id) Assert.Equal(id.Value, element.Attributes.GetValueOrDefault("id"));
                foreach (var item in source.Items.Where(item => item.Key != "." && item.Key != "#"))
                {
                    // Pandoc writes an attribute HTML does not define as data-NAME.
                    string? value = element.Attributes.GetValueOrDefault("data-" + item.Key) ?? element.Attributes.GetValueOrDefault(item.Key);
                    Assert.True(item.Value == value, $"{where}: {item.Key}=\"{item.Value}\" became \"{value}\"");
                }
            }
            // Each quotation's and claim's words, in the element that holds them, in order.
            var quotes = elements.Where(e => e.Classes.Contains("quote")).Select(e => Plain(e.Text)).ToList();
            var quotations = study.Quotations.Where(q => q.Page == page).ToList();
            Assert.Equal(quotations.Count, quotes.Count);
            for (int i = 0; i < quotations.Count; i++) Assert.Contains(Plain(quotations[i].Text.Text), quotes[i]);
            var freqs = elements.Where(e => e.Classes.Contains("freq")).Select(e => Plain(e.Text)).ToList();
            var claims = study.Claims.Where(c => c.Page == page).ToList();
            Assert.Equal(claims.Count, freqs.Count);
            for (int i = 0; i < claims.Count; i++) Assert.Equal(Plain(claims[i].Text), freqs[i]);
        }
    }

    [Fact]
    public void Docx_keeps_every_quotation_and_claim_word_for_word()
    {
        var study = Example();
        using var temp = new TempStudy();
        foreach (var page in study.Pages)
        {
            string file = Path.Combine(temp.Path, page.Path + ".docx");
            Convert(page.Path, "docx", file);
            string text;
            using (var document = WordprocessingDocument.Open(file, false))
            {
                var body = document.MainDocumentPart!.Document!.Body!;
                text = Plain(string.Join(" ", body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText)));
            }
            int at = 0;
            foreach (var quotation in study.Quotations.Where(q => q.Page == page))
            {
                string words = Plain(quotation.Text.Text);
                int found = text.IndexOf(words, at, System.StringComparison.Ordinal);
                Assert.True(found >= 0, $"{page.Path}: the quotation at line {quotation.Location.Line} is not in the DOCX as written (in order): \"{words}\"");
                at = found;
            }
            foreach (var claim in study.Claims.Where(c => c.Page == page))
            {
                Assert.True(text.Contains(Plain(claim.Text), System.StringComparison.Ordinal), $"{page.Path}: the claim at line {claim.Location.Line} is not in the DOCX as written: \"{Plain(claim.Text)}\"");
            }
        }
    }

    /// <summary>Runs Debian's pandoc on a page of the example (Pandoc's own Markdown, its defaults) and returns the file's text.</summary>
    private static string Convert(string page, string to, string output)
    {
        (int Exit, string Output) run;
        try
        {
            run = ChildProcess.Run("pandoc", Content, page, "--from", "markdown", "--to", to, "--output", output);
        }
        catch (Win32Exception)
        {
            Assert.Fail("pandoc is not installed: ./test.sh installs Debian's package (apt-get install pandoc)");
            throw;
        }
        Assert.True(run.Exit == 0, $"pandoc {page} --to {to} failed: {run.Output}");
        return to == "docx" ? "" : File.ReadAllText(output, Encoding.UTF8);
    }

    /// <summary>
    /// Words as a reader compares them: Pandoc's typography (its smart extension turns ' and " into curly quotes,
    /// -- into a dash, ... into an ellipsis) folded back, runs of white space made one.
    /// </summary>
    private static string Plain(string text)
    {
        var s = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            s.Append(c switch
            {
                '\u2018' or '\u2019' => "'",
                '\u201C' or '\u201D' => "\"",
                '\u2013' => "--",
                '\u2014' => "---",
                '\u2026' => "...",
                '\u00A0' => " ",
                _ => c.ToString(),
            });
        }
        return Regex.Replace(s.ToString(), @"\s+", " ").Trim();
    }
}
