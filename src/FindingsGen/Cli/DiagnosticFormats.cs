using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Cli;

/// <summary>Writes diagnostics in the output formats of LANGUAGE.md.</summary>
public static class DiagnosticFormats
{
    /// <summary>The formats <c>--format</c> accepts.</summary>
    public static readonly string[] Names = { "text", "json" };

    /// <summary>One compiler-style line per diagnostic.</summary>
    public static void WriteText(TextWriter output, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) output.WriteLine(d.ToString());
    }

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
