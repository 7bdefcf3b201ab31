using System;
using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Dsl.Attributes;
using FindingsGen.Language.Model;
using FindingsGen.Language.Text;

namespace FindingsGen.Language.Rules;

/// <summary>
/// FG0010: a span, div or heading that looks like a construct but is not one (a misspelled class beside
/// <c>from=</c>/<c>of=</c>, a construct's class in the wrong case, a heading class one slip from <c>.theme</c>), or a
/// construct with an attribute it does not read (or one given twice, an empty <c>short=</c> label or a <c>code=</c> naming no code), a <c>.quote</c> div no closing fence ends, or a
/// quotation or claim written in a page's front matter (<see cref="FrontMatterConstructs"/>).
/// Either way the text would be published unchecked, so "clean" would be wrong. Reported at the attribute list.
/// </summary>
internal sealed class FG0010UnknownConstruct : IStudyRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0010", "Misspelled or unknown construct", Severity.Error, "Structure");

    /// <inheritdoc />
    public Rule Descriptor => Definition;

    private sealed class Construct
    {
        public Construct(string name, string what, params string[] keys)
        {
            Name = name;
            What = what;
            Keys = keys;
        }

        public string Name { get; }
        public string What { get; }
        public string[] Keys { get; }
    }

    private static readonly Construct SpanQuotation = new("quote", "an inline quotation", "from", "id", "original");
    private static readonly Construct SpanFreq = new("freq", "a frequency claim", "of");
    private static readonly Construct DivQuotation = new("quote", "a quotation", "from", "id");
    private static readonly Construct Original = new("original", "an original");
    private static readonly Construct Theme = new("theme", "a theme heading", "code", "short");
    private static readonly Construct Subtheme = new("subtheme", "a subtheme heading", "code", "short");

    /// <inheritdoc />
    public void Check(RuleContext context, DiagnosticList diagnostics)
    {
        var study = context.Study;
        foreach (var element in study.AttributedElements) Check(element, diagnostics);
        // A quotation or claim in front matter: published by Pandoc, blanked before parsing, so checked by nothing else.
        foreach (var page in study.Pages) diagnostics.AddRange(page.FrontMatterConstructs);
        foreach (var (page, list) in study.UnreadAttributeLists)
        {
            int column = page.Lines.Position(list.FailedAt).Column;
            diagnostics.Add(Definition, page.Lines.Locate(list.Start, Math.Max(list.FailedAt + 1, list.Start + 1)),
                $"this attribute list names a construct but cannot be read (from column {column} on), so what it is written on would pass as plain text; " +
                "write key=value pairs, with quotes around a value with spaces (from=\"T1 T2\")");
        }
    }

    // What each kind of element can be, built once: the rule runs on every attributed element of the study.
    private static readonly Construct[] SpanConstructs = { SpanQuotation, SpanFreq };
    private static readonly Construct[] DivConstructs = { DivQuotation };
    private static readonly Construct[] DivInQuotationConstructs = { DivQuotation, Original };
    private static readonly Construct[] HeadingConstructs = { Theme, Subtheme };

    private static Construct[] ConstructsOf(AttributedElementKind kind) => kind switch
    {
        AttributedElementKind.Span or AttributedElementKind.SpanInSpan => SpanConstructs,
        AttributedElementKind.Div => DivConstructs,
        AttributedElementKind.DivInQuotation => DivInQuotationConstructs,
        _ => HeadingConstructs,
    };

    private static void Check(AttributedElement element, DiagnosticList diagnostics)
    {
        var attributes = element.Attributes;
        var location = element.Page.Lines.Locate(attributes.Start, Math.Max(attributes.End, attributes.Start + 1));
        var constructs = ConstructsOf(element.Kind);
        var construct = constructs.FirstOrDefault(c => attributes.HasClass(c.Name));
        string what = element.Kind is AttributedElementKind.Heading or AttributedElementKind.NestedHeading ? "heading" : element.Kind is AttributedElementKind.Span or AttributedElementKind.SpanInSpan ? "span" : "div";
        if (construct is null)
        {
            NotAConstruct(attributes, constructs, what, location, diagnostics);
            return;
        }

        if (element.Kind == AttributedElementKind.NestedHeading && construct == Theme)
        {
            diagnostics.Add(Definition, location,
                "a theme heading inside a list, a block quotation or a div cannot start its theme's page, so its words would stay on the page before; write it at the start of a line, outside the list, quotation or div");
        }
        if (element.Kind == AttributedElementKind.SpanInSpan)
        {
            // The outer span's text is read as its words: this one's from= or of= is never read and it would be published unchecked.
            diagnostics.Add(Definition, location,
                $"{construct.What} inside another span's or an image's text is read as that text, so it is never checked; take it out of the outer [...]{{...}} or ![...](...)");
        }
        if (element.Kind == AttributedElementKind.DivInQuotation && construct == DivQuotation)
        {
            // The model reads a quotation's words up to its end: a quotation inside it would be taken as those words, its
            // from= never read and its own words never traced.
            diagnostics.Add(Definition, location,
                "a quotation cannot hold another quotation, so this one's from= would be ignored and its words taken as the outer one's; close the outer quotation (:::) before this one");
        }
        foreach (var cls in attributes.Classes)
        {
            // A second class one slip from a construct (.quote .qoute) is a typo beside the real one, not a style.
            if (cls == construct.Name || cls.Length > 40) continue;
            if (constructs.FirstOrDefault(c => c.Name != cls && IsSlip(cls, c.Name, claims: true)) is { } meant)
            {
                diagnostics.Add(Definition, location, $"'.{cls}' beside .{construct.Name} is not a construct; did you mean .{meant.Name}? (remove it if it is a slip)");
            }
        }
        if (element.Unclosed)
        {
            diagnostics.Add(Definition, location,
                $"this .{construct.Name} div is never closed, so everything after it on the page is taken as its words; end it with a line of colons (:::)");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in attributes.Items)
        {
            if (item.Key == "#" || item.Key == ".") continue;
            if (!construct.Keys.Contains(item.Key, StringComparer.Ordinal))
            {
                string takes = construct.Keys.Length == 0 ? "it takes only an #id and classes"
                    : "it takes " + string.Join(", ", construct.Keys.Select(k => k + "=")) + ", an #id and classes";
                string? near = Nearest(item.Key, construct.Keys);
                diagnostics.Add(Definition, location,
                    $"'{item.Key}=' is not an attribute of {construct.What}, so it would be ignored" +
                    (near is not null ? $"; did you mean {near}=?" : "") + $" ({takes})");
            }
            else if (!seen.Add(item.Key))
            {
                diagnostics.Add(Definition, location,
                    $"'{item.Key}=' is given twice; only the first would be read: write it once, with every value in it");
            }
            else if (item.Key == "short" && string.IsNullOrWhiteSpace(item.Value))
            {
                // An empty label would be ignored (the site shortens the title itself), which the author did not ask for.
                diagnostics.Add(Definition, location,
                    "'short=' is empty, so it would be ignored and the site would shorten the title itself; write the label the navigation should show (short=\"Afterwards\"), or remove short=");
            }
            else if (item.Key == "code" && Model.StudyParser.CodeNames(item.Value).Count == 0)
            {
                // An empty code= would tie the section to no code, so the coding checks would pass it unseen.
                diagnostics.Add(Definition, location,
                    "'code=' names no code, so the section would be checked against no coding; write the QDA code's name or GUID (code=\"Peer support\"; several separated by commas), or remove code=");
            }
        }
    }

    private static void NotAConstruct(AttributeList attributes, Construct[] constructs, string what, SourceLocation location, DiagnosticList diagnostics)
    {
        bool claims = attributes.Find("from") is not null || attributes.Find("of") is not null;
        // The class the author most likely meant: same letters in another case, a slip of a letter or two, or a longer
        // spelling of the name (".frequency").
        foreach (var cls in attributes.Classes)
        {
            foreach (var construct in constructs)
            {
                bool sameButCase = string.Equals(cls, construct.Name, StringComparison.OrdinalIgnoreCase);
                bool near = cls.Length <= 40 && (IsSlip(cls, construct.Name, claims) || cls.StartsWith(construct.Name, StringComparison.OrdinalIgnoreCase));
                // A class one slip from a construct is reported on its own on headings (they carry few classes) and where
                // the case differs; elsewhere only beside from=/of=, as a styling class may be anything.
                if (sameButCase || (near && (claims || what == "heading")))
                {
                    string outcome = what == "heading"
                        ? $"so this is an ordinary heading, not a {construct.Name}"
                        : $"so this {what} would be published as ordinary text and never checked";
                    diagnostics.Add(Definition, location,
                        $"'.{cls}' is not a construct, {outcome}; did you mean .{construct.Name}?" + (sameButCase ? " (class names are case-sensitive)" : ""));
                    return;
                }
            }
        }
        if (!claims) return;
        // from= or of= with no construct: the attribute itself says what was meant.
        var guess = attributes.Find("of") is not null && constructs.Contains(SpanFreq) ? SpanFreq : constructs.FirstOrDefault(c => c.Name == "quote");
        string classes = attributes.Classes.Any() ? string.Join(" ", attributes.Classes.Select(c => "'." + c + "'")) + " is not a construct" : "it has no construct class";
        diagnostics.Add(Definition, location,
            $"this {what} has {(attributes.Find("from") is not null ? "from=" : "of=")} but {classes}, so it would be published as ordinary text and never checked" +
            (guess is not null ? $"; did you mean .{guess.Name}?" : "; remove from=/of= if it is meant as plain text"));
    }

    /// <summary>
    /// True when <paramref name="written"/> is a slip of one letter from <paramref name="name"/>, or of two (a swap) beside
    /// from=/of= or in a long name.
    /// </summary>
    private static bool IsSlip(string written, string name, bool claims)
    {
        int allowed = claims || name.Length >= 8 ? 2 : 1;
        return Math.Abs(written.Length - name.Length) <= allowed
            && EditDistance.Characters(written.ToLowerInvariant(), name) <= allowed;
    }

    private static string? Nearest(string key, string[] keys)
    {
        // A quotation says who with from=, a claim counts with of=: the one written on the other is a slip too.
        if (key == "from" && keys.Contains("of")) return "of";
        if (key == "of" && keys.Contains("from")) return "from";
        if (key.Length > 40) return null;
        return Suggestion.Nearest(key, keys, candidate => Math.Max(1, candidate.Length / 2));
    }
}
