namespace FindingsGen.Language.Coding;

/// <summary>
/// How much of a REFI-QDA file is read. A project comes from outside (a colleague's export, a download), so every
/// dimension an attacker could blow up is bounded: a file past a limit is one FG0505 naming the limit, read in bounded
/// time and memory. The limits are far above what the four packages write for an interview study (a project of 60
/// one-hour interviews, coded, is about 2 MB of XML); docs/qda-reading.md lists them.
/// </summary>
public static class QdaLimits
{
    /// <summary>The characters of a <c>project.qde</c> or a <c>.qdc</c>.</summary>
    public const int DocumentCharacters = 32 << 20;
    /// <summary>The characters of one source's plain text (<c>&lt;PlainTextContent&gt;</c>, or its file in <c>sources/</c>).</summary>
    public const int SourceCharacters = 16 << 20;
    /// <summary>The characters of any other element's text (a <c>&lt;Description&gt;</c>, a variable's value).</summary>
    public const int ValueCharacters = 1 << 20;
    /// <summary>The characters of one attribute's value (a name, a GUID, a path).</summary>
    public const int AttributeCharacters = 64 << 10;
    /// <summary>How many attributes one element may carry (REFI-QDA's carry at most nine).</summary>
    public const int AttributesPerElement = 64;
    /// <summary>How deeply elements may nest (codes nest inside codes; the rest needs five levels).</summary>
    public const int Depth = 64;
}
