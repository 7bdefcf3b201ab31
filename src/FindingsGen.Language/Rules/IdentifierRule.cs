using System;
using System.Collections.Generic;
using System.Text;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Model;

namespace FindingsGen.Language.Rules;

/// <summary>
/// FG0301: a quotation (its translation or its original) contains a term of the private identifiers list:
/// whole word, case-insensitive, also across line breaks. The message gives the position, never the list.
/// </summary>
public static class IdentifierRule
{
    /// <summary>Screens every quotation against the list's terms (one a line; blank lines and # comments ignored).</summary>
    public static void Check(Study study, string identifiersText, DiagnosticList diagnostics)
    {
        var terms = new List<string>();
        foreach (var raw in identifiersText.Split('\n'))
        {
            string term = Collapse(raw.Trim(), null);
            if (term.Length > 0 && term[0] != '#') terms.Add(term);
        }
        if (terms.Count == 0) return;

        foreach (var quotation in study.Quotations)
        {
            Screen(quotation, quotation.Text, terms, diagnostics);
            if (quotation.Original is { } original) Screen(quotation, original, terms, diagnostics);
        }
    }

    private static void Screen(Quotation quotation, QuotationText text, List<string> terms, DiagnosticList diagnostics)
    {
        var map = new List<int>();
        string flat = Collapse(text.Text, map);
        var reported = new List<(int Start, int End)>();
        foreach (var term in terms)
        {
            int at = 0;
            while ((at = flat.IndexOf(term, at, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                int end = at + term.Length;
                bool whole = (at == 0 || !char.IsLetterOrDigit(flat[at - 1])) && (end == flat.Length || !char.IsLetterOrDigit(flat[end]));
                if (whole && !reported.Exists(r => at < r.End && end > r.Start))
                {
                    reported.Add((at, end));
                    var location = quotation.Page.Lines.Locate(text.Source.SourceOffset(map[at]), text.Source.SourceEnd(map[end - 1] + 1));
                    diagnostics.Add(RuleTable.FG0301, location,
                        $"this quotation contains a term from the private identifiers list (line {location.Line}, column {location.Column}, {term.Length} characters); replace it with a pseudonym or a description in [brackets]");
                }
                at = end;
            }
        }
    }

    /// <summary>Whitespace runs as one space; <paramref name="map"/> receives each kept character's index.</summary>
    private static string Collapse(string s, List<int>? map)
    {
        var builder = new StringBuilder(s.Length);
        bool space = false;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsWhiteSpace(s[i]))
            {
                if (!space && builder.Length > 0)
                {
                    builder.Append(' ');
                    map?.Add(i);
                }
                space = true;
                continue;
            }
            space = false;
            builder.Append(s[i]);
            map?.Add(i);
        }
        return builder.ToString();
    }
}
