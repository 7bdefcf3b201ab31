using System;
using System.Collections.Generic;
using System.Xml;
using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language.Coding;

/// <summary>
/// Reads REFI-QDA XML: a project (<c>project.qde</c>, namespace <c>urn:QDA-XML:project:1.0</c>) or a codebook alone
/// (<c>.qdc</c>, namespace <c>urn:QDA-XML:codebook:1.0</c>). The XML is untrusted: no DTD, no entity, no external
/// resource is ever processed, and every size is bounded (<see cref="QdaLimits"/>).
/// </summary>
/// <remarks>
/// Never throws for what the XML holds. A project that cannot be read as a whole (not well-formed, a DTD, past a limit,
/// the wrong namespace) or that holds a contradiction (two codes with one GUID, a selection reversed or outside its
/// source, a source whose text is not available) is one FG0505 error per fault, at the XML's line and column, and the
/// result is null: a coding that was read only in part is never handed on as if it were whole. A reference to something
/// the project does not hold (a <c>CodeRef</c> to no code, a case's <c>SourceRef</c> to no source) is an FG0505 warning;
/// the reference is left out and the project is returned.
/// </remarks>
public static class QdaProjectReader
{
    /// <summary>
    /// Reads a project. <paramref name="file"/> is where diagnostics are located (the project file as the study names
    /// it; for a <c>.qdpx</c>, the line and column are those of its <c>project.qde</c>). <paramref name="sourceText"/>
    /// gives a text source's plain text from its <c>plainTextPath</c> as written, or null when it has none; inline
    /// <c>&lt;PlainTextContent&gt;</c> is used as it is.
    /// </summary>
    public static QdaProject? Read(string xml, string file, Func<string, string?> sourceText, List<Diagnostic> diagnostics) =>
        Read(xml, file, (string path, out string? problem) =>
        {
            problem = null;
            return sourceText(path);
        }, diagnostics);

    /// <summary>
    /// Reads a project, as <see cref="Read(string, string, Func{string, string?}, List{Diagnostic})"/>, with a resolver
    /// that can say why a source's text is not available (the message of its FG0505).
    /// </summary>
    public static QdaProject? Read(string xml, string file, QdaSourceTextResolver sourceText, List<Diagnostic> diagnostics) =>
        Parse(xml, file, codebook: false, sourceText, diagnostics);

    /// <summary>Reads a codebook alone (a <c>.qdc</c>): codes and sets, no cases or sources.</summary>
    public static QdaProject? ReadCodebook(string xml, string file, List<Diagnostic> diagnostics) =>
        Parse(xml, file, codebook: true, null, diagnostics);

    /// <summary>
    /// The FG0505 error for a project that cannot be read at all, located at the start of <paramref name="file"/>; for the
    /// hosts (a package that is not a zip, an entry that leaves it). <paramref name="problem"/> says what and how to fix it.
    /// </summary>
    public static Diagnostic Unreadable(string file, string problem) =>
        new(RuleTable.FG0505, Severity.Error, SourceLocation.StartOf(file), Message(problem));

    /// <summary>The message of an FG0505 error: what is wrong, after the rule's own words.</summary>
    internal static string Message(string problem) => "the coding project cannot be read: " + problem;

    private static QdaProject? Parse(string xml, string file, bool codebook, QdaSourceTextResolver? sourceText, List<Diagnostic> diagnostics)
    {
        if (xml.Length > QdaLimits.DocumentCharacters)
        {
            diagnostics.Add(Unreadable(file, $"it holds more than {QdaLimits.DocumentCharacters >> 20} million characters of XML, the limit for a {(codebook ? "codebook" : "project")}; " +
                "a project of interview transcripts is a few megabytes: check that this is the file your QDA package exported"));
            return null;
        }
        var found = new List<Diagnostic>();
        try
        {
            var project = new QdaXmlParser(xml, file, codebook, sourceText, found).Parse();
            diagnostics.AddRange(found);
            return project;
        }
        catch (QdaFormatException e)
        {
            diagnostics.AddRange(found);
            diagnostics.Add(new Diagnostic(RuleTable.FG0505, Severity.Error, At(file, e.Line, e.Column, e.Length), Message(e.Message)));
            return null;
        }
        catch (XmlException e)
        {
            // The parser's own message may quote the document (a name, a character): the project holds whole transcripts,
            // so only the position is reported.
            diagnostics.AddRange(found);
            diagnostics.Add(new Diagnostic(RuleTable.FG0505, Severity.Error, At(file, e.LineNumber, e.LinePosition, 1),
                Message("its XML is not well-formed here (a tag not closed, a character XML does not allow, text after the end); export the project again from your QDA package")));
            return null;
        }
    }

    /// <summary>A location in <paramref name="file"/>, clamped to the first line and column.</summary>
    internal static SourceLocation At(string file, int line, int column, int length)
    {
        line = Math.Max(1, line);
        column = Math.Max(1, column);
        return new SourceLocation(file, line, column, line, column + Math.Max(1, length));
    }
}
