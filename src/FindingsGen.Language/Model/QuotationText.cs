using System.Collections.Generic;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Text;

namespace FindingsGen.Language.Model;

/// <summary>The words of a quotation (or of its original), parsed into segments.</summary>
public sealed class QuotationText
{
    internal QuotationText(MappedText text, IReadOnlyList<QuotationSegment> segments, SourceLocation location)
    {
        Source = text;
        Segments = segments;
        Location = location;
    }

    /// <summary>The text as written (wrapping quote marks removed), mapped to the page.</summary>
    public MappedText Source { get; }
    /// <summary>The text as written.</summary>
    public string Text => Source.Text;
    /// <summary>The segments between elisions; empty when the quotation has no words.</summary>
    public IReadOnlyList<QuotationSegment> Segments { get; }
    /// <summary>Where the text is.</summary>
    public SourceLocation Location { get; }
}
