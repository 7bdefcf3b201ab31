using System.Collections.Generic;

namespace FindingsGen.Language.Text;

/// <summary>English names of the interview languages researchers report from (BCP 47 primary tags).</summary>
public static class LanguageNames
{
    private static readonly Dictionary<string, string> Names = new(System.StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "English", ["nb"] = "Norwegian Bokmål", ["nn"] = "Norwegian Nynorsk", ["no"] = "Norwegian", ["da"] = "Danish",
        ["sv"] = "Swedish", ["fi"] = "Finnish", ["is"] = "Icelandic", ["de"] = "German", ["nl"] = "Dutch", ["fr"] = "French",
        ["es"] = "Spanish", ["pt"] = "Portuguese", ["it"] = "Italian", ["pl"] = "Polish", ["cs"] = "Czech", ["el"] = "Greek",
        ["tr"] = "Turkish", ["ar"] = "Arabic", ["he"] = "Hebrew", ["zh"] = "Chinese", ["ja"] = "Japanese", ["ko"] = "Korean",
    };

    /// <summary>The language's English name, or the tag itself.</summary>
    public static string Name(string tag)
    {
        return Names.TryGetValue(Primary(tag), out var name) ? name : tag;
    }

    /// <summary>The primary subtag, lower-case: "en-GB" is "en".</summary>
    public static string Primary(string tag) => tag.Trim().Split('-', '_')[0].ToLowerInvariant();

    /// <summary>True when two tags name the same language (en and en-GB do; nb and no do not).</summary>
    public static bool Same(string a, string b) => Primary(a) == Primary(b);
}
