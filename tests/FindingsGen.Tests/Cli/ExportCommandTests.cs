using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FindingsGen.Cli;
using FindingsGen.Language.Coding;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// <c>findings export --refi/--qdc</c>: what it writes is valid against the REFI-QDA schemas' rules, its GUIDs are stable,
/// attributes become typed variables, each verified quotation is a coded selection whose positions (code points of the
/// source as written into <c>sources/</c>) hold exactly the quoted passage, and it never replaces or half-writes a file.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class ExportCommandTests
{
    private static readonly XNamespace Qda = QdaProjectWriter.ProjectNamespace;

    private static (int Exit, string Output, string Error) Export(string study, string? refi, string? qdc, bool force = false)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = ExportCommand.Run(study, refi, qdc, force, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void The_project_and_the_codebook_are_valid_against_the_schemas_rules()
    {
        using var study = QdaStudies.Write();
        string qdpx = Path.Combine(study.Path, "out.qdpx"), qdc = Path.Combine(study.Path, "out.qdc");
        var (exit, output, error) = Export(study.Path, qdpx, qdc);
        Assert.True(exit == 0, output + error);
        Assert.Empty(RefiQdaSchema.Errors(QdaStudies.Entry(qdpx, "project.qde"), RefiQdaSchema.Project));
        Assert.Empty(RefiQdaSchema.Errors(File.ReadAllText(qdc), RefiQdaSchema.Codebook));
        Assert.Contains("3 case(s), 3 transcript(s), 5 coded selection(s)", output);
    }

    [Fact]
    public void The_schema_rules_catch_what_a_writer_could_get_wrong()
    {
        // The test's own schema is worth what it rejects: a code without isCodable, children out of order, a bad GUID.
        const string head = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\">";
        Assert.NotEmpty(RefiQdaSchema.Errors(head + "<CodeBook><Codes><Code guid=\"6f9619ff-8b86-d011-b42d-00cf4fc964ff\" name=\"a\"/></Codes></CodeBook></Project>", RefiQdaSchema.Project));
        Assert.NotEmpty(RefiQdaSchema.Errors(head + "<Cases><Case guid=\"6f9619ff-8b86-d011-b42d-00cf4fc964ff\"/></Cases><CodeBook><Codes><Code guid=\"6f9619ff-8b86-d011-b42d-00cf4fc964fe\" name=\"a\" isCodable=\"true\"/></Codes></CodeBook></Project>", RefiQdaSchema.Project));
        Assert.NotEmpty(RefiQdaSchema.Errors(head + "<CodeBook><Codes><Code guid=\"P1\" name=\"a\" isCodable=\"true\"/></Codes></CodeBook></Project>", RefiQdaSchema.Project));
        Assert.NotEmpty(RefiQdaSchema.Errors("<Project xmlns=\"urn:QDA-XML:codebook:1.0\" name=\"x\"/>", RefiQdaSchema.Project));
        Assert.Empty(RefiQdaSchema.Errors(head + "</Project>", RefiQdaSchema.Project));
    }

    [Fact]
    public void Each_verified_quotation_is_a_selection_of_its_subthemes_code_holding_the_quoted_passage()
    {
        using var study = QdaStudies.Write();
        string qdpx = Path.Combine(study.Path, "out.qdpx");
        Assert.Equal(0, Export(study.Path, qdpx, null).Exit);
        var project = XDocument.Parse(QdaStudies.Entry(qdpx, "project.qde"));
        var codes = project.Descendants(Qda + "Code").ToDictionary(c => (string)c.Attribute("guid")!, c => (string)c.Attribute("name")!);
        var found = new System.Collections.Generic.List<string>();
        foreach (var source in project.Descendants(Qda + "TextSource"))
        {
            string text = QdaStudies.Entry(qdpx, "sources/" + (string)source.Attribute("guid")! + ".txt");
            // Positions count code points (an emoji is one), in the text as written into sources/ (LF line ends).
            int[] codePoints = Enumerable.Range(0, text.Length).Where(i => !char.IsLowSurrogate(text[i])).Append(text.Length).ToArray();
            foreach (var selection in source.Elements(Qda + "PlainTextSelection"))
            {
                int start = codePoints[(int)selection.Attribute("startPosition")!], end = codePoints[(int)selection.Attribute("endPosition")!];
                string code = codes[(string)selection.Descendants(Qda + "CodeRef").Single().Attribute("targetGUID")!];
                found.Add($"{source.Attribute("name")!.Value}|{code}|{Regex.Replace(text[start..end], @"\s+", " ")}");
            }
        }
        Assert.Equal(new[]
        {
            "T1.txt|The walk home|By the second bridge I have usually stopped replaying the day",
            "T2.txt|Peers|Nobody there is a patient",
            "T2.txt|Rituals at the door|gently",
            "T3.txt|Peers|Nobody there is a patient",
            "T3.txt|The walk home|I walk the long way past the river and the day goes quiet",
        }, found.OrderBy(f => f, System.StringComparer.Ordinal));
        Assert.DoesNotContain('\r', QdaStudies.Entry(qdpx, "sources/" + QdaGuid.For("transcript", "T1") + ".txt"));
    }

    [Fact]
    public void Guids_are_stable_and_a_code_guid_named_on_a_heading_is_kept()
    {
        using var study = QdaStudies.Write();
        string first = Path.Combine(study.Path, "a.qdpx"), second = Path.Combine(study.Path, "b.qdpx");
        Assert.Equal(0, Export(study.Path, first, null).Exit);
        Assert.Equal(0, Export(study.Path, second, null).Exit);
        Assert.Equal(QdaStudies.Entry(first, "project.qde"), QdaStudies.Entry(second, "project.qde"));
        var project = XDocument.Parse(QdaStudies.Entry(first, "project.qde"));
        var walk = project.Descendants(Qda + "Code").Single(c => (string)c.Attribute("name")! == "The walk home");
        Assert.Equal("6F9619FF-8B86-D011-B42D-00CF4FC964FF", (string)walk.Attribute("guid")!);
        var peers = project.Descendants(Qda + "Code").Single(c => (string)c.Attribute("name")! == "Peers");
        Assert.Equal(QdaGuid.For("subtheme", "peers"), (string)peers.Attribute("guid")!);
        Assert.Equal("Walking home", (string)project.Root!.Attribute("name")!);
    }

    [Fact]
    public void Attributes_become_variables_typed_by_their_values()
    {
        using var study = QdaStudies.Write();
        string qdpx = Path.Combine(study.Path, "out.qdpx");
        Assert.Equal(0, Export(study.Path, qdpx, null).Exit);
        var project = XDocument.Parse(QdaStudies.Entry(qdpx, "project.qde"));
        var types = project.Descendants(Qda + "Variable").ToDictionary(v => (string)v.Attribute("name")!, v => (string)v.Attribute("typeOfVariable")!);
        // "0123" keeps years as text (an integer would lose the zero); 0.8, 1.0 and 0.5 are all decimals.
        Assert.Equal("Text", types["setting"]);
        Assert.Equal("Text", types["years"]);
        Assert.Equal("Float", types["fte"]);
        Assert.Equal("Boolean", types["supervised"]);
        Assert.Equal("Integer", QdaVariableType.Of(new[] { "12", "3", "-4" }));
        Assert.Equal("Float", QdaVariableType.Of(new[] { "0.8", "12.25" }));
        Assert.Equal("Text", QdaVariableType.Of(new[] { "1e3" }));
        var t1 = project.Descendants(Qda + "Case").Single(c => (string)c.Attribute("name")! == "T1");
        Assert.Equal(new[] { "TextValue", "TextValue", "FloatValue", "BooleanValue" }, t1.Elements(Qda + "VariableValue").Select(v => v.Elements().Last().Name.LocalName));
    }

    [Fact]
    public void Without_transcripts_the_project_holds_the_codebook_and_the_cases()
    {
        using var study = QdaStudies.Write();
        Directory.Delete(Path.Combine(study.Path, "transcripts"), recursive: true);
        string qdpx = Path.Combine(study.Path, "out.qdpx");
        var (exit, output, _) = Export(study.Path, qdpx, null);
        Assert.Equal(0, exit);
        Assert.Contains("the transcripts are not available here", output);
        var project = XDocument.Parse(QdaStudies.Entry(qdpx, "project.qde"));
        Assert.Empty(project.Descendants(Qda + "TextSource"));
        Assert.Equal(3, project.Descendants(Qda + "Case").Count());
        Assert.Empty(RefiQdaSchema.Errors(project.ToString(), RefiQdaSchema.Project));
        using var zip = ZipFile.OpenRead(qdpx);
        Assert.Equal(new[] { "project.qde" }, zip.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void An_existing_file_is_never_replaced_without_force_and_no_temporary_file_is_left()
    {
        using var study = QdaStudies.Write();
        string qdpx = study.Write("coded.qdpx", "the researcher's own project");
        var (exit, _, error) = Export(study.Path, qdpx, null);
        Assert.Equal(2, exit);
        Assert.Contains("already exists", error);
        Assert.Equal("the researcher's own project", File.ReadAllText(qdpx));
        Assert.Equal(0, Export(study.Path, qdpx, null, force: true).Exit);
        Assert.NotEqual("the researcher's own project", File.ReadAllText(qdpx));
        Assert.Empty(Directory.GetFiles(study.Path, "*.tmp"));
        Assert.Empty(Directory.GetFiles(study.Path, ".*"));
    }
}
