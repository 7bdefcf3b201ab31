using System.Collections.Generic;
using FindingsGen.Language.Manifest;

namespace FindingsGen.Language.Model;

/// <summary>Everything the findings say, in document order across pages.</summary>
public sealed class Study
{
    internal Study(StudyManifest manifest) => Manifest = manifest;

    /// <summary>The manifest.</summary>
    public StudyManifest Manifest { get; }
    /// <summary>The pages, in reading order.</summary>
    public List<Page> Pages { get; } = new();
    /// <summary>The themes.</summary>
    public List<Theme> Themes { get; } = new();
    /// <summary>The subthemes (including any before the first theme).</summary>
    public List<Subtheme> Subthemes { get; } = new();
    /// <summary>The frequency claims.</summary>
    public List<FrequencyClaim> Claims { get; } = new();
    /// <summary>The quotations.</summary>
    public List<Quotation> Quotations { get; } = new();
    /// <summary>The cross-references.</summary>
    public List<CrossReference> CrossReferences { get; } = new();
    /// <summary>Every ID defined, in order (duplicates included).</summary>
    public List<Anchor> Anchors { get; } = new();
    /// <summary>The prose paragraphs, for the prose rules.</summary>
    public List<ProseRun> Prose { get; } = new();
    /// <summary>The headings that carry <c>.theme</c> or <c>.subtheme</c> but no usable ID, for FG0005.</summary>
    public List<(string Kind, Diagnostics.SourceLocation Location)> UnnamedSections { get; } = new();
    /// <summary>Quotations written without <c>from</c>, for FG0004.</summary>
    public List<Quotation> QuotationsWithoutFrom { get; } = new();
    /// <summary>Attribute lists that name a construct but cannot be read, with their page, for FG0010.</summary>
    public List<(Page Page, Dsl.Attributes.UnreadAttributeList List)> UnreadAttributeLists { get; } = new();
    /// <summary>Every span, fenced div and heading with an attribute list, construct or not, for FG0010.</summary>
    public List<AttributedElement> AttributedElements { get; } = new();
}
