using System.Collections.Generic;

namespace FindingsGen.Language.Coding;

/// <summary>
/// A study written as REFI-QDA, as texts (the host zips and writes them): the project's <c>project.qde</c>, the codebook
/// alone (<c>.qdc</c>), and each text source for the package's <c>sources/</c> folder.
/// </summary>
public sealed class QdaExport
{
    internal QdaExport(string projectXml, string? codebookXml, IReadOnlyList<KeyValuePair<string, string>> sources,
        int codes, int cases, int selections, IReadOnlyList<string> notPlaced)
    {
        ProjectXml = projectXml;
        CodebookXml = codebookXml;
        Sources = sources;
        Codes = codes;
        Cases = cases;
        Selections = selections;
        NotPlaced = notPlaced;
    }

    /// <summary>The <c>project.qde</c> (namespace <c>urn:QDA-XML:project:1.0</c>), UTF-8 with its declaration.</summary>
    public string ProjectXml { get; }
    /// <summary>The codebook alone (namespace <c>urn:QDA-XML:codebook:1.0</c>), or null when the study has no theme (a codebook holds at least one code).</summary>
    public string? CodebookXml { get; }
    /// <summary>The text sources: path inside the package (<c>sources/GUID.txt</c>) → text (LF line ends, no BOM).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Sources { get; }
    /// <summary>How many codes the codebook holds (themes and subthemes).</summary>
    public int Codes { get; }
    /// <summary>How many cases (participants).</summary>
    public int Cases { get; }
    /// <summary>How many coded selections (quotations placed, one per participant).</summary>
    public int Selections { get; }
    /// <summary>Why quotations were not written as coded selections, one line per reason with its count (no quotation text).</summary>
    public IReadOnlyList<string> NotPlaced { get; }
}
