namespace FindingsGen.Files;

/// <summary>
/// The largest file of each kind that is read, in bytes. Every read is capped, so a huge or endless file
/// (a wrong path, a decompression bomb, /dev/zero behind a link) is a diagnostic naming the limit, never
/// a process that fills memory. docs/language.md lists these; keep the two in step.
/// </summary>
public static class FileLimits
{
    /// <summary>findings.yml (the YAML reader refuses more characters than this too).</summary>
    public const long Manifest = 1L << 20;
    /// <summary>A page: far more than any findings chapter.</summary>
    public const long Page = 8L << 20;
    /// <summary>A site template override in <c>_templates/</c>.</summary>
    public const long Template = 1L << 20;
    /// <summary>The private identifiers list.</summary>
    public const long Identifiers = 1L << 20;
    /// <summary>findings.lock.</summary>
    public const long Lock = 16L << 20;
    /// <summary>A transcript file as stored (a .docx compressed).</summary>
    public const long Transcript = 64L << 20;
    /// <summary>What the XML parts of a Word transcript may hold once decompressed, all together.</summary>
    public const long DocxXml = 64L << 20;
    /// <summary>How many entries a Word transcript's zip may hold.</summary>
    public const int DocxEntries = 10_000;

    /// <summary>A REFI-QDA project's <c>project.qde</c> once inflated, or a <c>.qdc</c> codebook.</summary>
    public const long QdaXml = 32L << 20;
    /// <summary>One source text in a <c>.qdpx</c>'s <c>sources/</c>, once inflated.</summary>
    public const long QdaSource = 64L << 20;
    /// <summary>Everything read from one <c>.qdpx</c>, once inflated, all together.</summary>
    public const long QdaInflated = 256L << 20;
    /// <summary>How many times its compressed size an entry of a <c>.qdpx</c> may inflate to (text compresses about 4:1, a bomb about 1000:1)…</summary>
    public const int QdaRatio = 100;
    /// <summary>…once it is past this size (a small entry may compress very well).</summary>
    public const long QdaRatioFloor = 1L << 20;
    /// <summary>How many entries a <c>.qdpx</c>'s zip may hold.</summary>
    public const int QdaEntries = 100_000;
    /// <summary>The zip directory of a <c>.qdpx</c> (read whole before any entry).</summary>
    public const long QdaDirectory = 32L << 20;

    /// <summary>A limit in words: "64 MiB", "512 KiB".</summary>
    public static string Describe(long bytes) =>
        bytes >= 1L << 20 && bytes % (1L << 20) == 0 ? $"{bytes >> 20} MiB" : bytes >= 1024 && bytes % 1024 == 0 ? $"{bytes >> 10} KiB" : $"{bytes} bytes";
}
