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
/// One reading of REFI-QDA XML, streamed with <see cref="XmlReader"/> (no DTD, no resolver, no entity beyond the five
/// predefined and character references) and checked at every element against <see cref="QdaLimits"/>. Elements of the
/// standard that FindingsGen does not use (users, notes, links, graphs, non-text selections) are passed over within the
/// same limits. References are resolved once the whole document is read, since a case may name a source written after it.
/// See <see cref="QdaProjectReader"/> for what is an error and what a warning.
/// </summary>
internal sealed class QdaXmlParser
{
    private const string ProjectNamespace = "urn:QDA-XML:project:1.0";
    private const string CodebookNamespace = "urn:QDA-XML:codebook:1.0";

    private static readonly string[] OtherSourceKinds = { "PictureSource", "PDFSource", "AudioSource", "VideoSource" };
    private static readonly string[] ValueElements = { "TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue" };

    private readonly string xml;
    private readonly string file;
    private readonly bool codebook;
    private readonly QdaSourceTextResolver? sourceText;
    private readonly List<Diagnostic> diagnostics;
    private readonly string ns;
    private readonly char[] chunk = new char[4096];
    private XmlReader reader = null!;
    private IXmlLineInfo lines = null!;

    // What was read, before references are resolved.
    private readonly List<CodeDraft> codes = new();
    private readonly List<VariableDraft> variables = new();
    private readonly List<CaseDraft> cases = new();
    private readonly List<SourceDraft> sources = new();
    private readonly List<SetDraft> sets = new();
    private readonly List<string> otherSources = new();
    private readonly Dictionary<string, Dictionary<string, Place>> guids = new();
    private string name = "";
    private string? origin;

    public QdaXmlParser(string xml, string file, bool codebook, QdaSourceTextResolver? sourceText, List<Diagnostic> diagnostics)
    {
        this.xml = xml;
        this.file = file;
        this.codebook = codebook;
        this.sourceText = sourceText;
        this.diagnostics = diagnostics;
        ns = codebook ? CodebookNamespace : ProjectNamespace;
    }

    /// <summary>The project, or null when an error was reported. Throws <see cref="QdaFormatException"/> and <see cref="XmlException"/>.</summary>
    public QdaProject? Parse()
    {
        RefuseDoctype();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = QdaLimits.DocumentCharacters,
            // Only character references and the five predefined entities are left, and they expand to one character.
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = false,
            CloseInput = true,
        };
        using (reader = XmlReader.Create(new StringReader(xml), settings))
        {
            lines = (IXmlLineInfo)reader;
            reader.MoveToContent();
            if (reader.NodeType != XmlNodeType.Element) throw Fatal(1, 1, 1, "it holds no XML element; export the project again from your QDA package");
            CheckElement();
            ReadRoot();
            // The rest must be well-formed too (the reader refuses a second root or text after the end).
            while (reader.Read())
            {
            }
        }
        var project = Build();
        // A coding read only in part is never handed on as if it were whole.
        return diagnostics.Any(d => d.Severity == Severity.Error) ? null : project;
    }

    // ---- the document's structure ----

    private void ReadRoot()
    {
        string expected = codebook ? "CodeBook" : "Project";
        var place = Here();
        if (reader.LocalName != expected || reader.NamespaceURI != ns)
        {
            throw Fatal(place, WrongRoot(reader.LocalName, reader.NamespaceURI));
        }
        if (codebook)
        {
            origin = reader.GetAttribute("origin");
            Children(child =>
            {
                if (child == "Codes") Children(c => OnlyCode(c, codes));
                else if (child == "Sets") Children(s => OnlySet(s));
                else SkipElement();
            });
            return;
        }
        name = reader.GetAttribute("name") ?? "";
        origin = reader.GetAttribute("origin");
        Children(child =>
        {
            switch (child)
            {
                case "CodeBook":
                    Children(c =>
                    {
                        if (c == "Codes") Children(code => OnlyCode(code, codes));
                        else SkipElement();
                    });
                    break;
                case "Variables":
                    Children(v =>
                    {
                        if (v == "Variable") ReadVariable();
                        else SkipElement();
                    });
                    break;
                case "Cases":
                    Children(c =>
                    {
                        if (c == "Case") ReadCase();
                        else SkipElement();
                    });
                    break;
                case "Sources":
                    Children(s =>
                    {
                        if (s == "TextSource") ReadSource();
                        else
                        {
                            if (Array.IndexOf(OtherSourceKinds, s) >= 0) otherSources.Add($"{s} '{reader.GetAttribute("name") ?? reader.GetAttribute("guid") ?? "?"}'");
                            SkipElement();
                        }
                    });
                    break;
                case "Sets":
                    Children(s => OnlySet(s));
                    break;
                default:
                    SkipElement();
                    break;
            }
        });
    }

    private string WrongRoot(string local, string uri)
    {
        if (!codebook && local == "CodeBook" && uri == CodebookNamespace)
            return "its project.qde is a codebook (urn:QDA-XML:codebook:1.0), not a project; export the whole project as REFI-QDA (.qdpx), or name a codebook alone .qdc";
        if (codebook && local == "Project" && uri == ProjectNamespace)
            return "it is a whole project (urn:QDA-XML:project:1.0), not a codebook; a project is exchanged as a .qdpx: export it as REFI-QDA project, or export the codebook alone as .qdc";
        string found = uri.Length == 0 ? $"<{Short(local)}> in no namespace" : $"<{Short(local)}> in namespace '{Short(uri)}'";
        return $"its root element is {found}, not <{(codebook ? "CodeBook" : "Project")}> in namespace {ns}; this is not a REFI-QDA {(codebook ? "codebook" : "project")}: export it again from your QDA package as REFI-QDA";
    }

    private void OnlyCode(string element, List<CodeDraft> into)
    {
        if (element == "Code") ReadCode(into);
        else SkipElement();
    }

    private void ReadCode(List<CodeDraft> into)
    {
        var place = Here();
        string? guid = Required("guid", "a code");
        string? codeName = Required("name", "a code");
        var code = new CodeDraft(guid ?? "", codeName ?? "", place)
        {
            IsCodable = !string.Equals(reader.GetAttribute("isCodable")?.Trim(), "false", StringComparison.OrdinalIgnoreCase) && reader.GetAttribute("isCodable")?.Trim() != "0",
            Color = reader.GetAttribute("color"),
        };
        if (guid is not null) Claim("code", guid, $"code '{Short(codeName ?? "")}'", place);
        Children(child =>
        {
            if (child == "Description") code.Description = ReadText(QdaLimits.ValueCharacters, "a code's description");
            else if (child == "Code") ReadCode(code.Children);
            else SkipElement();
        });
        if (guid is not null && codeName is not null) into.Add(code);
    }

    private void ReadVariable()
    {
        var place = Here();
        string? guid = Required("guid", "a variable");
        string? variableName = Required("name", "a variable");
        string type = reader.GetAttribute("typeOfVariable") ?? "Text";
        SkipElement();
        if (guid is null || variableName is null) return;
        Claim("variable", guid, $"variable '{Short(variableName)}'", place);
        variables.Add(new VariableDraft(guid, variableName, type));
    }

    private void ReadCase()
    {
        var place = Here();
        string? guid = Required("guid", "a case");
        var draft = new CaseDraft(guid ?? "", reader.GetAttribute("name") ?? guid ?? "", place);
        if (guid is not null) Claim("case", guid, $"case '{Short(draft.Name)}'", place);
        Children(child =>
        {
            switch (child)
            {
                case "Description":
                    draft.Description = ReadText(QdaLimits.ValueCharacters, "a case's description");
                    break;
                case "VariableValue":
                    if (ReadValue() is { } value) draft.Values.Add(value);
                    break;
                case "SourceRef":
                    if (Reference() is { } source) draft.SourceRefs.Add(source);
                    break;
                default:
                    SkipElement();
                    break;
            }
        });
        if (guid is not null) cases.Add(draft);
    }

    private ValueDraft? ReadValue()
    {
        var place = Here();
        Ref? variable = null;
        string? value = null;
        Children(child =>
        {
            if (child == "VariableRef") variable = Reference();
            else if (Array.IndexOf(ValueElements, child) >= 0)
            {
                string text = ReadText(QdaLimits.ValueCharacters, "a variable's value");
                value = child == "TextValue" ? text : NormalValue(child, text.Trim());
            }
            else SkipElement();
        });
        if (variable is null)
        {
            Warn(place, "a <VariableValue> names no variable (no <VariableRef targetGUID>); the value is left out");
            return null;
        }
        return new ValueDraft(variable, value ?? "", place);
    }

    private static string NormalValue(string element, string text) => element == "BooleanValue"
        ? text switch { "1" => "true", "0" => "false", _ => text.ToLowerInvariant() }
        : text;

    private void ReadSource()
    {
        var place = Here();
        string? guid = Required("guid", "a text source");
        var draft = new SourceDraft(guid ?? "", reader.GetAttribute("name") ?? guid ?? "", reader.GetAttribute("plainTextPath"), place);
        if (guid is not null) Claim("source", guid, $"source '{Short(draft.Name)}'", place);
        bool inline = false;
        Children(child =>
        {
            switch (child)
            {
                case "Description":
                    draft.Description = ReadText(QdaLimits.ValueCharacters, "a source's description");
                    break;
                case "PlainTextContent":
                    draft.Text = ReadText(QdaLimits.SourceCharacters, "a source's <PlainTextContent>");
                    inline = true;
                    break;
                case "PlainTextSelection":
                    if (ReadSelection() is { } selection) draft.Selections.Add(selection);
                    break;
                case "VariableValue":
                    if (ReadValue() is { } value) draft.Values.Add(value);
                    break;
                default:
                    SkipElement();
                    break;
            }
        });
        if (guid is null) return;
        if (!inline) draft.Text = Text(draft);
        CheckPositions(draft);
        sources.Add(draft);
    }

    private string? Text(SourceDraft source)
    {
        string what = $"the text of source '{Short(source.Name)}'";
        if (source.Path is null)
        {
            Error(source.Place, $"{what} is missing: it has neither a plainTextPath nor <PlainTextContent>; export the project again with its documents");
            return null;
        }
        string? problem = null;
        string? text = sourceText?.Invoke(source.Path, out problem);
        if (text is null)
        {
            Error(source.Place, $"{what} cannot be read: {problem ?? $"'{Short(source.Path)}' is not available"}");
            return null;
        }
        if (text.Length > QdaLimits.SourceCharacters)
        {
            Error(source.Place, $"{what} holds more than {QdaLimits.SourceCharacters >> 20} million characters, the limit for one source");
            return null;
        }
        return text;
    }

    private SelectionDraft? ReadSelection()
    {
        var place = Here();
        string? guid = Required("guid", "a selection");
        long? start = Position("startPosition");
        long? end = Position("endPosition");
        var draft = new SelectionDraft(guid ?? "", start ?? 0, end ?? 0, place);
        if (guid is not null) Claim("selection", guid, "a selection", place);
        Children(child =>
        {
            if (child == "Coding")
            {
                Children(c =>
                {
                    if (c == "CodeRef" && Reference() is { } code) draft.CodeRefs.Add(code);
                    else if (c != "CodeRef") SkipElement();
                });
            }
            else SkipElement();
        });
        return guid is null || start is null || end is null ? null : draft;
    }

    private long? Position(string attribute)
    {
        string? text = reader.GetAttribute(attribute);
        if (text is null)
        {
            Error(Here(), $"a selection has no {attribute}; export the project again from your QDA package");
            return null;
        }
        if (!long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value) || value < 0 || value > int.MaxValue)
        {
            Error(Here(), $"a selection's {attribute} is '{Short(text)}', not a position (a whole number from 0)");
            return null;
        }
        return value;
    }

    /// <summary>
    /// A selection's positions are hints that packages count differently (UTF-16 units, code points, CRLF as one), but
    /// under every one of those counts they lie within the text's UTF-16 length, start before end.
    /// </summary>
    private void CheckPositions(SourceDraft source)
    {
        foreach (var selection in source.Selections)
        {
            if (selection.End < selection.Start)
            {
                Error(selection.Place, $"a selection of source '{Short(source.Name)}' ends ({selection.End}) before it starts ({selection.Start})");
                selection.Bad = true;
            }
            else if (source.Text is not null && selection.End > source.Text.Length)
            {
                Error(selection.Place, $"a selection of source '{Short(source.Name)}' ends at position {selection.End}, past the end of its text ({source.Text.Length} characters); " +
                    "the project and its sources do not belong together: export the project again");
                selection.Bad = true;
            }
        }
    }

    private void OnlySet(string element)
    {
        if (element != "Set")
        {
            SkipElement();
            return;
        }
        var place = Here();
        string? guid = Required("guid", "a set");
        var draft = new SetDraft(guid ?? "", reader.GetAttribute("name") ?? guid ?? "", place);
        if (guid is not null) Claim("set", guid, $"set '{Short(draft.Name)}'", place);
        Children(child =>
        {
            switch (child)
            {
                case "MemberSource":
                    if (Reference() is { } source) draft.Sources.Add(source);
                    break;
                case "MemberCode":
                    // The codebook schema names the member by guid=, the project schema by targetGUID=.
                    if (Reference(codebook ? "guid" : "targetGUID") is { } code) draft.Codes.Add(code);
                    break;
                default:
                    SkipElement();
                    break;
            }
        });
        if (guid is not null) sets.Add(draft);
    }

    /// <summary>On an element that refers to another (<c>targetGUID</c>); consumes it.</summary>
    private Ref? Reference(string attribute = "targetGUID")
    {
        var place = Here();
        string? target = reader.GetAttribute(attribute) ?? reader.GetAttribute(attribute == "guid" ? "targetGUID" : "guid");
        string element = reader.LocalName;
        SkipElement();
        if (string.IsNullOrWhiteSpace(target))
        {
            Warn(place, $"a <{element}> has no {attribute}; it is left out");
            return null;
        }
        return new Ref(target!, place);
    }

    // ---- references, and the model ----

    private QdaProject Build()
    {
        var codeGuids = new HashSet<string>(codes.SelectMany(Flatten).Select(c => c.Guid), QdaGuid.Comparer);
        var sourceGuids = new HashSet<string>(sources.Select(s => s.Guid), QdaGuid.Comparer);
        var variableNames = new Dictionary<string, string>(QdaGuid.Comparer);
        foreach (var v in variables)
        {
            if (!variableNames.ContainsKey(v.Guid)) variableNames.Add(v.Guid, v.Name);
        }

        var builtSources = sources.Select(s => new QdaSource(s.Guid, s.Name, s.Path, s.Text,
            s.Selections.Where(sel => !sel.Bad).Select(sel => new QdaSelection(sel.Guid, s.Guid, (int)sel.Start, (int)sel.End,
                Known(sel.CodeRefs, codeGuids, $"a selection of source '{Short(s.Name)}' is coded with", "code"))).ToList(),
            s.Description, Values(s.Values, variableNames, $"source '{Short(s.Name)}'"))).ToList();
        var builtCases = cases.Select(c => new QdaCase(c.Guid, c.Name, Values(c.Values, variableNames, $"case '{Short(c.Name)}'"),
            Known(c.SourceRefs, sourceGuids, $"case '{Short(c.Name)}' refers to", "source"), c.Description)).ToList();
        var builtSets = sets.Select(s => new QdaSet(s.Guid, s.Name,
            Known(s.Sources, sourceGuids, $"set '{Short(s.Name)}' holds", "source"),
            Known(s.Codes, codeGuids, $"set '{Short(s.Name)}' holds", "code"))).ToList();
        return new QdaProject(name, codes.Select(Build).ToList(), builtCases, builtSources, origin,
            variables.Select(v => new QdaVariable(v.Guid, v.Name, v.Type)).ToList(), builtSets, otherSources, codebook);
    }

    private static IEnumerable<CodeDraft> Flatten(CodeDraft code) => new[] { code }.Concat(code.Children.SelectMany(Flatten));

    private static QdaCode Build(CodeDraft code) =>
        new(code.Guid, code.Name, code.Description, code.Children.Select(Build).ToList(), code.IsCodable, code.Color);

    private List<string> Known(List<Ref> refs, HashSet<string> known, string who, string kind)
    {
        var kept = new List<string>();
        foreach (var r in refs)
        {
            if (known.Contains(r.Target)) kept.Add(r.Target);
            else Warn(r.Place, $"{who} a {kind} the project does not have ({Short(r.Target)}); that reference is left out");
        }
        return kept;
    }

    private Dictionary<string, string> Values(List<ValueDraft> values, Dictionary<string, string> variableNames, string who)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var v in values)
        {
            if (!variableNames.TryGetValue(v.Variable.Target, out string? variableName))
            {
                Warn(v.Place, $"{who} has a value for a variable the project does not declare ({Short(v.Variable.Target)}); the value is left out");
            }
            else if (result.ContainsKey(variableName))
            {
                Warn(v.Place, $"{who} has two values for variable '{Short(variableName)}'; the first is kept");
            }
            else result.Add(variableName, v.Value);
        }
        return result;
    }

    // ---- reading, within the limits ----

    /// <summary>
    /// A DTD is refused by the reader anyway; finding it first gives the researcher a sentence that says why, at its place.
    /// </summary>
    private void RefuseDoctype()
    {
        int i = 0;
        while (true)
        {
            while (i < xml.Length && (char.IsWhiteSpace(xml[i]) || xml[i] == '\uFEFF')) i++;
            if (string.CompareOrdinal(xml, i, "<?", 0, 2) == 0) i = End(i, "?>");
            else if (string.CompareOrdinal(xml, i, "<!--", 0, 4) == 0) i = End(i, "-->");
            else break;
            if (i < 0) return;
        }
        if (string.CompareOrdinal(xml, i, "<!DOCTYPE", 0, 9) != 0) return;
        int line = 1, column = 1;
        for (int k = 0; k < i; k++)
        {
            if (xml[k] == '\n')
            {
                line++;
                column = 1;
            }
            else column++;
        }
        throw Fatal(line, column, 9, "it declares a DTD (<!DOCTYPE>), which REFI-QDA files never do; a DTD can make a reader fetch other files or expand entities " +
            "without end, so it is refused: export the project again from your QDA package");
    }

    private int End(int from, string close)
    {
        int at = xml.IndexOf(close, from + 2, StringComparison.Ordinal);
        return at < 0 ? -1 : at + close.Length;
    }

    /// <summary>On an element: calls <paramref name="child"/> on each child element of the QDA namespace (which must consume it), passes over the rest, and ends past the element's end.</summary>
    private void Children(Action<string> child)
    {
        if (reader.IsEmptyElement)
        {
            Next();
            return;
        }
        int depth = reader.Depth;
        Next();
        while (!AtEnd(depth))
        {
            if (reader.NodeType != XmlNodeType.Element) Next();
            else if (reader.NamespaceURI != ns) SkipElement();
            else child(reader.LocalName);
        }
        Next();
    }

    /// <summary>On an element: passes over it and everything in it, node by node, so the limits hold inside it too.</summary>
    private void SkipElement()
    {
        if (reader.IsEmptyElement)
        {
            Next();
            return;
        }
        int depth = reader.Depth;
        Next();
        while (!AtEnd(depth)) Next();
        Next();
    }

    /// <summary>On an element: its text (text, CDATA and white space; the text of nested elements is not read), at most <paramref name="limit"/> characters.</summary>
    private string ReadText(int limit, string what)
    {
        var place = Here();
        if (reader.IsEmptyElement)
        {
            Next();
            return "";
        }
        int depth = reader.Depth;
        var text = new StringBuilder();
        Next();
        while (!AtEnd(depth))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    if (reader.CanReadValueChunk)
                    {
                        int n;
                        while ((n = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                        {
                            if (text.Length + n > limit) throw TooLong(place, what, limit);
                            text.Append(chunk, 0, n);
                        }
                    }
                    else
                    {
                        if (text.Length + reader.Value.Length > limit) throw TooLong(place, what, limit);
                        text.Append(reader.Value);
                    }
                    Next();
                    break;
                case XmlNodeType.Element:
                    SkipElement();
                    break;
                default:
                    Next();
                    break;
            }
        }
        Next();
        return text.ToString();
    }

    private static QdaFormatException TooLong(Place place, string what, int limit) =>
        new(place.Line, place.Column, place.Length, $"{what} holds more than {Describe(limit)} characters, the limit; " +
            "check that this is the project your QDA package exported");

    private static string Describe(int characters) => characters >= 1 << 20 ? $"{characters >> 20} million" : $"{characters:N0}";

    private bool AtEnd(int depth)
    {
        if (reader.ReadState != ReadState.Interactive) throw Fatal(Here(), "its XML ends before its elements are closed");
        return reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth;
    }

    private void Next()
    {
        reader.Read();
        if (reader.NodeType == XmlNodeType.Element) CheckElement();
    }

    private void CheckElement()
    {
        if (reader.Depth >= QdaLimits.Depth)
            throw Fatal(Here(), $"its elements are nested more than {QdaLimits.Depth} levels deep, the limit (a REFI-QDA project needs a few more levels than its codes do)");
        int count = reader.AttributeCount;
        if (count > QdaLimits.AttributesPerElement)
            throw Fatal(Here(), $"an element carries {count} attributes, more than {QdaLimits.AttributesPerElement}, the limit (REFI-QDA's carry at most nine)");
        for (int i = 0; i < count; i++)
        {
            reader.MoveToAttribute(i);
            if (reader.Value.Length > QdaLimits.AttributeCharacters)
            {
                var at = new Place(lines.LineNumber, lines.LinePosition, reader.LocalName.Length);
                throw Fatal(at, $"an attribute ({Short(reader.LocalName)}=) holds more than {QdaLimits.AttributeCharacters:N0} characters, the limit");
            }
        }
        reader.MoveToElement();
    }

    private string? Required(string attribute, string what)
    {
        string? value = reader.GetAttribute(attribute);
        if (!string.IsNullOrWhiteSpace(value)) return value;
        Error(Here(), $"{what} (<{reader.LocalName}>) has no {attribute}; export the project again from your QDA package");
        return null;
    }

    /// <summary>Records a GUID; a second thing of the same kind with it is an error (references to it would be ambiguous).</summary>
    private void Claim(string kind, string guid, string what, Place place)
    {
        if (!guids.TryGetValue(kind, out var seen)) guids[kind] = seen = new Dictionary<string, Place>(QdaGuid.Comparer);
        if (seen.TryGetValue(guid, out var first))
        {
            Error(place, $"{what} has the GUID {Short(guid)}, which line {first.Line} already gives another {kind}; a GUID names one thing, so references to it are ambiguous: export the project again");
            return;
        }
        seen.Add(guid, place);
    }

    private Place Here() => new(lines.LineNumber, Math.Max(1, lines.LinePosition - 1), reader.NodeType == XmlNodeType.Element ? reader.LocalName.Length + 1 : 1);

    private QdaFormatException Fatal(Place place, string problem) => new(place.Line, place.Column, place.Length, problem);

    private static QdaFormatException Fatal(int line, int column, int length, string problem) => new(line, column, length, problem);

    private void Error(Place place, string problem) =>
        diagnostics.Add(new Diagnostic(RuleTable.FG0505, Severity.Error, QdaProjectReader.At(file, place.Line, place.Column, place.Length), QdaProjectReader.Message(problem)));

    private void Warn(Place place, string problem) =>
        diagnostics.Add(new Diagnostic(RuleTable.FG0505, Severity.Warning, QdaProjectReader.At(file, place.Line, place.Column, place.Length), "the coding project is read without a part: " + problem));

    /// <summary>A name or value from the project, cut for a message: a project holds whole transcripts, and a message is one short line.</summary>
    private static string Short(string text) => text.Length <= 80 ? text : text.Substring(0, 77) + "...";

    // ---- drafts ----

    private readonly struct Place
    {
        public Place(int line, int column, int length)
        {
            Line = line;
            Column = column;
            Length = length;
        }

        public int Line { get; }
        public int Column { get; }
        public int Length { get; }
    }

    private sealed class Ref
    {
        public Ref(string target, Place place)
        {
            Target = target;
            Place = place;
        }

        public string Target { get; }
        public Place Place { get; }
    }

    private sealed class CodeDraft
    {
        public CodeDraft(string guid, string name, Place place)
        {
            Guid = guid;
            Name = name;
            Place = place;
        }

        public string Guid { get; }
        public string Name { get; }
        public Place Place { get; }
        public string? Description { get; set; }
        public bool IsCodable { get; set; } = true;
        public string? Color { get; set; }
        public List<CodeDraft> Children { get; } = new();
    }

    private sealed class VariableDraft
    {
        public VariableDraft(string guid, string name, string type)
        {
            Guid = guid;
            Name = name;
            Type = type;
        }

        public string Guid { get; }
        public string Name { get; }
        public string Type { get; }
    }

    private sealed class ValueDraft
    {
        public ValueDraft(Ref variable, string value, Place place)
        {
            Variable = variable;
            Value = value;
            Place = place;
        }

        public Ref Variable { get; }
        public string Value { get; }
        public Place Place { get; }
    }

    private sealed class CaseDraft
    {
        public CaseDraft(string guid, string name, Place place)
        {
            Guid = guid;
            Name = name;
            Place = place;
        }

        public string Guid { get; }
        public string Name { get; }
        public Place Place { get; }
        public string? Description { get; set; }
        public List<ValueDraft> Values { get; } = new();
        public List<Ref> SourceRefs { get; } = new();
    }

    private sealed class SourceDraft
    {
        public SourceDraft(string guid, string name, string? path, Place place)
        {
            Guid = guid;
            Name = name;
            Path = path;
            Place = place;
        }

        public string Guid { get; }
        public string Name { get; }
        public string? Path { get; }
        public Place Place { get; }
        public string? Description { get; set; }
        public string? Text { get; set; }
        public List<SelectionDraft> Selections { get; } = new();
        public List<ValueDraft> Values { get; } = new();
    }

    private sealed class SelectionDraft
    {
        public SelectionDraft(string guid, long start, long end, Place place)
        {
            Guid = guid;
            Start = start;
            End = end;
            Place = place;
        }

        public string Guid { get; }
        public long Start { get; }
        public long End { get; }
        public Place Place { get; }
        public bool Bad { get; set; }
        public List<Ref> CodeRefs { get; } = new();
    }

    private sealed class SetDraft
    {
        public SetDraft(string guid, string name, Place place)
        {
            Guid = guid;
            Name = name;
            Place = place;
        }

        public string Guid { get; }
        public string Name { get; }
        public Place Place { get; }
        public List<Ref> Sources { get; } = new();
        public List<Ref> Codes { get; } = new();
    }
}
