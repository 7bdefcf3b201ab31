using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Diagnostics;

/// <summary>Writes diagnostics in the output formats of LANGUAGE.md, for every host that prints them (check, build, serve).</summary>
public static class DiagnosticFormats
{
    /// <summary>The formats <c>--format</c> accepts.</summary>
    public static readonly string[] Names = { "text", "json", "sarif", "github" };

    /// <summary>One compiler-style line per diagnostic.</summary>
    public static void WriteText(TextWriter output, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) output.WriteLine(d.ToString());
    }

    /// <summary>
    /// GitHub Actions workflow commands, one per diagnostic, so each shows as an annotation on its line:
    /// <c>::error file=results.md,line=12,col=5,endLine=12,endColumn=30,title=FG0001::message</c>.
    /// </summary>
    public static void WriteGitHub(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, string filePrefix)
    {
        foreach (var d in diagnostics)
        {
            string command = d.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
            var l = d.Location;
            output.WriteLine($"::{command} file={Property(filePrefix + l.File)},line={l.Line},col={l.Column},endLine={l.EndLine},endColumn={l.EndColumn},title={d.Id}::{Data(d.Message)}");
        }
    }

    private static string Data(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string s) => Data(s).Replace(":", "%3A").Replace(",", "%2C");

    /// <summary>SARIF 2.1.0, as <c>dotnet build -p:ErrorLog=…</c> writes it: one run, the rules, the results with regions.</summary>
    public static void WriteSarif(Stream output, IReadOnlyList<Diagnostic> diagnostics, string filePrefix)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "FindingsGen");
        json.WriteString("informationUri", RuleTable.RepositoryUrl);
        json.WriteStartArray("rules");
        foreach (var rule in RuleTable.All)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpUrl);
            json.WriteStartObject("defaultConfiguration");
            // A rule that is off unless rules: turns it on (FG0402) is said to be off, not listed as a note.
            if (rule.DefaultSeverity == Severity.None) json.WriteBoolean("enabled", false);
            json.WriteString("level", SarifLevel(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("results");
        foreach (var d in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", d.Id);
            json.WriteString("level", SarifLevel(d.Severity));
            json.WriteStartObject("message");
            json.WriteString("text", d.Message);
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", filePrefix + d.Location.File);
            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", d.Location.Line);
            json.WriteNumber("startColumn", d.Location.Column);
            json.WriteNumber("endLine", d.Location.EndLine);
            json.WriteNumber("endColumn", d.Location.EndColumn);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static string SarifLevel(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.None => "none",
        _ => "note",
    };

    /// <summary>The single JSON object of LANGUAGE.md.</summary>
    public static void WriteJson(Stream output, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartArray("diagnostics");
        int errors = 0, warnings = 0, infos = 0;
        foreach (var d in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("id", d.Id);
            json.WriteString("severity", d.Severity.ToName());
            json.WriteString("file", d.Location.File);
            json.WriteNumber("line", d.Location.Line);
            json.WriteNumber("column", d.Location.Column);
            json.WriteNumber("endLine", d.Location.EndLine);
            json.WriteNumber("endColumn", d.Location.EndColumn);
            json.WriteString("message", d.Message);
            json.WriteEndObject();
            if (d.Severity == Severity.Error) errors++;
            else if (d.Severity == Severity.Warning) warnings++;
            else if (d.Severity == Severity.Info) infos++;
        }
        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("errors", errors);
        json.WriteNumber("warnings", warnings);
        json.WriteNumber("infos", infos);
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }
}
