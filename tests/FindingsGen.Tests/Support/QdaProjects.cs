using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Xml;

namespace FindingsGen.Tests;

/// <summary>
/// Writes REFI-QDA projects (<c>.qdpx</c>) and codebooks (<c>.qdc</c>) from a <see cref="QdaProjectSpec"/>, in the shape
/// each QDA package exports them, for tests of reading, importing, checking against and exporting a coding.
/// All content is fiction (<see cref="Garden"/>). Typical use:
/// <code>
/// string path = Path.Combine(dir, "garden.qdpx");
/// QdaProjects.Write(path, QdaShape.AtlasTi, QdaProjects.Garden);
/// var project = QdaPackage.Read(path, diagnostics);
/// </code>
/// </summary>
/// <remarks>
/// What each shape writes (see <see cref="QdaShape"/>):
/// <list type="bullet">
/// <item>every shape: GUIDs derived from the names (<see cref="Guid"/>), one <c>TextSource</c> per participant named by its
/// ID with <c>plainTextPath="internal://GUID.txt"</c> and its text in <c>sources/GUID.txt</c>, nested codes, selections at
/// the first occurrence of their text, a participant without selections where the spec has one;</item>
/// <item>QualCoder: lower-case GUIDs, sources UTF-8 with a BOM, positions in code points, cases with Text and Integer
/// variables (a Boolean, Float or Date written as Text, as QualCoder's attributes are text or numbers);</item>
/// <item>MAXQDA: upper-case GUIDs (the source files named in lower case: matched ignoring case), sources UTF-8 without a
/// BOM, positions in UTF-16 units, no cases — each participant's variables on its source —, <c>&lt;Description&gt;</c> on
/// codes and sources, the spec's groups as <c>&lt;Sets&gt;</c> of <c>MemberSource</c>;</item>
/// <item>ATLAS.ti: sources with CRLF line ends, positions counting a CRLF as one character, top-level codes as folders
/// (<c>isCodable="false"</c>) when they have children, cases without variables;</item>
/// <item>NVivo: sources UTF-16 (little-endian) with a BOM, positions in UTF-16 units, cases with variables of every type
/// declared in <c>&lt;Variables&gt;</c>, linked to their sources by <c>SourceRef</c>.</item>
/// </list>
/// </remarks>
public static class QdaProjects
{
    /// <summary>The project namespace.</summary>
    public const string ProjectNamespace = "urn:QDA-XML:project:1.0";
    /// <summary>The codebook namespace.</summary>
    public const string CodebookNamespace = "urn:QDA-XML:codebook:1.0";

    /// <summary>Writes <paramref name="spec"/> as a <c>.qdpx</c> at <paramref name="path"/> in the shape of <paramref name="shape"/>.</summary>
    public static void Write(string path, QdaShape shape, QdaProjectSpec spec) => WriteZip(path, Entries(shape, spec));

    /// <summary>Writes the codes of <paramref name="spec"/> as a codebook alone (<c>.qdc</c>, UTF-8) at <paramref name="path"/>.</summary>
    public static void WriteCodebook(string path, QdaProjectSpec spec) => File.WriteAllText(path, CodebookXml(spec), new UTF8Encoding(false));

    /// <summary>The entries of the <c>.qdpx</c>: <c>project.qde</c> and <c>sources/…</c>, name → bytes, for a test to alter before <see cref="WriteZip"/>.</summary>
    public static Dictionary<string, byte[]> Entries(QdaShape shape, QdaProjectSpec spec)
    {
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["project.qde"] = Encoding.UTF8.GetBytes(ProjectXml(shape, spec)),
        };
        foreach (var participant in spec.Participants)
        {
            string guid = Guid(shape, "source:" + participant.Id);
            // MAXQDA's paths carry upper-case GUIDs; its files are written in lower case here, so lookups must ignore case.
            entries["sources/" + guid.ToLowerInvariant() + ".txt"] = SourceBytes(shape, Transcript(shape, participant));
        }
        return entries;
    }

    /// <summary>Writes a zip of <paramref name="entries"/> (deflated), in order; for hostile packages too.</summary>
    public static void WriteZip(string path, IEnumerable<KeyValuePair<string, byte[]>> entries, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        foreach (var (name, bytes) in entries)
        {
            var entry = zip.CreateEntry(name, level);
            using var stream = entry.Open();
            stream.Write(bytes);
        }
    }

    /// <summary>The source text as the shape stores it: CRLF line ends for ATLAS.ti, "\n" otherwise.</summary>
    public static string Transcript(QdaShape shape, QdaParticipantSpec participant) =>
        shape == QdaShape.AtlasTi ? participant.Transcript.Replace("\r\n", "\n").Replace("\n", "\r\n") : participant.Transcript;

    /// <summary>
    /// The GUID the writer gives a thing (<c>code:NAME</c>, <c>source:ID</c>, <c>case:ID</c>, <c>variable:NAME</c>,
    /// <c>selection:N</c>, <c>set:NAME</c>), derived from the key, in the shape's case (upper case for MAXQDA).
    /// </summary>
    public static string Guid(QdaShape shape, string key)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        string guid = new System.Guid(hash.AsSpan(0, 16)).ToString("D");
        return shape == QdaShape.Maxqda ? guid.ToUpperInvariant() : guid;
    }

    /// <summary>
    /// Where a selection's text lies in the participant's source, as the shape counts positions (start, end exclusive):
    /// code points for QualCoder, CRLF as one for ATLAS.ti, UTF-16 units otherwise.
    /// </summary>
    public static (int Start, int End) Positions(QdaShape shape, QdaProjectSpec spec, QdaSelectionSpec selection)
    {
        var participant = spec.Participants.Single(p => p.Id == selection.Participant);
        int start = participant.Transcript.IndexOf(selection.Text, StringComparison.Ordinal);
        if (start < 0) throw new ArgumentException($"'{selection.Text}' is not in {participant.Id}'s transcript");
        int end = start + selection.Text.Length;
        string text = participant.Transcript;
        return shape switch
        {
            // Each line end is one "\n" in the spec and one CRLF in the file, which ATLAS.ti counts as one: the spec's index.
            QdaShape.AtlasTi => (start, end),
            QdaShape.QualCoder => (CodePoints(text, start), CodePoints(text, end)),
            // A "\n" in the spec is a "\n" in the file: UTF-16 units as they are.
            _ => (start, end),
        };
    }

    private static int CodePoints(string text, int utf16) => utf16 - text.Take(utf16).Count(char.IsLowSurrogate);

    /// <summary>The <c>project.qde</c> of <paramref name="spec"/> in the shape of <paramref name="shape"/>.</summary>
    public static string ProjectXml(QdaShape shape, QdaProjectSpec spec)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("Project", ProjectNamespace);
            xml.WriteAttributeString("name", spec.Name);
            xml.WriteAttributeString("origin", shape switch
            {
                QdaShape.QualCoder => "QualCoder 3.6",
                QdaShape.Maxqda => "MAXQDA 2024",
                QdaShape.AtlasTi => "ATLAS.ti 24",
                _ => "NVivo 14",
            });
            xml.WriteAttributeString("creationDateTime", "2026-03-01T10:00:00Z");

            xml.WriteStartElement("Users", ProjectNamespace);
            xml.WriteStartElement("User", ProjectNamespace);
            xml.WriteAttributeString("guid", Guid(shape, "user:coder"));
            xml.WriteAttributeString("name", "Coder");
            xml.WriteEndElement();
            xml.WriteEndElement();

            xml.WriteStartElement("CodeBook", ProjectNamespace);
            xml.WriteStartElement("Codes", ProjectNamespace);
            foreach (var code in spec.Codes) WriteCode(xml, shape, code, ProjectNamespace, topLevel: true);
            xml.WriteEndElement();
            xml.WriteEndElement();

            var variables = spec.Participants.SelectMany(p => p.Variables).GroupBy(v => v.Name).Select(g => g.First()).ToList();
            if (shape != QdaShape.AtlasTi && variables.Count > 0)
            {
                xml.WriteStartElement("Variables", ProjectNamespace);
                foreach (var v in variables)
                {
                    xml.WriteStartElement("Variable", ProjectNamespace);
                    xml.WriteAttributeString("guid", Guid(shape, "variable:" + v.Name));
                    xml.WriteAttributeString("name", v.Name);
                    xml.WriteAttributeString("typeOfVariable", VariableType(shape, v.Type));
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }

            if (shape != QdaShape.Maxqda)
            {
                xml.WriteStartElement("Cases", ProjectNamespace);
                foreach (var p in spec.Participants)
                {
                    xml.WriteStartElement("Case", ProjectNamespace);
                    xml.WriteAttributeString("guid", Guid(shape, "case:" + p.Id));
                    xml.WriteAttributeString("name", p.Id);
                    if (shape != QdaShape.AtlasTi)
                    {
                        foreach (var v in p.Variables) WriteValue(xml, shape, v);
                    }
                    xml.WriteStartElement("SourceRef", ProjectNamespace);
                    xml.WriteAttributeString("targetGUID", Guid(shape, "source:" + p.Id));
                    xml.WriteEndElement();
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }

            xml.WriteStartElement("Sources", ProjectNamespace);
            int n = 0;
            foreach (var p in spec.Participants)
            {
                string guid = Guid(shape, "source:" + p.Id);
                xml.WriteStartElement("TextSource", ProjectNamespace);
                xml.WriteAttributeString("guid", guid);
                xml.WriteAttributeString("name", p.Id);
                xml.WriteAttributeString("plainTextPath", "internal://" + guid + ".txt");
                xml.WriteAttributeString("creationDateTime", "2026-03-01T10:00:00Z");
                if (shape == QdaShape.Maxqda) xml.WriteElementString("Description", ProjectNamespace, $"Interview with {p.Id}, transcribed verbatim.");
                foreach (var selection in spec.Selections.Where(s => s.Participant == p.Id))
                {
                    var (start, end) = Positions(shape, spec, selection);
                    xml.WriteStartElement("PlainTextSelection", ProjectNamespace);
                    xml.WriteAttributeString("guid", Guid(shape, "selection:" + n++));
                    xml.WriteAttributeString("name", selection.Text.Length <= 30 ? selection.Text : selection.Text.Substring(0, 30));
                    xml.WriteAttributeString("startPosition", start.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("endPosition", end.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("creatingUser", Guid(shape, "user:coder"));
                    foreach (var code in selection.Codes)
                    {
                        if (!AllCodes(spec.Codes).Any(c => c.Name == code)) throw new ArgumentException($"no code '{code}' in the spec");
                        xml.WriteStartElement("Coding", ProjectNamespace);
                        xml.WriteAttributeString("guid", Guid(shape, $"coding:{n}:{code}"));
                        xml.WriteStartElement("CodeRef", ProjectNamespace);
                        xml.WriteAttributeString("targetGUID", Guid(shape, "code:" + code));
                        xml.WriteEndElement();
                        xml.WriteEndElement();
                    }
                    xml.WriteEndElement();
                }
                if (shape == QdaShape.Maxqda)
                {
                    foreach (var v in p.Variables) WriteValue(xml, shape, v);
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();

            if (shape == QdaShape.Maxqda && spec.Groups is { Count: > 0 })
            {
                xml.WriteStartElement("Sets", ProjectNamespace);
                foreach (var (group, members) in spec.Groups)
                {
                    xml.WriteStartElement("Set", ProjectNamespace);
                    xml.WriteAttributeString("guid", Guid(shape, "set:" + group));
                    xml.WriteAttributeString("name", group);
                    xml.WriteElementString("Description", ProjectNamespace, "Document group " + group);
                    foreach (var member in members)
                    {
                        xml.WriteStartElement("MemberSource", ProjectNamespace);
                        xml.WriteAttributeString("targetGUID", Guid(shape, "source:" + member));
                        xml.WriteEndElement();
                    }
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"");
    }

    /// <summary>The codebook of <paramref name="spec"/> alone (<c>.qdc</c>): its codes, and one set of the top-level codes.</summary>
    public static string CodebookXml(QdaProjectSpec spec)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("CodeBook", CodebookNamespace);
            xml.WriteAttributeString("origin", "QualCoder 3.6");
            xml.WriteStartElement("Codes", CodebookNamespace);
            foreach (var code in spec.Codes) WriteCode(xml, QdaShape.QualCoder, code, CodebookNamespace, topLevel: true);
            xml.WriteEndElement();
            xml.WriteStartElement("Sets", CodebookNamespace);
            xml.WriteStartElement("Set", CodebookNamespace);
            xml.WriteAttributeString("guid", Guid(QdaShape.QualCoder, "set:top-level"));
            xml.WriteAttributeString("name", "Top-level codes");
            foreach (var code in spec.Codes)
            {
                xml.WriteStartElement("MemberCode", CodebookNamespace);
                xml.WriteAttributeString("guid", Guid(QdaShape.QualCoder, "code:" + code.Name));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"");
    }

    /// <summary>Every code of a tree, parents first.</summary>
    public static IEnumerable<QdaCodeSpec> AllCodes(IEnumerable<QdaCodeSpec> codes) => codes.SelectMany(c => new[] { c }.Concat(AllCodes(c.Children)));

    private static void WriteCode(XmlWriter xml, QdaShape shape, QdaCodeSpec code, string ns, bool topLevel)
    {
        xml.WriteStartElement("Code", ns);
        xml.WriteAttributeString("guid", Guid(shape, "code:" + code.Name));
        xml.WriteAttributeString("name", code.Name);
        bool folder = shape == QdaShape.AtlasTi && topLevel && code.Children.Count > 0;
        xml.WriteAttributeString("isCodable", folder ? "false" : "true");
        xml.WriteAttributeString("color", "#7fa35b");
        if (code.Description is not null && (shape != QdaShape.AtlasTi || !folder)) xml.WriteElementString("Description", ns, code.Description);
        foreach (var child in code.Children) WriteCode(xml, shape, child, ns, topLevel: false);
        xml.WriteEndElement();
    }

    private static string VariableType(QdaShape shape, string type) =>
        shape == QdaShape.QualCoder && type is not ("Text" or "Integer") ? "Text" : type;

    private static void WriteValue(XmlWriter xml, QdaShape shape, QdaVariableSpec v)
    {
        xml.WriteStartElement("VariableValue", ProjectNamespace);
        xml.WriteStartElement("VariableRef", ProjectNamespace);
        xml.WriteAttributeString("targetGUID", Guid(shape, "variable:" + v.Name));
        xml.WriteEndElement();
        xml.WriteElementString(VariableType(shape, v.Type) + "Value", ProjectNamespace, v.Value);
        xml.WriteEndElement();
    }

    private static byte[] SourceBytes(QdaShape shape, string text) => shape switch
    {
        QdaShape.QualCoder => new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(),
        QdaShape.NVivo => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
        _ => Encoding.UTF8.GetBytes(text),
    };

    /// <summary>
    /// A small fictional study of community-garden volunteers: nested codes, four participants (P4 with no coded
    /// selection; P1's transcript has a character outside the BMP before its selections, so code points and UTF-16
    /// units differ), a selection with two codes, variables of every type, two groups.
    /// </summary>
    public static QdaProjectSpec Garden { get; } = new(
        "Rooted: volunteering in a community garden",
        new[]
        {
            new QdaCodeSpec("Belonging", "Feeling part of the garden's community",
                new QdaCodeSpec("Peer support", "Help given or received between volunteers"),
                new QdaCodeSpec("Being noticed", "Others notice when one is there, or not")),
            new QdaCodeSpec("Respite", "The garden as a break from the rest of life",
                new QdaCodeSpec("Quiet and nature")),
            new QdaCodeSpec("Growing food"),
        },
        new[]
        {
            new QdaParticipantSpec("P1",
                "Interviewer: How did you come to the garden?\n" +
                "P1: A neighbour left a note on my door with a little \U0001F331 drawn on it. I had just moved here and knew nobody.\n" +
                "Interviewer: What keeps you coming back?\n" +
                "P1: The people, mostly. You kneel next to someone for an hour and you end up telling them things you would not tell your sister.\n" +
                "P1: And the tomatoes, to be honest.\n",
                new QdaVariableSpec("occupation", "Text", "nurse"),
                new QdaVariableSpec("plot_holder", "Boolean", "true"),
                new QdaVariableSpec("age", "Integer", "34"),
                new QdaVariableSpec("hours_per_week", "Float", "3.5"),
                new QdaVariableSpec("joined", "Date", "2023-04-15")),
            new QdaParticipantSpec("P2",
                "Interviewer: Tell me about your first season.\n" +
                "P2: I killed everything I planted. Marta showed me how to water at the roots instead of the leaves, and she never once laughed at me.\n" +
                "Interviewer: Was it hard to ask for help?\n" +
                "P2: Asking was the hardest part. After that the others just expected me to ask, so I did.\n",
                new QdaVariableSpec("occupation", "Text", "bus driver"),
                new QdaVariableSpec("plot_holder", "Boolean", "false"),
                new QdaVariableSpec("age", "Integer", "58"),
                new QdaVariableSpec("hours_per_week", "Float", "6"),
                new QdaVariableSpec("joined", "Date", "2021-09-01")),
            new QdaParticipantSpec("P3",
                "Interviewer: What does the garden give you?\n" +
                "P3: Quiet. My flat faces the motorway, and here I can hear the bees.\n" +
                "P3: On bad weeks I come only to sit on the bench by the shed. Nobody asks why.\n" +
                "Interviewer: Do you talk with the others?\n" +
                "P3: Not much. But I know that if I stopped coming, someone would knock on my door.\n",
                new QdaVariableSpec("occupation", "Text", "student"),
                new QdaVariableSpec("plot_holder", "Boolean", "true"),
                new QdaVariableSpec("age", "Integer", "22"),
                new QdaVariableSpec("hours_per_week", "Float", "2.25"),
                new QdaVariableSpec("joined", "Date", "2024-05-20")),
            new QdaParticipantSpec("P4",
                "Interviewer: How long have you volunteered?\n" +
                "P4: Nine years this spring. I keep the tool shed and the rota.\n",
                new QdaVariableSpec("occupation", "Text", "retired teacher"),
                new QdaVariableSpec("plot_holder", "Boolean", "false"),
                new QdaVariableSpec("age", "Integer", "71"),
                new QdaVariableSpec("hours_per_week", "Float", "10"),
                new QdaVariableSpec("joined", "Date", "2017-03-11")),
        },
        new[]
        {
            new QdaSelectionSpec("P1", "You kneel next to someone for an hour and you end up telling them things you would not tell your sister.", "Peer support"),
            new QdaSelectionSpec("P1", "And the tomatoes, to be honest.", "Growing food"),
            new QdaSelectionSpec("P2", "Marta showed me how to water at the roots instead of the leaves, and she never once laughed at me.", "Peer support"),
            new QdaSelectionSpec("P2", "After that the others just expected me to ask, so I did.", "Being noticed"),
            new QdaSelectionSpec("P3", "My flat faces the motorway, and here I can hear the bees.", "Quiet and nature"),
            new QdaSelectionSpec("P3", "if I stopped coming, someone would knock on my door", "Being noticed", "Peer support"),
        },
        new Dictionary<string, IReadOnlyList<string>>
        {
            ["Weekday volunteers"] = new[] { "P1", "P3" },
            ["Weekend volunteers"] = new[] { "P2", "P4" },
        });
}
