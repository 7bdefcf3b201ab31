using System.Collections.Generic;

namespace FindingsGen.Language.Coding;

/// <summary>
/// A coded selection of a text source (<c>&lt;PlainTextSelection startPosition endPosition&gt;</c>). Its positions are
/// hints only: packages count them differently (code points in QualCoder, CRLF as one character in ATLAS.ti), so a
/// selection is matched to a quotation by content.
/// </summary>
public sealed class QdaSelection
{
    /// <summary>Makes one; see the properties.</summary>
    public QdaSelection(string guid, string sourceGuid, int start, int end, IReadOnlyList<string> codeGuids)
    {
        Guid = guid;
        SourceGuid = sourceGuid;
        Start = start;
        End = end;
        CodeGuids = codeGuids;
    }

    /// <summary>Its GUID as written.</summary>
    public string Guid { get; }
    /// <summary>The source it belongs to.</summary>
    public string SourceGuid { get; }
    /// <summary>Its start position as written.</summary>
    public int Start { get; }
    /// <summary>Its end position as written (exclusive).</summary>
    public int End { get; }
    /// <summary>The codes applied to it (<c>&lt;Coding&gt;&lt;CodeRef targetGUID&gt;</c>), as written.</summary>
    public IReadOnlyList<string> CodeGuids { get; }
}
