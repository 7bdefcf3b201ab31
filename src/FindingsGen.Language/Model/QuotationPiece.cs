namespace FindingsGen.Language.Model;

/// <summary>Part of a quotation segment: the participant's words, or an editorial insertion.</summary>
public sealed class QuotationPiece
{
    internal QuotationPiece(bool isInsertion, string text, int start, int end)
    {
        IsInsertion = isInsertion;
        Text = text;
        Start = start;
        End = end;
    }

    /// <summary>True for <c>[text]</c>: it stands for up to six transcript words, or none.</summary>
    public bool IsInsertion { get; }
    /// <summary>The words (or the insertion's text, without brackets).</summary>
    public string Text { get; }
    /// <summary>Source offset of the first character.</summary>
    public int Start { get; }
    /// <summary>Source offset just past the last character.</summary>
    public int End { get; }
}
