using System.Text;
using System.Text.RegularExpressions;

namespace FindingsGen.Language.Coding;

/// <summary>
/// The participant ID a QDA case's (or a caseless source's) name becomes on import: a participant ID is one word, so
/// letters, digits, '-', '_' and '.' are kept and anything else becomes '-'. The coding checks use the same function to
/// find the case of a participant whose ID the import made from a name that was not a valid ID ("Anna K." → Anna-K).
/// </summary>
public static class QdaParticipantId
{
    /// <summary>The ID for <paramref name="name"/>; empty when nothing of it can be kept.</summary>
    public static string For(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (char c in name.Trim()) builder.Append(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        string id = Regex.Replace(builder.ToString(), "-{2,}", "-").Trim('-', '.');
        return id.Length > 40 ? id.Substring(0, 40).TrimEnd('-', '.') : id;
    }

    /// <summary>A source's name without its extension ("P1.txt" → "P1"), as the import names a participant after a caseless source.</summary>
    public static string SourceStem(string sourceName)
    {
        int dot = sourceName.LastIndexOf('.');
        return dot > 0 ? sourceName.Substring(0, dot) : sourceName;
    }
}
