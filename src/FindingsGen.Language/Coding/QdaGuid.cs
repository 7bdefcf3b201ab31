using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace FindingsGen.Language.Coding;

/// <summary>
/// How REFI-QDA GUIDs are compared: ignoring case (MAXQDA writes them in upper case, QualCoder in lower case) and the
/// braces the schema allows around them (<c>{…}</c>), so a reference written by one package finds what another wrote;
/// and the stable GUIDs an export gives a study's constructs: each derived from what the study already names uniquely
/// (a theme's ID, a participant's ID, a quotation's hash), so exporting the same study again gives the same GUIDs and the
/// QDA package sees the same codes and cases, not new ones.
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

    // Name-based GUIDs (RFC 4122 version 5, SHA-1) in a namespace of FindingsGen's own: a fixed, arbitrary GUID.
    private static readonly byte[] Namespace = new Guid("5b0d7a4e-3c9f-4e62-9a1d-2f6c8e4b7d10").ToByteArray();

    /// <summary>The GUID for <paramref name="kind"/> ("theme", "participant"…) and <paramref name="key"/> (its ID), in lower case.</summary>
    public static string For(string kind, string key)
    {
        byte[] space = NetworkOrder(Namespace);
        byte[] name = Encoding.UTF8.GetBytes(kind + "\u0000" + key);
        byte[] input = new byte[space.Length + name.Length];
        Buffer.BlockCopy(space, 0, input, 0, space.Length);
        Buffer.BlockCopy(name, 0, input, space.Length, name.Length);
        byte[] hash;
        using (var sha1 = SHA1.Create()) hash = sha1.ComputeHash(input);
        var bytes = new byte[16];
        Array.Copy(hash, bytes, 16);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50); // version 5
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(NetworkOrder(bytes)).ToString("D");
    }

    /// <summary>
    /// True when <paramref name="text"/> is a GUID as the schema's <c>GUIDType</c> allows: 8-4-4-4-12 hexadecimal digits,
    /// optionally in braces (either case).
    /// </summary>
    public static bool IsGuid(string text)
    {
        string s = text.Length == 38 && text[0] == '{' && text[37] == '}' ? text.Substring(1, 36) : text;
        if (s.Length != 36) return false;
        for (int i = 0; i < 36; i++)
        {
            bool dash = i is 8 or 13 or 18 or 23;
            char c = s[i];
            if (dash ? c != '-' : !Uri.IsHexDigit(c)) return false;
        }
        return true;
    }

    /// <summary><see cref="Guid.ToByteArray"/> keeps the first three fields little-endian; RFC 4122 hashes them big-endian.</summary>
    private static byte[] NetworkOrder(byte[] bytes)
    {
        var b = (byte[])bytes.Clone();
        Array.Reverse(b, 0, 4);
        Array.Reverse(b, 4, 2);
        Array.Reverse(b, 6, 2);
        return b;
    }
}
