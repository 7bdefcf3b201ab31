namespace FindingsGen.Language.Model;

/// <summary>What an attribute list is written on.</summary>
public enum AttributedElementKind
{
    /// <summary>A bracketed span, <c>[text]{…}</c>.</summary>
    Span,
    /// <summary>A fenced div, <c>::: {…}</c>.</summary>
    Div,
    /// <summary>A fenced div inside a <c>.quote</c> div (where <c>.original</c> is a construct).</summary>
    DivInQuotation,
    /// <summary>A heading, <c># Title {…}</c>.</summary>
    Heading,
    /// <summary>A bracketed span inside another span's text or an image's description, where a quotation or a claim is never read as one.</summary>
    SpanInSpan,
    /// <summary>A heading inside a list, a block quotation or a div, where <c>.theme</c> cannot start a theme's page.</summary>
    NestedHeading,
}
