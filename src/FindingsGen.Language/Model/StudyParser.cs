using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Dsl;
using FindingsGen.Language.Dsl.Attributes;
using FindingsGen.Language.Dsl.Divs;
using FindingsGen.Language.Dsl.Headings;
using FindingsGen.Language.Dsl.Limits;
using FindingsGen.Language.Dsl.Spans;
using FindingsGen.Language.Manifest;
using FindingsGen.Language.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FindingsGen.Language.Model;

/// <summary>Parses the pages with the findings pipeline and builds the <see cref="Study"/> from their syntax trees.</summary>
internal sealed class StudyParser
{
    private readonly Study study;
    private Theme? theme;
    private Subtheme? subtheme;
    private Page page = null!;

    private StudyParser(StudyManifest manifest) => study = new Study(manifest);

    /// <summary>
    /// Parses the pages in reading order. Pages are (path, text) pairs, paths relative to the study. With
    /// <paramref name="parallelism"/> above 1, the pages' Markdown is parsed on that many threads while this thread
    /// builds the model from each page in reading order as soon as it is parsed, so the result is the same.
    /// </summary>
    public static Study Parse(StudyManifest manifest, IEnumerable<KeyValuePair<string, string>> pages, int parallelism = 1)
    {
        var parser = new StudyParser(manifest);
        var list = pages as IReadOnlyList<KeyValuePair<string, string>> ?? new List<KeyValuePair<string, string>>(pages);
        var parsing = parallelism > 1 && list.Count > 1 ? new ParallelPages(list, parallelism - 1) : null;
        for (int i = 0; i < list.Count; i++)
        {
            parser.page = parsing?.Take(i) ?? ParsePage(list[i]);
            parser.study.Pages.Add(parser.page);
            foreach (var unread in UnreadAttributeList.In(parser.page.Document)) parser.study.UnreadAttributeLists.Add((parser.page, unread));
            parser.VisitContainer(parser.page.Document);
        }
        return parser.study;
    }

    /// <summary>
    /// Pages parsed on helper threads, claimed in reading order; the thread that builds the model parses pages
    /// too while the one it needs next is not ready.
    /// </summary>
    private sealed class ParallelPages
    {
        private readonly IReadOnlyList<KeyValuePair<string, string>> pages;
        private readonly Page?[] parsed;
        private readonly object gate = new();
        private int claimed = -1;
        private Exception? failure;

        public ParallelPages(IReadOnlyList<KeyValuePair<string, string>> pages, int helpers)
        {
            this.pages = pages;
            parsed = new Page?[pages.Count];
            for (int h = 0; h < helpers; h++)
            {
                System.Threading.Tasks.Task.Run(() =>
                {
                    try
                    {
                        while (ParseNext()) { }
                    }
                    catch (Exception e)
                    {
                        lock (gate)
                        {
                            failure ??= e;
                            System.Threading.Monitor.PulseAll(gate);
                        }
                    }
                });
            }
        }

        /// <summary>Parses the next unclaimed page; false when every page is claimed.</summary>
        private bool ParseNext()
        {
            int i = System.Threading.Interlocked.Increment(ref claimed);
            if (i >= pages.Count) return false;
            var page = ParsePage(pages[i]);
            lock (gate)
            {
                parsed[i] = page;
                System.Threading.Monitor.PulseAll(gate);
            }
            return true;
        }

        /// <summary>Page <paramref name="i"/>, parsed here or by a helper.</summary>
        public Page Take(int i)
        {
            while (true)
            {
                lock (gate)
                {
                    if (failure is not null) throw new InvalidOperationException("a page could not be parsed", failure);
                    if (parsed[i] is { } page)
                    {
                        parsed[i] = null; // the study holds it from now on
                        return page;
                    }
                    if (System.Threading.Volatile.Read(ref claimed) >= pages.Count - 1)
                    {
                        System.Threading.Monitor.Wait(gate);
                        continue;
                    }
                }
                ParseNext();
            }
        }
    }

    private static Page ParsePage(KeyValuePair<string, string> pair)
    {
        // Front matter is metadata: blanked in place, so no rule reads it, the site never shows it, and positions stay the file's.
        string text = FrontMatter.Blank(pair.Key, pair.Value, out string? title, out var frontMatterProblem, out var frontMatterConstructs);
        var document = LimitedParser.Parse(text, out var overLimit);
        return new Page(pair.Key, text, document, overLimit) { Title = title, FrontMatterProblem = frontMatterProblem, FrontMatterConstructs = frontMatterConstructs };
    }

    private SourceLocation Locate(int start, int endExclusive) => page.Lines.Locate(start, endExclusive);

    private void VisitContainer(ContainerBlock container)
    {
        foreach (var block in container) VisitBlock(block);
    }

    private void VisitBlock(Block block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                Heading(heading);
                break;
            case FencedDiv div when div.Attributes.HasClass("quote"):
                study.AttributedElements.Add(new AttributedElement(AttributedElementKind.Div, div.Attributes, page, !div.HasClosingFence));
                BlockQuotation(div);
                break;
            case FencedDiv div:
                study.AttributedElements.Add(new AttributedElement(AttributedElementKind.Div, div.Attributes, page, !div.HasClosingFence));
                AddAnchor(div.Attributes.Id, "div", "");
                VisitContainer(div);
                break;
            case ContainerBlock container:
                VisitContainer(container);
                break;
            case LeafBlock leaf when leaf.Inline is not null && leaf is not CodeBlock:
                var prose = new MappedText.Builder();
                VisitInlines(leaf.Inline, prose);
                study.Prose.Add(new ProseRun(page, prose.ToMappedText()));
                break;
        }
    }

    private void Heading(HeadingBlock heading)
    {
        var attributes = heading.GetFindingsAttributes();
        string title = heading.Inline is null ? "" : PlainText(heading.Inline).Trim();
        var location = page.Lines.Locate(heading.Span);
        if (heading.Inline is not null) VisitInlines(heading.Inline, new MappedText.Builder());
        if (attributes is null) return;
        // A theme starts a page of the site only at the top level of a page: inside a list, a block quotation or a div it
        // would name a page left empty while its words stay on the page before. FG0010 says so; it is no theme.
        bool nested = heading.Parent is not MarkdownDocument;
        study.AttributedElements.Add(new AttributedElement(nested ? AttributedElementKind.NestedHeading : AttributedElementKind.Heading, attributes, page));

        var id = attributes.Id;
        bool isTheme = attributes.HasClass("theme") && !nested, isSubtheme = attributes.HasClass("subtheme");
        AddAnchor(id, isTheme ? "theme" : isSubtheme ? "subtheme" : "heading", title);
        if (!isTheme && !isSubtheme) return;
        if (id is null)
        {
            study.UnnamedSections.Add((isTheme ? "theme" : "subtheme", location));
            return;
        }
        // short= is the heading's navigation label; an empty one is FG0010's to report, and gives none here.
        string? shortTitle = attributes.Find("short")?.Value.Trim() is { Length: > 0 } given ? given : null;
        // code= names the QDA code(s) the section rests on, separated by commas; an empty one is FG0010's to report.
        var code = attributes.Find("code");
        var codes = code is null ? null : CodeNames(code.Value);
        var codeLocation = code is null ? (SourceLocation?)null : Locate(code.ValueStart, Math.Max(code.ValueEnd, code.ValueStart + 1));
        if (isTheme)
        {
            theme = new Theme(id.Value, title, location, page, shortTitle, codes, codeLocation);
            NodeModel.Attach(heading, theme);
            subtheme = null;
            study.Themes.Add(theme);
        }
        else
        {
            subtheme = new Subtheme(id.Value, title, location, page, theme, shortTitle, codes, codeLocation);
            NodeModel.Attach(heading, subtheme);
            theme?.Subthemes.Add(subtheme);
            study.Subthemes.Add(subtheme);
        }
    }

    /// <summary>The names or GUIDs of a <c>code=</c> value: split at commas, trimmed, empty ones dropped.</summary>
    internal static IReadOnlyList<string> CodeNames(string value) =>
        value.Split(',').Select(c => c.Trim()).Where(c => c.Length > 0).ToList();

    private void AddAnchor(AttributeItem? id, string kind, string title)
    {
        if (id is null) return;
        study.Anchors.Add(new Anchor(id.Value, kind, title, Locate(id.Start, id.End)));
    }

    private void VisitInlines(ContainerInline container, MappedText.Builder prose)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    prose.Append(literal.Content.Text, literal.Content.Start, literal.Content.Length, literal.Span.Start);
                    break;
                case LineBreakInline lineBreak:
                    prose.Append(' ', lineBreak.Span.Start);
                    break;
                case HtmlEntityInline entity:
                    prose.Append(entity.Transcoded.ToString(), entity.Span.Start);
                    break;
                case CodeInline code:
                    prose.Append(ProseRun.Placeholder, code.Span.Start);
                    break;
                case BracketedSpan span:
                    Span(span, prose);
                    break;
                case LinkInline link:
                    if (!link.IsImage && link.Url is { Length: > 1 } url && url[0] == '#')
                    {
                        study.CrossReferences.Add(new CrossReference(url.Substring(1), link.FirstChild is null, page.Lines.Locate(link.Span)));
                    }
                    VisitInlines(link, prose);
                    break;
                case ContainerInline child:
                    VisitInlines(child, prose);
                    break;
            }
        }
    }

    private void Span(BracketedSpan span, MappedText.Builder prose)
    {
        var attributes = span.Attributes;
        var location = page.Lines.Locate(span.Span);
        if (InImage(span))
        {
            // An image's text is its description, written as text only: a quotation or claim there is never one (FG0010).
            study.AttributedElements.Add(new AttributedElement(AttributedElementKind.SpanInSpan, attributes, page));
            NestedSpans(span);
            prose.Append(span.Content, span.ContentOffsets);
            return;
        }
        study.AttributedElements.Add(new AttributedElement(AttributedElementKind.Span, attributes, page));
        // A span's text is read as its words: a quotation or claim written inside it is never one (FG0010 says so).
        NestedSpans(span);
        if (attributes.HasClass("freq"))
        {
            var of = attributes.Find("of");
            var claim = new FrequencyClaim(span.Content, location, of is null ? null : Participants(of), page, theme, subtheme);
            study.Claims.Add(claim);
            NodeModel.Attach(span, claim);
            prose.Append(ProseRun.Placeholder, span.Span.Start);
            AddAnchor(attributes.Id, "span", span.Content);
        }
        else if (attributes.HasClass("quote"))
        {
            var text = QuotationTextParser.Parse(new MappedText(span.Content, span.ContentOffsets), page.Lines);
            QuotationText? original = null;
            if (attributes.Find("original") is { } originalItem)
            {
                var offsets = new int[originalItem.Value.Length];
                for (int i = 0; i < offsets.Length; i++) offsets[i] = Math.Min(originalItem.ValueStart + i, Math.Max(originalItem.ValueStart, originalItem.ValueEnd - 1));
                original = QuotationTextParser.Parse(new MappedText(originalItem.Value, offsets), page.Lines);
            }
            NodeModel.Attach(span, AddQuotation(attributes, false, text, original, location));
            prose.Append(ProseRun.Placeholder, span.Span.Start);
        }
        else
        {
            AddAnchor(attributes.Id, "span", span.Content);
            prose.Append(span.Content, span.ContentOffsets);
        }
    }

    private static bool InImage(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline { IsImage: true }) return true;
        }
        return false;
    }

    private void NestedSpans(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is BracketedSpan nested) study.AttributedElements.Add(new AttributedElement(AttributedElementKind.SpanInSpan, nested.Attributes, page));
            if (inline is ContainerInline child) NestedSpans(child);
        }
    }

    private void BlockQuotation(FencedDiv div)
    {
        var words = new MappedText.Builder();
        FencedDiv? originalDiv = null;
        foreach (var child in div)
        {
            if (child is FencedDiv nested)
            {
                study.AttributedElements.Add(new AttributedElement(AttributedElementKind.DivInQuotation, nested.Attributes, page, !nested.HasClosingFence));
                if (nested.Attributes.HasClass("original"))
                {
                    originalDiv ??= nested;
                    continue;
                }
            }
            AppendSource(child, words);
        }
        var text = QuotationTextParser.Parse(words.ToMappedText(), page.Lines);
        QuotationText? original = null;
        if (originalDiv is not null)
        {
            var originalWords = new MappedText.Builder();
            foreach (var child in originalDiv) AppendSource(child, originalWords);
            original = QuotationTextParser.Parse(originalWords.ToMappedText(), page.Lines);
        }
        var fence = page.Lines.Locate(div.Span.Start, FenceLineEnd(div));
        NodeModel.Attach(div, AddQuotation(div.Attributes, true, text, original, fence));
    }

    private int FenceLineEnd(FencedDiv div)
    {
        int end = div.ContentStart;
        while (end > div.Span.Start && (page.Text[end - 1] == '\r' || page.Text[end - 1] == '\n')) end--;
        return end;
    }

    private void AppendSource(Block block, MappedText.Builder words)
    {
        // The quotation's words are taken from the source as written, so "[...]" is never read as a link.
        if (block is ContainerBlock container)
        {
            foreach (var child in container) AppendSource(child, words);
            return;
        }
        if (block.Span.IsEmpty || block is not LeafBlock) return;
        if (words.Length > 0) words.Append('\n', block.Span.Start);
        int end = Math.Min(block.Span.End + 1, page.Text.Length);
        words.Append(page.Text, block.Span.Start, end - block.Span.Start, block.Span.Start);
    }

    private Quotation AddQuotation(AttributeList attributes, bool isBlock, QuotationText text, QuotationText? original, SourceLocation location)
    {
        var idItem = attributes.Find("id") ?? attributes.Id;
        var from = attributes.Find("from");
        var quotation = new Quotation(idItem?.Value, isBlock, from is null ? Array.Empty<ParticipantRef>() : Participants(from),
            text, original, location, page, theme, subtheme, study.Quotations.Count);
        study.Quotations.Add(quotation);
        theme?.Quotations.Add(quotation);
        subtheme?.Quotations.Add(quotation);
        AddAnchor(idItem, "quotation", "");
        // "from=" with no ID says no more than no from= at all.
        if (quotation.From.Count == 0) study.QuotationsWithoutFrom.Add(quotation);
        return quotation;
    }

    private IReadOnlyList<ParticipantRef> Participants(AttributeItem item)
    {
        var list = new List<ParticipantRef>();
        string value = item.Value;
        int i = 0;
        while (i < value.Length)
        {
            while (i < value.Length && (char.IsWhiteSpace(value[i]) || value[i] == ',')) i++;
            int start = i;
            while (i < value.Length && !char.IsWhiteSpace(value[i]) && value[i] != ',') i++;
            if (i > start)
            {
                int sourceStart = item.ValueStart + start;
                list.Add(new ParticipantRef(value.Substring(start, i - start), Locate(sourceStart, sourceStart + i - start)));
            }
        }
        return list;
    }

    /// <summary>The text of inlines without Markdown, as a heading's title.</summary>
    public static string PlainText(ContainerInline container)
    {
        var builder = new StringBuilder();
        AppendPlain(container, builder);
        return builder.ToString();
    }

    private static void AppendPlain(ContainerInline container, StringBuilder builder)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: builder.Append(literal.Content.ToString()); break;
                case CodeInline code: builder.Append(code.Content); break;
                case HtmlEntityInline entity: builder.Append(entity.Transcoded.ToString()); break;
                case LineBreakInline: builder.Append(' '); break;
                case BracketedSpan span: builder.Append(span.Content); break;
                case ContainerInline child: AppendPlain(child, builder); break;
            }
        }
    }
}
