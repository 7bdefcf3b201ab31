using System.Linq;

namespace FindingsGen.Fuzz;

/// <summary>Tokens of FindingsGen's syntax and of the formats it reads, which the mutations insert.</summary>
internal static class SyntaxTokens
{
    /// <summary>Tokens every target gets: line ends, odd characters, and the multi-file separator.</summary>
    public static readonly string[] Common =
    {
        "\n", "\r\n", "\r", "\t", " ", "\u00A0", "\uFEFF", "\u2028", "\u200B", "\u202E", "e\u0301", "\uD83D\uDE00", "\0",
        "&amp;", "&lt;", "&#0;", "&#x6A;", "\\", "\"", "'", "`", Sections.Separator, "CANARYZQX",
    };

    /// <summary>The page language (Pandoc-flavoured Markdown with our constructs) and what a page may try to smuggle into HTML.</summary>
    public static readonly string[] Page = Common.Concat(new[]
    {
        ":::", "::::", "::: {.quote from=T1}", "::: {.quote from=\"T1 T2\"}", "{.quote from=T1}", "{.freq of=\"T1 T2\"}", "{.freq of=T3}",
        "{#id .theme}", "{#sub .subtheme}", "{.note}", "{.qoute from=T1}", "{form=T1}", "{.quote from=T9}", "{lang=fr}", "{.translation}",
        "[", "]", "{", "}", "(", ")", "*", "**", "_", ">", "|", "#", "## ", "# ", "- ", "1. ", "---", "```", "~~~", "    ",
        "[...]", "[…]", "[sic]", "…", "“", "”", "‘", "’", "«", "»", "„",
        "[](#id)", "[x](#sub)", "<javascript:alert(1)>", "[a](javascript:alert(1))", "[a](JaVa\tScRiPt:alert(1))", "[a](data:text/html,x)",
        "[a](vbscript:x)", "![i](javascript:x)", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>",
        "<a href=\"javascript:x\">", "<!--", "-->", "&#106;avascript:", "java&#x0A;script:", "<https://example.org>",
        "Most", "All", "Some", "one", "two", "participants", "therapists", "most participants", "T1", "T2", "T3", "T9",
        "=", "from=", "of=", "#", ".", "title: x", "---\ntitle: x\n---\n",
    }).ToArray();

    /// <summary>YAML as the manifest uses it.</summary>
    public static readonly string[] Manifest = Common.Concat(new[]
    {
        "{", "}", "[", "]", ":", ": ", "- ", "---", "...", "#", "&a", "*a", "!!str", "!tag", "|", ">", "|-", "? ", ",", "'", "\"",
        "title:", "participants:", "frequency:", "transcripts:", "pages:", "rules:", "identifiers:", "language:", "authors:",
        "quantifier_nouns:", "interviewer:", "path:", "T1:", "T2: {}", "most: 2-3", "all: 3", "some: 1", "none", "error", "warning",
        "FG0001: none", "FG0101: none", "0", "-1", "99999999999", "1-2", "3-1", "{id}", "transcripts/{id}.*", "../", "/etc/", "*",
        "<<: *a", "~", "null", "true", "  ", "    ",
    }).ToArray();

    /// <summary>Transcripts: labels, timestamps and WebVTT.</summary>
    public static readonly string[] Transcript = Common.Concat(new[]
    {
        "T1:", "T1: ", "I: ", "Interviewer: ", "[00:01:02]", "00:01:02 ", "12:30", ":", "WEBVTT", "WEBVTT\n\n", "-->",
        "00:00:01.000 --> 00:00:02.000", "NOTE", "STYLE", "REGION", "<v T1>", "<v I>", "<v.loud T1>", "</v>", "<b>", "<", ">",
        "&nbsp;", "&lrm;", "<c.yellow>", "\n\n", "I wash the brushes slowly", "the unfinished pieces", "[...]",
    }).ToArray();

    /// <summary>WordprocessingML, for the document part of a .docx.</summary>
    public static readonly string[] Docx = Common.Concat(new[]
    {
        "<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", "<w:t xml:space=\"preserve\">", "<w:tab/>", "<w:br/>", "<w:cr/>",
        "<w:del>", "</w:del>", "<w:instrText>", "</w:instrText>", "<w:body>", "</w:body>", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "&a;",
        "<?xml version=\"1.0\"?>", "<![CDATA[", "]]>", "<!--", "-->", "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"",
        "T1: ", "I: ", "PK\u0003\u0004",
    }).ToArray();
}
