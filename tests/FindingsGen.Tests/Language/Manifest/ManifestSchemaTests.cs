using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FindingsGen.Cli;
using FindingsGen.Language;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Manifest;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// docs/findings.manifest.schema.json (what editors complete and explain) kept in step with the manifest reader (what
/// findings check enforces): the same keys, every manifest of the repository valid under both, bad ones refused by both.
/// </summary>
public sealed class ManifestSchemaTests
{
    private static string[] ReaderErrors(string yaml)
    {
        var diagnostics = new DiagnosticList();
        FindingsChecker.ReadManifest(yaml, diagnostics);
        return diagnostics.Items.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToArray();
    }

    private static string[] Keys(JsonNode? properties) => properties!.AsObject().Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal).ToArray();

    private static string[] Sorted(IEnumerable<string> keys) => keys.OrderBy(k => k, StringComparer.Ordinal).ToArray();

    [Fact]
    public void The_schema_is_draft_07_with_its_id_at_the_docs_address()
    {
        Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)ManifestSchema.Json["$schema"]);
        Assert.Equal(RuleTable.DocsBaseUrl + "findings.manifest.schema.json", (string?)ManifestSchema.Json["$id"]);
    }

    [Fact]
    public void The_schema_is_valid_under_the_draft_07_meta_schema()
    {
        using var document = System.Text.Json.JsonDocument.Parse(ManifestSchema.Text);
        var result = Json.Schema.MetaSchemas.Draft7.Evaluate(document.RootElement, new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });
        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? new List<Json.Schema.EvaluationResults>()).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        // A schema the validator rejects would be valid against nothing; so each test above would pass vacuously.
        Assert.True(ManifestSchema.Validate("title: T\nparticipants: {}\n").Valid);
    }

    [Fact]
    public void The_schema_has_exactly_the_keys_the_reader_accepts()
    {
        var root = ManifestSchema.Json["properties"]!;
        Assert.Equal(Sorted(ManifestReader.TopLevelKeys), Keys(root));
        Assert.Equal(Sorted(ManifestReader.TranscriptsKeys), Keys(root["transcripts"]!["properties"]));
        Assert.Equal(Sorted(ManifestReader.EditingKeys), Keys(root["editing"]!["properties"]));
        Assert.Equal(Sorted(ManifestReader.SiteKeys), Keys(root["site"]!["properties"]));
        Assert.Equal(Sorted(ManifestReader.PublicationKeys), Keys(root["publication"]!["properties"]));
        Assert.Equal(Sorted(ManifestReader.PublicationAuthorKeys), Keys(root["publication"]!["properties"]!["authors"]!["items"]!["properties"]));
        Assert.Equal(Sorted(RuleTable.All.Select(r => r.Id)), Keys(root["rules"]!["properties"]));
        // Where the reader refuses unknown keys, so does the schema.
        foreach (var node in new[] { ManifestSchema.Json, root["transcripts"]!, root["editing"]!, root["site"]!, root["publication"]!, root["publication"]!["properties"]!["authors"]!["items"]!, root["rules"]! })
            Assert.False((bool)node["additionalProperties"]!);
        Assert.Equal(new[] { "participants", "title" }, Sorted(ManifestSchema.Json["required"]!.AsArray().Select(n => (string)n!)));
        Assert.Equal(new[] { "path" }, root["transcripts"]!["required"]!.AsArray().Select(n => (string)n!));
    }

    [Fact]
    public void The_key_lists_are_the_ones_the_reader_checks()
    {
        // The schema test above compares the schema with the reader's lists; this holds the lists to the reader: each
        // key is read (no "unknown key"), and a key outside them is refused, in every mapping that refuses them.
        string Manifest(string top = "", string transcripts = "", string editing = "") =>
            "title: T\nparticipants: { P1: {} }\n" + top + "transcripts:\n  path: t/{id}.*\n" + transcripts + "editing:\n  fillers: [um]\n" + editing;
        foreach (string key in ManifestReader.TopLevelKeys.Except(new[] { "title", "participants", "transcripts", "editing" }))
            Assert.DoesNotContain(ReaderErrors(Manifest(top: key + ": x\n")), e => e.Contains("unknown key"));
        foreach (string key in ManifestReader.TranscriptsKeys.Except(new[] { "path" }))
            Assert.DoesNotContain(ReaderErrors(Manifest(transcripts: $"  {key}: []\n")), e => e.Contains("unknown key"));
        Assert.DoesNotContain(ReaderErrors(Manifest(editing: "  repetitions: true\n")), e => e.Contains("unknown key"));
        Assert.Contains(ReaderErrors(Manifest(top: "titel: x\n")), e => e.Contains("unknown key 'titel'"));
        Assert.Contains(ReaderErrors(Manifest(transcripts: "  paths: x\n")), e => e.Contains("unknown key 'transcripts.paths'"));
        Assert.Contains(ReaderErrors(Manifest(editing: "  filler: [x]\n")), e => e.Contains("unknown key 'editing.filler'"));
    }

    [Fact]
    public void Every_key_has_hover_help()
    {
        var missing = new List<string>();
        void Walk(JsonNode node, string path)
        {
            if (node["properties"] is JsonObject properties)
            {
                foreach (var (key, child) in properties)
                {
                    if (child!["description"] is null || child["markdownDescription"] is null) missing.Add(path + key);
                    Walk(child, path + key + ".");
                }
            }
            if (node["additionalProperties"] is JsonObject values) Walk(values, path + "*.");
        }
        Walk(ManifestSchema.Json, "");
        Assert.True(missing.Count == 0, "no description/markdownDescription: " + string.Join(", ", missing));
    }

    public static IEnumerable<object[]> RepositoryManifests()
    {
        // Every findings.yml of the repository (the example studies, the test fixtures, the skeleton findings new writes),
        // the full manifest examples of the docs, and every manifest of the spec files (docs/rules and Specs/).
        string root = RepoRoot.Path;
        foreach (string file in Directory.GetFiles(root, "findings.yml", SearchOption.AllDirectories)
                     .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
                     .Where(f => !Regex.IsMatch(f, @"(^|/)(bin|obj|\.git|workflows)/"))
                     .OrderBy(f => f, StringComparer.Ordinal))
            yield return new object[] { file, File.ReadAllText(Path.Combine(root, file)) };
        foreach (string doc in Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Append(Path.Combine(root, "README.md")).OrderBy(f => f, StringComparer.Ordinal))
        {
            int n = 0;
            foreach (Match block in Regex.Matches(File.ReadAllText(doc).Replace("\r\n", "\n"), "```yaml\n(.*?)```", RegexOptions.Singleline))
            {
                n++;
                if (Regex.IsMatch(block.Groups[1].Value, "^title:", RegexOptions.Multiline))
                    yield return new object[] { $"{Path.GetRelativePath(root, doc)} yaml block {n}", block.Groups[1].Value };
            }
        }
        foreach (var group in SpecFile.ReadAll().Where(e => e.Manifest.Length > 0).GroupBy(e => e.Manifest))
            yield return new object[] { $"{group.First().File} manifest before '{group.First().Name}'", group.Key };
    }

    [Theory]
    [MemberData(nameof(RepositoryManifests))]
    public void A_manifest_the_reader_accepts_is_valid_under_the_schema(string where, string yaml)
    {
        // The spec pages show invalid manifests on purpose (the invalid ones are tested below); the docs' examples may be
        // abbreviated (two participants on a scale of six), but each key in them is one the schema knows.
        if (where.Contains(" manifest before ") && ReaderErrors(yaml).Length > 0) return;
        var (valid, errors) = ManifestSchema.Validate(yaml);
        Assert.True(valid, $"{where}: {errors}");
    }

    [Fact]
    public void The_repository_manifests_include_the_studies_and_fixtures()
    {
        var names = RepositoryManifests().Select(m => (string)m[0]).ToList();
        Assert.Contains("content/findings.yml", names);
        Assert.Contains("src/FindingsGen/Cli/Skeleton/findings.yml", names);
        Assert.Contains("tests/FindingsGen.Tests/Fixtures/site-study/findings.yml", names);
        Assert.Contains(names, n => n.StartsWith("docs" + Path.DirectorySeparatorChar + "language.md", StringComparison.Ordinal));
        Assert.True(names.Count > 20, string.Join(", ", names));
        // And no study's manifest has an error of the reader's.
        foreach (var m in RepositoryManifests().Where(m => ((string)m[0]).EndsWith("findings.yml", StringComparison.Ordinal)))
            Assert.Empty(ReaderErrors((string)m[1]));
    }

    public static IEnumerable<object[]> ValidForms() => new[]
    {
        // The forms the reader accepts that an editor must not mark as wrong (YAML 1.2 types them as an editor does).
        new object[] { "a number as title, IDs with leading zeros", "title: 2024\nparticipants:\n  0123: { age: 040 }\n  no: {}\n  'yes': ~\n" },
        new object[] { "participants empty", "title: T\nparticipants:\n" },
        new object[] { "ranges with a hyphen or an en dash, minimums, quoted counts", "title: T\nparticipants: { A: {}, B: {}, C: {}, D: {}, E: {} }\nfrequency:\n  all: 5\n  most: 3\u20134\n  two: \"2\"\n  a few: 1\n" },
        new object[] { "a minimum", "title: T\nparticipants: { A: {}, B: {}, C: {} }\nfrequency:\n  many: 2+\n  one: 1\n" },
        new object[] { "single values where lists may be", "title: T\nauthors: A. Author\nparticipants: { P1: {} }\nquantifier_nouns: nurses\npages: results.md\ntranscripts:\n  path: t/{id}.*\n  interviewer: I\n  groups: groups/*.vtt\nediting:\n  fillers: um\n" },
        new object[] { "speakers, languages, identifiers, rules", "title: T\nlanguage: en\nparticipants: { P1: { language: nb } }\ntranscripts:\n  path: t/{id}.*\n  language: nb\n  speakers:\n    \"Speaker 2\": P1\n    \"Speaker 1\": interviewer\nidentifiers: ../private/ids.txt\nrules:\n  FG0003: none\n  FG0104: error\n  FG0301: error\n" },
        new object[] { "repetitions as true or yes", "title: T\nparticipants: {}\nediting:\n  repetitions: yes\n" },
        new object[] { "editing empty", "title: T\nparticipants: {}\nediting:\n" },
        new object[] { "a full publication", "title: T\nauthors: [A. Author]\nparticipants: {}\npublication:\n  title: The article\n  doi: https://doi.org/10.5555/x.1\n  url: https://journal.example/a/1\n  journal: J\n  year: 2026\n  license: cc-by-4.0\n  version: \"1.0\"\n  data_availability: on request from the authors\n  preregistration: https://osf.io/abcde\n  authors:\n    - A. Author\n    - { name: B. Author, orcid: https://orcid.org/0000-0002-1825-0097, affiliation: Somewhere }\n" },
        new object[] { "publication empty", "title: T\nparticipants: {}\npublication:\n" },
    };

    [Theory]
    [MemberData(nameof(ValidForms))]
    public void A_form_the_reader_accepts_is_accepted_by_the_schema(string what, string yaml)
    {
        Assert.Empty(ReaderErrors(yaml));
        var (valid, errors) = ManifestSchema.Validate(yaml);
        Assert.True(valid, what + ": " + errors);
    }

    [Fact]
    public void The_commented_examples_of_the_new_study_s_manifest_are_valid_once_uncommented()
    {
        string yaml = System.Text.Encoding.UTF8.GetString(SkeletonFile.All().Single(f => f.Path == "findings.yml").Content);
        string uncommented = Regex.Replace(yaml, @"^(\s*)# ((rules|editing|speakers|language):.*|  (FG\d{4}|fillers|repetitions|""Speaker 2""):.*)$", "$1$2", RegexOptions.Multiline);
        foreach (string key in new[] { "rules:", "  FG0003: none", "editing:", "  fillers: [um, uh]", "  repetitions: true", "  speakers:", "    \"Speaker 2\": P1", "  language: nb" })
            Assert.Contains("\n" + key + "\n", uncommented);
        Assert.Empty(ReaderErrors(uncommented));
        var (valid, errors) = ManifestSchema.Validate(uncommented);
        Assert.True(valid, errors);
    }

    public static IEnumerable<object[]> InvalidManifests() => new[]
    {
        // unknown keys
        new object[] { "unknown key", "title: T\nparticipants: {}\ntitel: U\n" },
        new object[] { "unknown transcripts key", "title: T\nparticipants: {}\ntranscripts:\n  path: t/{id}.*\n  folder: t\n" },
        new object[] { "unknown editing key", "title: T\nparticipants: {}\nediting:\n  filler: [um]\n" },
        new object[] { "unknown rule ID", "title: T\nparticipants: {}\nrules:\n  FG9999: none\n" },
        new object[] { "unknown publication key", "title: T\nparticipants: {}\npublication:\n  jornal: J\n" },
        new object[] { "unknown author key", "title: T\nparticipants: {}\npublication:\n  authors: [{ name: A, email: a@b }]\n" },
        new object[] { "a DOI that is no DOI", "title: T\nparticipants: {}\npublication:\n  doi: 11.5555/x\n" },
        new object[] { "a year that is no year", "title: T\nparticipants: {}\npublication:\n  year: twenty\n" },
        new object[] { "an author without a name", "title: T\nparticipants: {}\npublication:\n  authors: [{ orcid: 0000-0002-1825-0097 }]\n" },
        // wrong types
        new object[] { "title as a list", "title: [A, B]\nparticipants: {}\n" },
        new object[] { "participants as a list", "title: T\nparticipants: [P1, P2]\n" },
        new object[] { "attribute as a list", "title: T\nparticipants:\n  P1: { roles: [a, b] }\n" },
        new object[] { "frequency as a list", "title: T\nparticipants: {}\nfrequency: [most, some]\n" },
        new object[] { "a count that is no count", "title: T\nparticipants: { P1: {}, P2: {} }\nfrequency:\n  most: many\n" },
        new object[] { "transcripts as text", "title: T\nparticipants: {}\ntranscripts: transcripts/{id}.*\n" },
        new object[] { "language as a list", "title: T\nparticipants: {}\nlanguage: [en, nb]\n" },
        new object[] { "rules as a list", "title: T\nparticipants: {}\nrules: [FG0003]\n" },
        new object[] { "pages as a mapping", "title: T\nparticipants: {}\npages: { a: b.md }\n" },
        new object[] { "identifiers empty", "title: T\nparticipants: {}\nidentifiers: \"\"\n" },
        new object[] { "path without {id}", "title: T\nparticipants: {}\ntranscripts:\n  path: transcripts/all.txt\n" },
        // bad enums
        new object[] { "a severity that is none of the four", "title: T\nparticipants: {}\nrules:\n  FG0003: fatal\n" },
        new object[] { "the privacy screen lowered", "title: T\nparticipants: {}\nrules:\n  FG0301: none\n" },
        new object[] { "repetitions neither true nor false", "title: T\nparticipants: {}\nediting:\n  repetitions: sometimes\n" },
        // missing required keys
        new object[] { "no title", "participants: {}\n" },
        new object[] { "no participants", "title: T\n" },
        new object[] { "transcripts without path", "title: T\nparticipants: {}\ntranscripts:\n  interviewer: [I]\n" },
    };

    [Theory]
    [MemberData(nameof(InvalidManifests))]
    public void An_invalid_manifest_is_refused_by_the_schema_and_by_the_reader(string what, string yaml)
    {
        Assert.False(ManifestSchema.Validate(yaml).Valid, what + ": the schema accepts it");
        Assert.Contains(ReaderErrors(yaml), e => e.Contains(": error FG0201: "));
    }

    [Fact]
    public void New_studies_get_the_schema_of_the_docs_byte_for_byte()
    {
        var copy = SkeletonFile.All().Single(f => f.Path == ".vscode/findings.manifest.schema.json");
        Assert.Equal(File.ReadAllBytes(ManifestSchema.PathInDocs), copy.Content);
    }
}
