using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace FindingsGen.Language.Manifest;

/// <summary>
/// How a quotation's speaker is named on the site (<c>site.attribution</c>): text with placeholders, e.g.
/// <c>"{id}, {setting}, {years} years"</c> → "T1, hospital, 12 years". <c>{id}</c> is the participant's ID; any other
/// placeholder is a participant attribute. The template is a list of items separated by commas: an item with a
/// placeholder the participant has no value for is left out with its comma (T2 without <c>years</c> → "T2, private
/// practice"), so a missing attribute never prints as an empty gap or a bare "years".
/// </summary>
public sealed class AttributionTemplate
{
    /// <summary>The default: the participant's ID alone.</summary>
    public static AttributionTemplate Default { get; } = new("{id}", new[] { new[] { Part.Placeholder("id") } });

    private readonly IReadOnlyList<IReadOnlyList<Part>> items;

    private AttributionTemplate(string text, IReadOnlyList<IReadOnlyList<Part>> items)
    {
        Text = text;
        this.items = items;
    }

    /// <summary>The template as written.</summary>
    public string Text { get; }

    /// <summary>The placeholder names it uses, in order, each once (<c>id</c> included when used).</summary>
    public IReadOnlyList<string> Placeholders => items.SelectMany(i => i).Where(p => p.IsPlaceholder).Select(p => p.Value).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Reads <paramref name="text"/>; null with <paramref name="problem"/> set when a brace is unbalanced, a placeholder is
    /// empty, or no placeholder names the participant at all (an attribution must say who: <c>{id}</c> is required).
    /// </summary>
    public static AttributionTemplate? Parse(string text, out string? problem)
    {
        problem = null;
        var parsed = new List<IReadOnlyList<Part>>();
        foreach (string item in text.Split(','))
        {
            var parts = new List<Part>();
            var literal = new StringBuilder();
            for (int i = 0; i < item.Length; i++)
            {
                char c = item[i];
                if (c == '}')
                {
                    problem = "has a '}' without its '{'";
                    return null;
                }
                if (c != '{')
                {
                    literal.Append(c);
                    continue;
                }
                int close = item.IndexOf('}', i + 1);
                int nested = item.IndexOf('{', i + 1);
                if (close < 0 || (nested >= 0 && nested < close))
                {
                    problem = "has a '{' without its '}'";
                    return null;
                }
                string name = item.Substring(i + 1, close - i - 1).Trim();
                if (name.Length == 0)
                {
                    problem = "has an empty placeholder '{}'";
                    return null;
                }
                if (literal.Length > 0) parts.Add(Part.Literal(literal.ToString()));
                literal.Clear();
                parts.Add(Part.Placeholder(name));
                i = close;
            }
            if (literal.Length > 0) parts.Add(Part.Literal(literal.ToString()));
            parsed.Add(parts);
        }
        var template = new AttributionTemplate(text, parsed);
        if (!template.Placeholders.Contains("id"))
        {
            problem = "does not name the participant: put {id} in it (e.g. \"{id}, {setting}\")";
            return null;
        }
        return template;
    }

    /// <summary>The attribution of <paramref name="participant"/> (its ID alone when <paramref name="participant"/> is null: an ID the manifest does not list).</summary>
    public string Format(string id, Participant? participant)
    {
        var kept = new List<string>();
        foreach (var item in items)
        {
            var text = new StringBuilder();
            bool complete = true;
            foreach (var part in item)
            {
                if (!part.IsPlaceholder)
                {
                    text.Append(part.Value);
                    continue;
                }
                string? value = part.Value == "id" ? id : participant?.Attribute(part.Value);
                if (string.IsNullOrWhiteSpace(value))
                {
                    complete = false;
                    break;
                }
                text.Append(value);
            }
            if (complete && text.ToString().Trim().Length > 0) kept.Add(text.ToString().Trim());
        }
        return kept.Count == 0 ? id : string.Join(", ", kept);
    }

    private readonly struct Part
    {
        private Part(string value, bool isPlaceholder)
        {
            Value = value;
            IsPlaceholder = isPlaceholder;
        }

        public string Value { get; }
        public bool IsPlaceholder { get; }

        public static Part Literal(string text) => new(text, false);
        public static Part Placeholder(string name) => new(name, true);
    }
}
