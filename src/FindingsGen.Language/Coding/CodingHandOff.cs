using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language.Coding;

/// <summary>
/// How the MSBuild step hands the analyzer the linked coding it read (a <c>.qdpx</c> is a zip, and the analyzer reads no
/// file): one text file, a line per fact, each value base64 of UTF-8. It carries what <see cref="CodingInput"/> holds —
/// the project (written back as a REFI-QDA <c>project.qde</c> with each source's text inline, read again by
/// <see cref="QdaProjectReader"/>), the reader's diagnostics, the coding record's text, or why any is missing — so the
/// analyzer checks against exactly what <c>findings check</c> checks against.
/// </summary>
public static class CodingHandOff
{
    private const string Header = "FindingsGen coding hand-off 1";

    /// <summary>The hand-off's text for what the host read.</summary>
    public static string Write(CodingInput input)
    {
        var b = new StringBuilder(Header).Append('\n');
        void Line(string key, string value) => b.Append(key).Append(' ').Append(HostFiles.Encode(value)).Append('\n');
        Line("name", input.Name);
        if (input.ProjectMissing) b.Append("missing\n");
        if (input.Problem is { } problem) Line("problem", problem);
        if (input.RecordText is { } record) Line("record", record);
        if (input.RecordProblem is { } recordProblem) Line("record-problem", recordProblem);
        foreach (var d in input.Diagnostics)
        {
            var at = d.Location;
            b.Append("diagnostic ").Append(d.Id).Append(' ').Append(d.Severity.ToName()).Append(' ').Append(HostFiles.Encode(at.File))
                .Append(' ').Append(string.Join(" ", new[] { at.Line, at.Column, at.EndLine, at.EndColumn }.Select(n => n.ToString(CultureInfo.InvariantCulture))))
                .Append(' ').Append(HostFiles.Encode(d.Message)).Append('\n');
        }
        if (input.Project is { } project)
        {
            string? xml = ProjectXml(project, out string? why);
            if (xml is null) Line("problem", $"{input.Name} was read, but could not be handed to the analyzer ({why})");
            else Line(project.IsCodebook ? "codebook" : "project", xml);
        }
        return b.ToString();
    }

    /// <summary>What the host read, from a hand-off; null when the text is not one.</summary>
    public static CodingInput? Read(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 0 || lines[0] != Header) return null;
        var values = new List<(string Key, string[] Parts)>();
        string name = "";
        foreach (var line in lines)
        {
            var parts = line.Split(' ');
            if (parts[0] == "name" && parts.Length == 2) name = HostFiles.Decode(parts[1]) ?? "";
            values.Add((parts[0], parts));
        }
        var input = new CodingInput(name);
        string? xml = null;
        bool codebook = false;
        foreach (var (key, parts) in values)
        {
            string? Value() => parts.Length == 2 ? HostFiles.Decode(parts[1]) : null;
            switch (key)
            {
                case "missing": input.ProjectMissing = true; break;
                case "problem": input.Problem = Value(); break;
                case "record": input.RecordText = Value(); break;
                case "record-problem": input.RecordProblem = Value(); break;
                case "project": xml = Value(); break;
                case "codebook": xml = Value(); codebook = true; break;
                case "diagnostic" when parts.Length == 9 && RuleTable.Find(parts[1]) is { } rule && SeverityNames.TryParse(parts[2], out var severity):
                    int N(int i) => int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 1;
                    input.Diagnostics.Add(new Diagnostic(rule, severity, new SourceLocation(HostFiles.Decode(parts[3]) ?? "", N(4), N(5), N(6), N(7)), HostFiles.Decode(parts[8]) ?? ""));
                    break;
            }
        }
        if (xml is not null)
        {
            // Read as the reader reads any project; what it reports was reported already (the diagnostics above).
            var again = new List<Diagnostic>();
            input.Project = codebook ? QdaProjectReader.ReadCodebook(xml, name, again) : QdaProjectReader.Read(xml, name, _ => null, again);
            if (input.Project is null) input.Problem ??= "the project handed over by the build step could not be read again";
        }
        return input;
    }

    /// <summary>The project as a REFI-QDA document with each source's text inline, or null with why it cannot be written.</summary>
    internal static string? ProjectXml(QdaProject project, out string? why)
    {
        why = null;
        string ns = project.IsCodebook ? "urn:QDA-XML:codebook:1.0" : "urn:QDA-XML:project:1.0";
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            // A CRLF in a source is two characters of its text (ATLAS.ti's positions count on it): written as character
            // references, so reading the document again does not turn it into LF.
            NewLineHandling = NewLineHandling.Entitize,
            OmitXmlDeclaration = true,
        };
        var text = new StringWriter(CultureInfo.InvariantCulture);
        try
        {
            using (var w = XmlWriter.Create(text, settings))
            {
                if (project.IsCodebook)
                {
                    w.WriteStartElement("CodeBook", ns);
                    WriteCodes(w, ns, project.Codes);
                    w.WriteEndElement();
                }
                else
                {
                    w.WriteStartElement("Project", ns);
                    w.WriteAttributeString("name", project.Name);
                    w.WriteStartElement("CodeBook", ns);
                    WriteCodes(w, ns, project.Codes);
                    w.WriteEndElement();
                    w.WriteStartElement("Cases", ns);
                    foreach (var c in project.Cases)
                    {
                        w.WriteStartElement("Case", ns);
                        w.WriteAttributeString("guid", c.Guid);
                        w.WriteAttributeString("name", c.Name);
                        foreach (var guid in c.SourceGuids)
                        {
                            w.WriteStartElement("SourceRef", ns);
                            w.WriteAttributeString("targetGUID", guid);
                            w.WriteEndElement();
                        }
                        w.WriteEndElement();
                    }
                    w.WriteEndElement();
                    w.WriteStartElement("Sources", ns);
                    foreach (var s in project.Sources)
                    {
                        w.WriteStartElement("TextSource", ns);
                        w.WriteAttributeString("guid", s.Guid);
                        w.WriteAttributeString("name", s.Name);
                        if (s.Text is { } sourceText) w.WriteElementString("PlainTextContent", ns, sourceText);
                        foreach (var sel in s.Selections)
                        {
                            w.WriteStartElement("PlainTextSelection", ns);
                            w.WriteAttributeString("guid", sel.Guid);
                            w.WriteAttributeString("startPosition", sel.Start.ToString(CultureInfo.InvariantCulture));
                            w.WriteAttributeString("endPosition", sel.End.ToString(CultureInfo.InvariantCulture));
                            foreach (var code in sel.CodeGuids)
                            {
                                w.WriteStartElement("Coding", ns);
                                w.WriteAttributeString("guid", sel.Guid + "-" + code);
                                w.WriteStartElement("CodeRef", ns);
                                w.WriteAttributeString("targetGUID", code);
                                w.WriteEndElement();
                                w.WriteEndElement();
                            }
                            w.WriteEndElement();
                        }
                        w.WriteEndElement();
                    }
                    w.WriteEndElement();
                    w.WriteEndElement();
                }
            }
        }
        catch (ArgumentException e)
        {
            // A character XML cannot hold (a control character in a source's text).
            why = e.Message;
            return null;
        }
        return text.ToString();
    }

    private static void WriteCodes(XmlWriter w, string ns, IReadOnlyList<QdaCode> codes)
    {
        w.WriteStartElement("Codes", ns);
        // Depth first without recursion: a deep codebook was read without it too.
        var stack = new Stack<(QdaCode Code, bool Open)>();
        for (int i = codes.Count - 1; i >= 0; i--) stack.Push((codes[i], true));
        while (stack.Count > 0)
        {
            var (code, open) = stack.Pop();
            if (!open)
            {
                w.WriteEndElement();
                continue;
            }
            w.WriteStartElement("Code", ns);
            w.WriteAttributeString("guid", code.Guid);
            w.WriteAttributeString("name", code.Name);
            w.WriteAttributeString("isCodable", "true");
            stack.Push((code, false));
            for (int i = code.Children.Count - 1; i >= 0; i--) stack.Push((code.Children[i], true));
        }
        w.WriteEndElement();
    }
}
