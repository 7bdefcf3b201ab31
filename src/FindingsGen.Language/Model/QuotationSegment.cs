using System.Collections.Generic;

namespace FindingsGen.Language.Model;

/// <summary>The words of a quotation between two elisions.</summary>
public sealed class QuotationSegment
{
    internal QuotationSegment(IReadOnlyList<QuotationPiece> pieces) => Pieces = pieces;

    /// <summary>Words and insertions, in order.</summary>
    public IReadOnlyList<QuotationPiece> Pieces { get; }
    /// <summary>Source offset of the first character.</summary>
    public int Start => Pieces[0].Start;
    /// <summary>Source offset just past the last character.</summary>
    public int End => Pieces[Pieces.Count - 1].End;
}
