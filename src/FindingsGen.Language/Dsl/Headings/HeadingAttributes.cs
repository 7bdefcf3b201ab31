using FindingsGen.Language.Dsl.Attributes;
using Markdig.Syntax;

namespace FindingsGen.Language.Dsl.Headings;

/// <summary>Reads the Pandoc attribute list that ends a heading, <c># Title {#id .theme}</c>.</summary>
internal static class HeadingAttributes
{
    private static readonly object Key = typeof(HeadingAttributes);

    /// <summary>The heading's attributes, or null when it has none.</summary>
    public static AttributeList? GetFindingsAttributes(this HeadingBlock heading) => heading.GetData(Key) as AttributeList;

    internal static void Set(HeadingBlock heading, AttributeList attributes) => heading.SetData(Key, attributes);
}
