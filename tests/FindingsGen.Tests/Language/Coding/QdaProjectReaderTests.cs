using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FindingsGen.Language.Coding;
using FindingsGen.Language.Diagnostics;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// The core's reading of REFI-QDA XML: what it reads, and how every malformed or hostile document is exactly one located
/// FG0505 in bounded time and memory, never an exception.
/// </summary>
public sealed class QdaProjectReaderTests
{
    private const string File = "private/garden.qdpx";
    private const string Ns = "urn:QDA-XML:project:1.0";

    private static string Project(string body, string attributes = "name=\"Garden\"") =>
        $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"{Ns}\" {attributes}>\n{body}\n</Project>\n";

    private const string Codes =
        "<CodeBook><Codes><Code guid=\"c1\" name=\"Peer support\" isCodable=\"true\"><Description>Help</Description>" +
        "<Code guid=\"c2\" name=\"Advice\" isCodable=\"true\"/></Code></Codes></CodeBook>";

    private static QdaProject? Read(string xml, out List<Diagnostic> diagnostics, Func<string, string?>? sources = null)
    {
        diagnostics = new List<Diagnostic>();
        return QdaProjectReader.Read(xml, File, sources ?? (_ => "Interviewer: Hello.\nP1: The others just expected me to ask.\n"), diagnostics);
    }

    /// <summary>Exactly one FG0505 error, at the project file, and no project.</summary>
    private static Diagnostic OneError(QdaProject? project, List<Diagnostic> diagnostics)
    {
        Assert.Null(project);
        var d = Assert.Single(diagnostics);
        Assert.Equal("FG0505", d.Id);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal(File, d.Location.File);
        Assert.StartsWith("the coding project cannot be read: ", d.Message);
        return d;
    }

    [Fact]
    public void Inline_plain_text_content_is_read_and_selections_keep_their_codes()
    {
        var project = Read(Project(Codes +
            "<Sources><TextSource guid=\"s1\" name=\"P1\"><PlainTextContent>P1: We water at the roots.</PlainTextContent>" +
            "<PlainTextSelection guid=\"x1\" startPosition=\"4\" endPosition=\"26\"><Coding guid=\"k1\"><CodeRef targetGUID=\"C2\"/></Coding></PlainTextSelection>" +
            "</TextSource></Sources>"), out var diagnostics, _ => throw new InvalidOperationException("inline text needs no file"));
        Assert.Empty(diagnostics);
        var source = Assert.Single(project!.Sources);
        Assert.Equal("P1: We water at the roots.", source.Text);
        var selection = Assert.Single(source.Selections);
        Assert.Equal((4, 26), (selection.Start, selection.End));
        Assert.Equal("C2", Assert.Single(selection.CodeGuids));
        Assert.Equal("Advice", project.AllCodes().Single(c => QdaGuid.Same(c.Guid, "C2")).Name);
    }

    [Fact]
    public void A_dtd_with_an_external_entity_never_reads_the_file_it_names()
    {
        string secret = Path.Combine(Path.GetTempPath(), "fg-qda-secret-" + Guid.NewGuid().ToString("N") + ".txt");
        System.IO.File.WriteAllText(secret, "SECRET-MARKER-7731");
        try
        {
            foreach (string xml in new[]
            {
                $"<?xml version=\"1.0\"?>\n<!DOCTYPE Project [ <!ENTITY x SYSTEM \"file://{secret}\"> ]>\n<Project xmlns=\"{Ns}\" name=\"&x;\"/>",
                $"<?xml version=\"1.0\"?>\n<!-- exported -->\n<!DOCTYPE Project SYSTEM \"file://{secret}\">\n<Project xmlns=\"{Ns}\" name=\"a\"/>",
                // The billion laughs: entities that expand to gigabytes.
                "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">" +
                "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\"><!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>\n" +
                $"<Project xmlns=\"{Ns}\" name=\"&lol4;\"/>",
            })
            {
                var (project, diagnostics) = BoundedRun.Within(() => (Read(xml, out var found), found), 8L << 20);
                var d = OneError(project, diagnostics);
                Assert.Contains("DTD", d.Message);
                Assert.Equal(xml.StartsWith("<?xml version=\"1.0\"?>\n<!--", StringComparison.Ordinal) ? 3 : 2, d.Location.Line);
                Assert.Equal(1, d.Location.Column);
                Assert.DoesNotContain("SECRET-MARKER", d.Message);
            }
        }
        finally
        {
            System.IO.File.Delete(secret);
        }
    }

    [Fact]
    public void A_dtd_the_first_look_misses_is_still_refused_by_the_reader()
    {
        // The first look knows the declaration's exact spelling only; any other is not well-formed XML to the reader.
        foreach (string doctype in new[] { "<!doctype Project [<!ENTITY a \"b\">]>", "<Project xmlns=\"x\"><!DOCTYPE Project [<!ENTITY a \"b\">]></Project>" })
        {
            var project = Read($"<?xml version=\"1.0\"?><?pi x?>{doctype}<Project xmlns=\"{Ns}\" name=\"&a;\"/>", out var diagnostics);
            OneError(project, diagnostics);
        }
    }

    public static IEnumerable<object[]> WrongRoots() => new[]
    {
        new object[] { "<Project name=\"a\"/>", "in no namespace" },
        new object[] { "<Project xmlns=\"urn:QDA-XML:project:2.0\" name=\"a\"/>", "namespace 'urn:QDA-XML:project:2.0'" },
        new object[] { "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes/></CodeBook>", "is a codebook" },
        new object[] { "<html><body>Not a project</body></html>", "<html>" },
    };

    [Theory]
    [MemberData(nameof(WrongRoots))]
    public void A_root_in_the_wrong_namespace_or_of_another_kind_is_one_FG0505_at_the_root(string xml, string said)
    {
        var project = Read("<?xml version=\"1.0\"?>\n" + xml, out var diagnostics);
        var d = OneError(project, diagnostics);
        Assert.Contains(said, d.Message);
        Assert.Equal((2, 1), (d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void A_codebook_reader_given_a_project_says_so()
    {
        var diagnostics = new List<Diagnostic>();
        var project = QdaProjectReader.ReadCodebook(Project(Codes), File, diagnostics);
        Assert.Contains("not a codebook", OneError(project, diagnostics).Message);
    }

    [Fact]
    public void Fifty_megabytes_of_one_element_is_refused_before_it_is_read()
    {
        string xml = Project("<Sources><TextSource guid=\"s\" name=\"P1\"><PlainTextContent>" + new string('a', 50 << 20) + "</PlainTextContent></TextSource></Sources>");
        var (project, diagnostics) = BoundedRun.Within(() => (Read(xml, out var d), d), 1L << 20);
        Assert.Contains("32 million characters", OneError(project, diagnostics).Message);
    }

    [Theory]
    [InlineData("Description", 2_000_000, "a code's description")]
    [InlineData("PlainTextContent", 20_000_000, "<PlainTextContent>")]
    public void One_text_past_its_limit_is_refused_while_it_is_read_at_the_element(string element, int length, string said)
    {
        string body = element == "Description"
            ? $"<CodeBook><Codes><Code guid=\"c\" name=\"n\" isCodable=\"true\">\n<Description>{new string('b', length)}</Description></Code></Codes></CodeBook>"
            : $"<Sources><TextSource guid=\"s\" name=\"P1\">\n<PlainTextContent>{new string('b', length)}</PlainTextContent></TextSource></Sources>";
        string xml = Project(body);
        var (project, diagnostics) = BoundedRun.Within(() => (Read(xml, out var d), d), (long)length * 2 + (8L << 20));
        var d = OneError(project, diagnostics);
        Assert.Contains(said, d.Message);
        Assert.Equal(4, d.Location.Line);
    }

    [Fact]
    public void Very_deep_nesting_is_refused_at_the_limit_not_read_to_the_bottom()
    {
        int depth = 200_000;
        string xml = Project(string.Concat(Enumerable.Repeat("<Notes>", depth)) + string.Concat(Enumerable.Repeat("</Notes>", depth)));
        var (project, diagnostics) = BoundedRun.Within(() => (Read(xml, out var d), d), 16L << 20);
        Assert.Contains("nested more than 64 levels", OneError(project, diagnostics).Message);
    }

    [Fact]
    public void A_huge_attribute_is_refused_at_its_element()
    {
        string xml = Project($"<CodeBook><Codes>\n<Code guid=\"c\" isCodable=\"true\" name=\"{new string('n', 1_000_000)}\"/></Codes></CodeBook>");
        var (project, diagnostics) = BoundedRun.Within(() => (Read(xml, out var d), d), 64L << 20);
        var d = OneError(project, diagnostics);
        Assert.Contains("attribute (name=)", d.Message);
        Assert.Equal(4, d.Location.Line);
    }

    [Fact]
    public void An_element_with_thousands_of_attributes_is_refused()
    {
        string attributes = string.Concat(Enumerable.Range(0, 200_000).Select(i => $" a{i}=\"\""));
        string xml = Project($"<Users>\n<User guid=\"u\"{attributes}/></Users>");
        var (project, diagnostics) = BoundedRun.Within(() => (Read(xml, out var d), d), 1L << 20, maxSeconds: 2);
        var d = OneError(project, diagnostics);
        Assert.Contains("200,001 attributes, more than 64", d.Message);
        Assert.Equal((4, 1), (d.Location.Line, d.Location.Column));
        // Quotes hide what is inside them: a '=' or '>' in a value is not counted.
        string quoted = Project($"<Users><User guid=\"u\" name=\"{string.Concat(Enumerable.Repeat("a=b>", 1000))}\"/></Users>");
        Assert.Empty(Read(quoted, out var none) is null ? new[] { "null" } : none.Select(x => x.Message));
    }

    [Fact]
    public void Xml_that_is_not_well_formed_is_located_and_its_text_is_not_quoted()
    {
        string xml = Project("<Sources><TextSource guid=\"s\" name=\"P1\"><PlainTextContent>private words here</Plain></TextSource></Sources>");
        var d = OneError(Read(xml, out var diagnostics), diagnostics);
        Assert.Equal(3, d.Location.Line);
        Assert.DoesNotContain("private words", d.Message);
        Assert.DoesNotContain("Plain", d.Message);
    }

    [Fact]
    public void Two_codes_with_one_guid_in_any_case_are_one_FG0505_at_the_second()
    {
        string xml = Project("<CodeBook><Codes><Code guid=\"ab-CD\" name=\"One\" isCodable=\"true\"/>\n<Code guid=\"{AB-cd}\" name=\"Two\" isCodable=\"true\"/></Codes></CodeBook>");
        var d = OneError(Read(xml, out var diagnostics), diagnostics);
        Assert.Contains("code 'Two' has the GUID {AB-cd}, which line 3 already gives another code", d.Message);
        Assert.Equal(4, d.Location.Line);
    }

    [Fact]
    public void Sources_and_selections_sharing_a_guid_are_refused_too()
    {
        string xml = Project("<Sources><TextSource guid=\"s\" name=\"P1\" plainTextPath=\"internal://s.txt\"/>\n<TextSource guid=\"S\" name=\"P2\" plainTextPath=\"internal://t.txt\"/></Sources>");
        Assert.Contains("source 'P2'", OneError(Read(xml, out var diagnostics), diagnostics).Message);
        xml = Project("<Sources><TextSource guid=\"s\" name=\"P1\" plainTextPath=\"internal://s.txt\"><PlainTextSelection guid=\"x\" startPosition=\"0\" endPosition=\"3\"/>\n" +
            "<PlainTextSelection guid=\"x\" startPosition=\"3\" endPosition=\"5\"/></TextSource></Sources>");
        Assert.Contains("a selection has the GUID x", OneError(Read(xml, out diagnostics), diagnostics).Message);
    }

    [Theory]
    [InlineData("startPosition=\"9\" endPosition=\"4\"", "ends (4) before it starts (9)")]
    [InlineData("startPosition=\"3\" endPosition=\"5000\"", "ends at position 5000, past the end of its text (60 characters)")]
    [InlineData("startPosition=\"-1\" endPosition=\"4\"", "startPosition is '-1', not a position")]
    [InlineData("startPosition=\"three\" endPosition=\"4\"", "startPosition is 'three', not a position")]
    [InlineData("startPosition=\"1\" endPosition=\"99999999999999\"", "endPosition is '99999999999999', not a position")]
    [InlineData("endPosition=\"4\"", "has no startPosition")]
    public void A_selection_whose_positions_cannot_be_in_its_source_is_one_FG0505_at_the_selection(string positions, string said)
    {
        string xml = Project($"<Sources><TextSource guid=\"s\" name=\"P1\" plainTextPath=\"internal://s.txt\">\n<PlainTextSelection guid=\"x\" {positions}/></TextSource></Sources>");
        var d = OneError(Read(xml, out var diagnostics), diagnostics);
        Assert.Contains(said, d.Message);
        Assert.Equal((4, 1), (d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void A_source_whose_text_is_not_available_is_one_FG0505_at_the_source()
    {
        string xml = Project("<Sources>\n<TextSource guid=\"s\" name=\"P1\" plainTextPath=\"internal://s.txt\"/></Sources>");
        var d = OneError(Read(xml, out var diagnostics, _ => null), diagnostics);
        Assert.Contains("the text of source 'P1' cannot be read: 'internal://s.txt' is not available", d.Message);
        Assert.Equal(4, d.Location.Line);

        xml = Project("<Sources>\n<TextSource guid=\"s\" name=\"P1\"/></Sources>");
        Assert.Contains("neither a plainTextPath nor <PlainTextContent>", OneError(Read(xml, out diagnostics), diagnostics).Message);
    }

    [Fact]
    public void A_resolver_says_why_a_text_is_missing()
    {
        var diagnostics = new List<Diagnostic>();
        var project = QdaProjectReader.Read(Project("<Sources><TextSource guid=\"s\" name=\"P1\" plainTextPath=\"internal://s.txt\"/></Sources>"), File,
            (string path, out string? problem) =>
            {
                problem = "'sources/s.txt' is not in the package";
                return null;
            }, diagnostics);
        Assert.EndsWith("cannot be read: 'sources/s.txt' is not in the package", OneError(project, diagnostics).Message);
    }

    [Fact]
    public void References_to_what_the_project_lacks_are_warnings_and_the_rest_is_read()
    {
        string xml = Project(Codes +
            "<Variables><Variable guid=\"v1\" name=\"age\" typeOfVariable=\"Integer\"/></Variables>" +
            "<Cases><Case guid=\"k1\" name=\"P1\">\n<VariableValue><VariableRef targetGUID=\"v1\"/><IntegerValue> 41 </IntegerValue></VariableValue>" +
            "<VariableValue><VariableRef targetGUID=\"v9\"/><TextValue>x</TextValue></VariableValue>\n<SourceRef targetGUID=\"s1\"/><SourceRef targetGUID=\"s9\"/></Case></Cases>" +
            "<Sources><TextSource guid=\"s1\" name=\"P1\" plainTextPath=\"internal://s1.txt\">\n" +
            "<PlainTextSelection guid=\"x1\" startPosition=\"0\" endPosition=\"5\"><Coding guid=\"g\"><CodeRef targetGUID=\"c1\"/></Coding><Coding guid=\"h\"><CodeRef targetGUID=\"nope\"/></Coding></PlainTextSelection>" +
            "</TextSource></Sources>");
        var project = Read(xml, out var diagnostics);
        Assert.NotNull(project);
        Assert.Equal(3, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(("FG0505", Severity.Warning), (d.Id, d.Severity)));
        Assert.Contains(diagnostics, d => d.Message.Contains("a selection of source 'P1' is coded with a code the project does not have (nope)", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Message.Contains("case 'P1' refers to a source the project does not have (s9)", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Message.Contains("variable the project does not declare (v9)", StringComparison.Ordinal));
        Assert.Equal("c1", Assert.Single(project!.Sources[0].Selections[0].CodeGuids));
        Assert.Equal("s1", Assert.Single(project.Cases[0].SourceGuids));
        Assert.Equal(new Dictionary<string, string> { ["age"] = "41" }, project.Cases[0].Variables);
    }

    [Fact]
    public void Elements_of_the_standard_not_used_and_of_other_namespaces_are_passed_over()
    {
        string xml = Project("<Users><User guid=\"u\" name=\"A\"/></Users>" + Codes +
            "<Sources><PDFSource guid=\"p\" name=\"Consent form\"><PDFSelection guid=\"q\"/></PDFSource>" +
            "<TextSource guid=\"s\" name=\"P1\"><PlainTextContent>abc</PlainTextContent><x:Extra xmlns:x=\"urn:vendor\"><x:Deep/></x:Extra></TextSource></Sources>" +
            "<Notes><Note guid=\"n\"><PlainTextContent>memo</PlainTextContent></Note></Notes><Links/><Graphs/><Description>d</Description>");
        var project = Read(xml, out var diagnostics);
        Assert.Empty(diagnostics);
        Assert.Equal("PDFSource 'Consent form'", Assert.Single(project!.OtherSources));
        Assert.Equal("abc", Assert.Single(project.Sources).Text);
    }

    [Fact]
    public void Every_truncation_of_a_project_is_at_most_FG0505_never_an_exception()
    {
        string xml = QdaProjects.ProjectXml(QdaShape.NVivo, QdaProjects.Garden);
        var texts = QdaProjects.Garden.Participants.ToDictionary(p => "internal://" + QdaProjects.Guid(QdaShape.NVivo, "source:" + p.Id) + ".txt", p => p.Transcript);
        for (int length = 0; length < xml.LastIndexOf("</Project>", StringComparison.Ordinal); length += 97)
        {
            var diagnostics = new List<Diagnostic>();
            var project = QdaProjectReader.Read(xml.Substring(0, length), File, p => texts.GetValueOrDefault(p), diagnostics);
            Assert.Null(project);
            Assert.Equal("FG0505", Assert.Single(diagnostics, d => d.Severity == Severity.Error).Id);
        }
    }

    [Fact]
    public void A_utf16_or_bom_prefixed_document_given_as_text_reads()
    {
        string xml = "\uFEFF" + Project(Codes).Replace("encoding=\"utf-8\"", "encoding=\"utf-16\"", StringComparison.Ordinal);
        var project = Read(xml, out var diagnostics);
        Assert.Empty(diagnostics);
        Assert.Equal(2, project!.AllCodes().Count());
        Assert.Equal(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes("Help")), project.Codes[0].Description);
    }

    [Theory]
    [InlineData(QdaPositionCounting.Utf16, 7, 12, "\U0001F331 ok")]
    [InlineData(QdaPositionCounting.CodePoints, 7, 11, "\U0001F331 ok")]
    [InlineData(QdaPositionCounting.Utf16CrLfAsOne, 6, 11, "\U0001F331 ok")]
    public void Positions_counted_three_ways_find_the_same_text(QdaPositionCounting counting, int start, int end, string expected)
    {
        const string text = "a\r\nbc: \U0001F331 ok";
        Assert.Equal(expected, text[QdaPositions.ToIndex(text, start, counting)..QdaPositions.ToIndex(text, end, counting)]);
        Assert.Equal(-1, QdaPositions.ToIndex(text, 40, counting));
        Assert.Equal(QdaPositionCounting.CodePoints, QdaPositions.CountingFor("QualCoder 3.6"));
        Assert.Equal(QdaPositionCounting.Utf16CrLfAsOne, QdaPositions.CountingFor("ATLAS.ti 24"));
        Assert.Equal(QdaPositionCounting.Utf16, QdaPositions.CountingFor(null));
    }
}
