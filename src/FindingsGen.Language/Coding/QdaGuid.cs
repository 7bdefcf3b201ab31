using System;
using System.Collections.Generic;

namespace FindingsGen.Language.Coding;

/// <summary>
/// How REFI-QDA GUIDs are compared: ignoring case (MAXQDA writes them in upper case, QualCoder in lower case) and the
/// braces the schema allows around them (<c>{…}</c>), so a reference written by one package finds what another wrote.
/// </summary>
public static class QdaGuid
{
    /// <summary>A GUID in one spelling: trimmed, without braces, in lower case.</summary>
    public static string Normalize(string guid)
    {
        string g = guid.Trim();
        if (g.Length >= 2 && g[0] == '{' && g[g.Length - 1] == '}') g = g.Substring(1, g.Length - 2).Trim();
        return g.ToLowerInvariant();
    }

    /// <summary>True when two GUIDs name the same thing.</summary>
    public static bool Same(string a, string b) => string.Equals(Normalize(a), Normalize(b), StringComparison.Ordinal);

    /// <summary>An equality comparer by <see cref="Same"/>, for dictionaries keyed by GUID.</summary>
    public static IEqualityComparer<string> Comparer { get; } = new GuidComparer();

    private sealed class GuidComparer : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y) => x is null || y is null ? ReferenceEquals(x, y) : Same(x, y);
        public int GetHashCode(string obj) => StringComparer.Ordinal.GetHashCode(Normalize(obj));
    }
}
