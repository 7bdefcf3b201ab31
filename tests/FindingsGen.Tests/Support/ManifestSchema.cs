using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FindingsGen.Tests;

/// <summary>
/// docs/findings.manifest.schema.json, with a library validator (JsonSchema.Net), and YAML read as an editor's YAML
/// extension reads it (YAML 1.2 core schema: plain true/false, numbers and null are typed; quoted text is a string).
/// </summary>
internal static class ManifestSchema
{
    public static string PathInDocs => Path.Combine(RepoRoot.Path, "docs", "findings.manifest.schema.json");

    public static string Text { get; } = File.ReadAllText(PathInDocs);

    public static JsonNode Json { get; } = JsonNode.Parse(Text)!;

    // Built once: building registers the schema by its $id.
    private static readonly JsonSchema Schema = JsonSchema.FromText(Text);

    /// <summary>Whether the YAML manifest is valid under the schema, and the first errors when not.</summary>
    public static (bool Valid, string Errors) Validate(string yaml)
    {
        var json = YamlToJson(yaml);
        using var document = JsonDocument.Parse(json?.ToJsonString() ?? "null");
        var result = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        string errors = result.IsValid ? "" : string.Join("; ", (result.Details ?? new List<EvaluationResults>())
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(5));
        return (result.IsValid, errors);
    }

    /// <summary>One YAML document as JSON.</summary>
    public static JsonNode? YamlToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode map:
                var obj = new JsonObject();
                foreach (var (key, value) in map.Children) obj[((YamlScalarNode)key).Value ?? ""] = Convert(value);
                return obj;
            case YamlSequenceNode seq:
                var array = new JsonArray();
                foreach (var item in seq.Children) array.Add(Convert(item));
                return array;
            case YamlScalarNode scalar:
                return Scalar(scalar.Value ?? "", scalar.Style == ScalarStyle.Plain);
            default:
                throw new NotSupportedException(node.GetType().Name);
        }
    }

    private static JsonNode? Scalar(string value, bool plain)
    {
        if (!plain) return JsonValue.Create(value);
        if (value is "" or "~" or "null" or "Null" or "NULL") return null;
        if (value is "true" or "True" or "TRUE") return JsonValue.Create(true);
        if (value is "false" or "False" or "FALSE") return JsonValue.Create(false);
        if (Regex.IsMatch(value, "^[-+]?[0-9]+$") && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer)) return JsonValue.Create(integer);
        if (Regex.IsMatch(value, @"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")) return JsonValue.Create(double.Parse(value, CultureInfo.InvariantCulture));
        return JsonValue.Create(value);
    }
}
