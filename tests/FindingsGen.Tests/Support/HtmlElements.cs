using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;

namespace FindingsGen.Tests;

/// <summary>
/// The div and span elements of an HTML fragment as Pandoc writes it (well-nested, attributes in double quotes),
/// each with its attributes and its text, in document order. Enough to read Pandoc's output, not a general parser.
/// </summary>
public static class HtmlElements
{
    public sealed record Element(string Tag, IReadOnlyDictionary<string, string> Attributes, string Text)
    {
        public IReadOnlyList<string> Classes => Attributes.TryGetValue("class", out var c) ? c.Split(' ', System.StringSplitOptions.RemoveEmptyEntries) : new string[0];
    }

    private static readonly Regex Tag = new(@"<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>", RegexOptions.CultureInvariant);
    private static readonly Regex Attribute = new(@"([a-zA-Z_:][-a-zA-Z0-9_:.]*)=""([^""]*)""", RegexOptions.CultureInvariant);

    /// <summary>Every div and span, in the order they open.</summary>
    public static List<Element> DivsAndSpans(string html)
    {
        var found = new List<(int Order, Element Element)>();
        var open = new Stack<(string Name, int Order, int ContentStart, Dictionary<string, string> Attributes)>();
        int order = 0;
        foreach (Match m in Tag.Matches(html))
        {
            string name = m.Groups[2].Value.ToLowerInvariant();
            if (name != "div" && name != "span") continue;
            if (m.Groups[1].Value.Length == 0)
            {
                var attributes = Attribute.Matches(m.Groups[3].Value).ToDictionary(a => a.Groups[1].Value, a => WebUtility.HtmlDecode(a.Groups[2].Value));
                open.Push((name, order++, m.Index + m.Length, attributes));
                continue;
            }
            var (openName, openOrder, start, attrs) = open.Pop();
            if (openName != name) throw new System.InvalidOperationException($"</{name}> closes <{openName}>: not Pandoc's well-nested HTML");
            found.Add((openOrder, new Element(name, attrs, TextOf(html.Substring(start, m.Index - start)))));
        }
        return found.OrderBy(f => f.Order).Select(f => f.Element).ToList();
    }

    /// <summary>The text of an HTML fragment: tags removed, entities decoded.</summary>
    public static string TextOf(string html) => WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]*>", ""));
}
