namespace FindingsGen.Tests;

/// <summary>
/// The shape in which a QDA package exports a REFI-QDA project, as <see cref="QdaProjects"/> writes it. Each carries the
/// quirks FindingsGen must cope with; what each writes is listed on <see cref="QdaProjects"/>.
/// </summary>
public enum QdaShape
{
    /// <summary>QualCoder: sources UTF-8 with a BOM, positions in code points, nested codes, cases with variables.</summary>
    QualCoder,
    /// <summary>MAXQDA: upper-case GUIDs, no cases (document variables on the sources), document groups as <c>&lt;Sets&gt;</c>, <c>&lt;Description&gt;</c> elements.</summary>
    Maxqda,
    /// <summary>ATLAS.ti: sources with CRLF line ends, positions that count a CRLF as one character, code folders (<c>isCodable="false"</c>).</summary>
    AtlasTi,
    /// <summary>NVivo: cases linked to their sources by <c>SourceRef</c>, variables of every type, sources UTF-16 with a BOM.</summary>
    NVivo,
}
