using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FindingsGen.Language;
using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Site;

/// <summary>The machine-readable files of a site: findings.json (the whole model, schema in docs/) and quotations.csv.</summary>
public static class SiteData
{
    /// <summary>findings.json, following docs/findings.schema.json.</summary>
    public static byte[] Json(CheckResult result, SiteModelBuilder model)
    {
        var study = result.Study;
        var buffer = JsonBuffer.Write(new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }, json =>
        {
            json.WriteStartObject();
            json.WriteString("schema", RuleTable.DocsBaseUrl + "findings.schema.json");
            json.WriteString("title", study.Manifest.Title);
            WriteStrings(json, "authors", study.Manifest.Authors);
            if (study.Manifest.Publication is { } publication) WritePublication(json, publication, study.Manifest.Site.Url);
            json.WriteString("language", study.Manifest.Language);
            json.WriteStartArray("participants");
            foreach (var p in study.Manifest.Participants)
            {
                json.WriteStartObject();
                json.WriteString("id", p.Id);
                json.WriteStartObject("attributes");
                foreach (var a in p.Attributes) json.WriteString(a.Key, a.Value);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("frequency");
            foreach (var label in study.Manifest.Frequency ?? new List<Language.Manifest.FrequencyLabel>())
            {
                json.WriteStartObject();
                json.WriteString("label", label.Label);
                json.WriteNumber("min", label.Range.Min);
                if (label.Range.Max is { } max) json.WriteNumber("max", max); else json.WriteNull("max");
                json.WriteEndObject();
            }
            json.WriteEndArray();
            // The linked coding, where there is one: the site's coded counts came from it (a file name, never its content).
            if (result.Coding is { } coding)
            {
                json.WriteStartObject("coding");
                json.WriteString("source", coding.Source);
                json.WriteEndObject();
            }
            json.WriteStartArray("themes");
            foreach (var theme in study.Themes)
            {
                json.WriteStartObject();
                json.WriteString("id", theme.Id);
                json.WriteString("title", theme.Title);
                WriteCoding(json, result, theme.Codes, theme.Id);
                json.WriteStartArray("subthemes");
                foreach (var sub in theme.Subthemes)
                {
                    json.WriteStartObject();
                    json.WriteString("id", sub.Id);
                    json.WriteString("title", sub.Title);
                    WriteCoding(json, result, sub.Codes, sub.Id);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("claims");
            foreach (var claim in study.Claims)
            {
                json.WriteStartObject();
                json.WriteString("text", claim.Text);
                if (claim.Of is null) json.WriteNull("of");
                else WriteStrings(json, "of", claim.Of.Select(r => r.Id));
                json.WriteString("theme", claim.Theme?.Id);
                json.WriteString("subtheme", claim.Subtheme?.Id);
                WriteLocation(json, claim.Location);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("quotations");
            foreach (var q in model.QuotationViews())
            {
                json.WriteStartObject();
                json.WriteString("id", q.Anchor);
                json.WriteString("text", q.Text);
                json.WriteString("original", q.Original);
                json.WriteString("originalLanguage", q.OriginalLanguage);
                WriteStrings(json, "from", q.Participants.Select(p => p.Title));
                json.WriteString("theme", q.ThemeId.Length == 0 ? null : q.ThemeId);
                json.WriteString("subtheme", q.SubthemeId.Length == 0 ? null : q.SubthemeId);
                json.WriteBoolean("verified", q.Verified);
                json.WriteBoolean("nearVerbatim", q.NearVerbatim);
                json.WriteString("provenance", q.Provenance);
                json.WriteString("url", q.Url);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("diagnostics");
            foreach (var d in result.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("id", d.Id);
                json.WriteString("severity", d.Severity.ToName());
                WriteLocation(json, d.Location);
                json.WriteString("message", d.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The <c>publication</c> object: the manifest's <c>publication:</c> as read (normalised), and the site's address.</summary>
    private static void WritePublication(Utf8JsonWriter json, Language.Manifest.Publication p, string? siteUrl)
    {
        json.WriteStartObject("publication");
        json.WriteString("title", p.Title);
        json.WriteString("doi", p.Doi);
        json.WriteString("url", p.ArticleUrl);
        json.WriteString("journal", p.Journal);
        if (p.Year is { } year) json.WriteNumber("year", year); else json.WriteNull("year");
        json.WriteString("license", p.License);
        json.WriteString("version", p.Version);
        json.WriteStartArray("authors");
        foreach (var a in p.Authors)
        {
            json.WriteStartObject();
            json.WriteString("name", a.Name);
            json.WriteString("orcid", a.OrcidUrl);
            json.WriteString("affiliation", a.Affiliation);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteString("dataAvailability", p.DataAvailability);
        json.WriteString("preregistration", p.Preregistration);
        json.WriteString("siteUrl", siteUrl);
        json.WriteEndObject();
    }

    /// <summary>
    /// A theme's or subtheme's codes (<c>code=</c>) and, where a coding is linked and has them, the participants coded
    /// under them (<c>codedParticipants</c>) and how many (<c>coded</c>).
    /// </summary>
    private static void WriteCoding(Utf8JsonWriter json, CheckResult result, IReadOnlyList<string> codes, string id)
    {
        if (codes.Count > 0) WriteStrings(json, "codes", codes);
        if (result.Coding is { } coding && coding.CodedParticipants.TryGetValue(id, out var coded))
        {
            json.WriteNumber("coded", coded.Count);
            WriteStrings(json, "codedParticipants", coded);
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }

    private static void WriteLocation(Utf8JsonWriter json, SourceLocation location)
    {
        json.WriteStartObject("location");
        json.WriteString("file", location.File);
        json.WriteNumber("line", location.Line);
        json.WriteNumber("column", location.Column);
        json.WriteEndObject();
    }

    /// <summary>quotations.csv: RFC 4180, UTF-8; a value a spreadsheet would run as a formula is prefixed with an apostrophe.</summary>
    public static byte[] Csv(SiteModelBuilder model)
    {
        var csv = new StringBuilder("id,participants,theme,subtheme,text,original,verified,provenance\r\n");
        foreach (var q in model.QuotationViews())
        {
            csv.Append(string.Join(",", new[] { q.Anchor, q.ParticipantIds, q.ThemeTitle, q.SubthemeTitle, q.Text, q.Original ?? "", q.Verified ? "yes" : "no", q.Provenance }.Select(Field))).Append("\r\n");
        }
        return new UTF8Encoding(false).GetBytes(csv.ToString());
    }

    private static string Field(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".IndexOf(value[0]) >= 0) value = "'" + value;
        return value.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
