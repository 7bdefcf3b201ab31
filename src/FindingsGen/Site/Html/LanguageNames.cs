using System.Collections.Generic;

namespace FindingsGen.Site.Html;

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
        string primary = tag.Split('-')[0];
        return Names.TryGetValue(primary, out var name) ? name : tag;
    }
}
