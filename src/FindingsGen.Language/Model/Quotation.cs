using System.Collections.Generic;
using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language.Model;

/// <summary>A quotation: a <c>.quote</c> fenced div or inline span.</summary>
public sealed class Quotation
{
    internal Quotation(string? id, bool isBlock, IReadOnlyList<ParticipantRef> from, QuotationText text, QuotationText? original,
        SourceLocation location, Page page, Theme? theme, Subtheme? subtheme, int index)
    {
        Id = id;
        IsBlock = isBlock;
        From = from;
        Text = text;
        Original = original;
        Location = location;
        Page = page;
        Theme = theme;
        Subtheme = subtheme;
        Index = index;
    }

    /// <summary>The optional <c>id</c>.</summary>
    public string? Id { get; }
    /// <summary>True for a fenced div, false for an inline span.</summary>
    public bool IsBlock { get; }
    /// <summary>The participants it is attributed to.</summary>
    public IReadOnlyList<ParticipantRef> From { get; }
    /// <summary>What readers see (the translation, for a translated quotation).</summary>
    public QuotationText Text { get; }
    /// <summary>The original words, for a translated quotation.</summary>
    public QuotationText? Original { get; }
    /// <summary>What is traced against the transcript: the original when there is one.</summary>
    public QuotationText Traced => Original ?? Text;
    /// <summary>The opening fence or the span.</summary>
    public SourceLocation Location { get; }
    /// <summary>The page.</summary>
    public Page Page { get; }
    /// <summary>The enclosing theme, if any.</summary>
    public Theme? Theme { get; }
    /// <summary>The enclosing subtheme, if any.</summary>
    public Subtheme? Subtheme { get; }
    /// <summary>Position among all the study's quotations (0-based, document order).</summary>
    public int Index { get; }
}
