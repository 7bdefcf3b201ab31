using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using FindingsGen.Language.Model;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Language.Coding;

/// <summary>
/// Writes a checked study as REFI-QDA (texts only; the host zips and writes them): the themes and subthemes as a codebook,
/// the participants as cases with their attributes as variables, the readable transcripts as text sources, and each
/// verified quotation as a coded selection of its subtheme's code at the place tracing found it. Element order,
/// required attributes and value types follow the published schemas (Project.xsd and Codebook.xsd of QDA-XML 1.0).
/// </summary>
public static class QdaProjectWriter
{
    /// <summary>The namespace of <c>project.qde</c>.</summary>
    public const string ProjectNamespace = "urn:QDA-XML:project:1.0";
    /// <summary>The namespace of a <c>.qdc</c> codebook.</summary>
    public const string CodebookNamespace = "urn:QDA-XML:codebook:1.0";
    /// <summary>The prefix of a code's description that names the construct it was exported from, so an import gives it back its ID.</summary>
    public const string DescriptionPrefix = "FindingsGen: #";

    /// <summary>
    /// The study of <paramref name="result"/> as REFI-QDA. <paramref name="tracing"/> holds the transcripts (null or
    /// without transcripts: the codebook and the cases only); <paramref name="origin"/> goes in the <c>origin</c> attribute.
    /// </summary>
    public static QdaExport Write(CheckResult result, TracingInput? tracing, string origin)
    {
        var study = result.Study;
        var codes = Codebook(study);
        var codeOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var code in codes) Index(code, codeOf);

        var sources = Sources(study, tracing);
        var notPlaced = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var trace in result.Traces)
        {
            string? reason = Place(trace, codeOf, sources, placed);
            if (reason is not null) notPlaced[reason] = notPlaced.TryGetValue(reason, out int n) ? n + 1 : 1;
        }

        var variables = Variables(study);
        string project = Xml(w => WriteProject(w, study, origin, codes, variables, sources));
        string? codebook = codes.Count == 0 ? null : Xml(w => WriteCodebook(w, origin, codes));
        var files = sources.Values.Select(s => new KeyValuePair<string, string>("sources/" + s.Guid + ".txt", s.Text)).ToList();
        return new QdaExport(project, codebook, files, codeOf.Count, study.Manifest.Participants.Count,
            sources.Values.Sum(s => s.Selections.Count), notPlaced.Select(p => $"{p.Value} {p.Key}").ToList());
    }

    /// <summary>A code to write: a theme or subtheme.</summary>
    private sealed class CodeNode
    {
        public CodeNode(string id, string guid, string name, string kind)
        {
            Id = id;
            Guid = guid;
            Name = name;
            Kind = kind;
        }

        public string Id { get; }
        public string Guid { get; }
        public string Name { get; }
        public string Kind { get; }
        public List<CodeNode> Children { get; } = new();
    }

    /// <summary>A text source to write, with its selections.</summary>
    private sealed class SourceNode
    {
        public SourceNode(string guid, string name, string text, string? participant)
        {
            Guid = guid;
            Name = name;
            Text = text;
            Participant = participant;
        }

        public string Guid { get; }
        public string Name { get; }
        public string Text { get; }
        public string? Participant { get; }
        public List<(string Guid, int Start, int End, string Code)> Selections { get; } = new();
        public HashSet<string> Cases { get; } = new(StringComparer.Ordinal);
    }

    private static List<CodeNode> Codebook(Study study)
    {
        var named = CodeAttributes(study);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var codes = new List<CodeNode>();
        var byTheme = new Dictionary<Theme, CodeNode>();
        foreach (var theme in study.Themes)
        {
            if (byTheme.ContainsKey(theme)) continue;
            var node = new CodeNode(theme.Id, GuidFor("theme", theme.Id, named, used), theme.Title, "theme");
            byTheme[theme] = node;
            codes.Add(node);
        }
        foreach (var subtheme in study.Subthemes)
        {
            var node = new CodeNode(subtheme.Id, GuidFor("subtheme", subtheme.Id, named, used), subtheme.Title, "subtheme");
            // A subtheme before any theme (FG0008) has no parent code: it is a top-level code.
            if (subtheme.Theme is { } theme && byTheme.TryGetValue(theme, out var parent)) parent.Children.Add(node);
            else codes.Add(node);
        }
        return codes;
    }

    /// <summary>
    /// A GUID the heading names in <c>code=</c> when it names one (and no other code has it), so the package recognises
    /// its own code; else one derived from the construct's ID.
    /// </summary>
    private static string GuidFor(string kind, string id, Dictionary<string, List<string>> named, HashSet<string> used)
    {
        if (named.TryGetValue(id, out var values))
        {
            foreach (string value in values)
            {
                string guid = value.Trim('{', '}');
                if (QdaGuid.IsGuid(value) && used.Add(guid)) return guid;
            }
        }
        string derived = QdaGuid.For(kind, id);
        used.Add(derived);
        return derived;
    }

    /// <summary>Heading ID → the values of its <c>code=</c> (comma-separated), from the headings as written.</summary>
    private static Dictionary<string, List<string>> CodeAttributes(Study study)
    {
        var named = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var element in study.AttributedElements)
        {
            if (element.Kind != AttributedElementKind.Heading || element.Attributes.Id is not { } id) continue;
            foreach (var item in element.Attributes.Items)
            {
                if (item.Key != "code") continue;
                if (!named.TryGetValue(id.Value, out var list)) named[id.Value] = list = new List<string>();
                list.AddRange(item.Value.Split(',').Select(v => v.Trim()).Where(v => v.Length > 0));
            }
        }
        return named;
    }

    private static void Index(CodeNode code, Dictionary<string, string> codeOf)
    {
        if (!codeOf.ContainsKey(code.Id)) codeOf[code.Id] = code.Guid;
        foreach (var child in code.Children) Index(child, codeOf);
    }

    /// <summary>Participant (or group file) → its source: every readable transcript, as the lock hashes its text.</summary>
    private static Dictionary<string, SourceNode> Sources(Study study, TracingInput? tracing)
    {
        var sources = new Dictionary<string, SourceNode>(StringComparer.Ordinal);
        if (tracing is null || !tracing.TranscriptsAvailable) return sources;
        foreach (var participant in study.Manifest.Participants)
        {
            if (!tracing.Transcripts.TryGetValue(participant.Id, out var transcript) || transcript.Text is null) continue;
            var node = new SourceNode(QdaGuid.For("transcript", participant.Id), FileName(transcript.Path), Sha256Hex.Canonical(transcript.Text), participant.Id);
            node.Cases.Add(participant.Id);
            sources[participant.Id] = node;
        }
        foreach (var group in tracing.Groups)
        {
            if (group.Text is null) continue;
            sources["\u0000group:" + group.Path] = new SourceNode(QdaGuid.For("group", group.Path), FileName(group.Path), Sha256Hex.Canonical(group.Text), null);
        }
        return sources;
    }

    /// <summary>Places one trace as a selection; returns why it was not placed, or null.</summary>
    private static string? Place(TraceRecord trace, Dictionary<string, string> codeOf, Dictionary<string, SourceNode> sources, HashSet<string> placed)
    {
        if (trace.Status == TraceStatus.FromLock || trace.Status == TraceStatus.Unverified) return "quotation(s) verified from findings.lock alone (no transcript to place them in)";
        if (!trace.IsVerified) return "quotation(s) not verified (see findings check)";
        var quotation = trace.Quotation;
        string? construct = quotation.Subtheme?.Id ?? quotation.Theme?.Id;
        if (construct is null || !codeOf.TryGetValue(construct, out string? code)) return "quotation(s) under no theme or subtheme";
        string key = trace.GroupTranscript is { } group ? "\u0000group:" + group : trace.Participant;
        if (!sources.TryGetValue(key, out var source)) return "quotation(s) whose transcript was not read";
        var found = PassageLocator.Find(source.Text, quotation.Traced, trace.FirstLine, trace.LastLine);
        if (found is not { } span) return "quotation(s) whose words could not be placed in the transcript's text";
        int start = PassageLocator.CodePoints(source.Text, span.Start), end = PassageLocator.CodePoints(source.Text, span.End);
        // Derived from what the quotation is (its words and participant) and where it is filed: stable across exports.
        string seed = trace.QuotationHash + "\n" + construct + "\n" + key;
        string guid = QdaGuid.For("selection", seed);
        for (int n = 2; !placed.Add(guid); n++) guid = QdaGuid.For("selection", seed + "\n" + n.ToString(CultureInfo.InvariantCulture));
        source.Selections.Add((guid, start, end, code));
        source.Cases.Add(trace.Participant);
        return null;
    }

    /// <summary>Attribute name → its variable GUID and type, in order of first appearance.</summary>
    private static List<(string Name, string Guid, string Type)> Variables(Study study)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var participant in study.Manifest.Participants)
        {
            foreach (var attribute in participant.Attributes)
            {
                if (seen.Add(attribute.Key)) names.Add(attribute.Key);
            }
        }
        return names.Select(name => (name, QdaGuid.For("variable", name),
            QdaVariableType.Of(study.Manifest.Participants.Select(p => p.Attribute(name)).Where(v => v is not null)!))).ToList();
    }

    private static void WriteProject(XmlWriter w, Study study, string origin, List<CodeNode> codes,
        List<(string Name, string Guid, string Type)> variables, Dictionary<string, SourceNode> sources)
    {
        var manifest = study.Manifest;
        w.WriteStartElement("Project", ProjectNamespace);
        w.WriteAttributeString("name", Clean(manifest.Title.Length > 0 ? manifest.Title : "FindingsGen study"));
        w.WriteAttributeString("origin", Clean(origin));
        // The schema's order: Users, CodeBook, Variables, Cases, Sources, Notes, Links, Sets, Graphs, Description.
        if (codes.Count > 0)
        {
            w.WriteStartElement("CodeBook", ProjectNamespace);
            w.WriteStartElement("Codes", ProjectNamespace);
            foreach (var code in codes) WriteCode(w, code, ProjectNamespace);
            w.WriteEndElement();
            w.WriteEndElement();
        }
        if (variables.Count > 0)
        {
            w.WriteStartElement("Variables", ProjectNamespace);
            foreach (var variable in variables)
            {
                w.WriteStartElement("Variable", ProjectNamespace);
                w.WriteAttributeString("guid", variable.Guid);
                w.WriteAttributeString("name", Clean(variable.Name));
                w.WriteAttributeString("typeOfVariable", variable.Type);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        if (manifest.Participants.Count > 0)
        {
            w.WriteStartElement("Cases", ProjectNamespace);
            foreach (var participant in manifest.Participants)
            {
                w.WriteStartElement("Case", ProjectNamespace);
                w.WriteAttributeString("guid", QdaGuid.For("participant", participant.Id));
                w.WriteAttributeString("name", Clean(participant.Id));
                // Case: Description, CodeRef, VariableValue, SourceRef, SelectionRef, in that order.
                foreach (var variable in variables)
                {
                    if (participant.Attribute(variable.Name) is not { } value) continue;
                    w.WriteStartElement("VariableValue", ProjectNamespace);
                    w.WriteStartElement("VariableRef", ProjectNamespace);
                    w.WriteAttributeString("targetGUID", variable.Guid);
                    w.WriteEndElement();
                    w.WriteElementString(QdaVariableType.ValueElement(variable.Type), ProjectNamespace, Clean(value));
                    w.WriteEndElement();
                }
                foreach (var source in sources.Values)
                {
                    if (!source.Cases.Contains(participant.Id)) continue;
                    w.WriteStartElement("SourceRef", ProjectNamespace);
                    w.WriteAttributeString("targetGUID", source.Guid);
                    w.WriteEndElement();
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        if (sources.Count > 0)
        {
            w.WriteStartElement("Sources", ProjectNamespace);
            foreach (var source in sources.Values)
            {
                w.WriteStartElement("TextSource", ProjectNamespace);
                w.WriteAttributeString("guid", source.Guid);
                w.WriteAttributeString("name", Clean(source.Name));
                w.WriteAttributeString("plainTextPath", "internal://" + source.Guid + ".txt");
                foreach (var selection in source.Selections.OrderBy(s => s.Start).ThenBy(s => s.End))
                {
                    w.WriteStartElement("PlainTextSelection", ProjectNamespace);
                    w.WriteAttributeString("guid", selection.Guid);
                    w.WriteAttributeString("startPosition", selection.Start.ToString(CultureInfo.InvariantCulture));
                    w.WriteAttributeString("endPosition", selection.End.ToString(CultureInfo.InvariantCulture));
                    w.WriteStartElement("Coding", ProjectNamespace);
                    w.WriteAttributeString("guid", QdaGuid.For("coding", selection.Guid + "\n" + selection.Code));
                    w.WriteStartElement("CodeRef", ProjectNamespace);
                    w.WriteAttributeString("targetGUID", selection.Code);
                    w.WriteEndElement();
                    w.WriteEndElement();
                    w.WriteEndElement();
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void WriteCodebook(XmlWriter w, string origin, List<CodeNode> codes)
    {
        w.WriteStartElement("CodeBook", CodebookNamespace);
        w.WriteAttributeString("origin", Clean(origin));
        w.WriteStartElement("Codes", CodebookNamespace);
        foreach (var code in codes) WriteCode(w, code, CodebookNamespace);
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void WriteCode(XmlWriter w, CodeNode code, string ns)
    {
        w.WriteStartElement("Code", ns);
        w.WriteAttributeString("guid", code.Guid);
        w.WriteAttributeString("name", Clean(code.Name));
        w.WriteAttributeString("isCodable", "true");
        w.WriteElementString("Description", ns, $"{DescriptionPrefix}{code.Id} ({code.Kind} in the study's findings)");
        foreach (var child in code.Children) WriteCode(w, child, ns);
        w.WriteEndElement();
    }

    private static string Xml(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Text without the characters XML 1.0 cannot hold (control characters, lone surrogates), which a writer would refuse.</summary>
    private static string Clean(string text)
    {
        StringBuilder? clean = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            bool ok = pair || (XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c));
            if (!ok && clean is null) clean = new StringBuilder(text, 0, i, text.Length);
            if (clean is not null && ok)
            {
                clean.Append(c);
                if (pair) clean.Append(text[i + 1]);
            }
            if (pair) i++;
        }
        return clean?.ToString() ?? text;
    }

    private static string FileName(string path)
    {
        int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? path : path.Substring(slash + 1);
    }
}
