using System.Security.Cryptography;
using System.Text;

namespace FindingsGen.Language.Tracing;

/// <summary>SHA-256 as lower-case hex, of UTF-8 text.</summary>
public static class Sha256Hex
{
    /// <summary>The hash of <paramref name="text"/>'s UTF-8 bytes.</summary>
    public static string Of(string text)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
        var builder = new StringBuilder(64);
        foreach (var b in hash) builder.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        return builder.ToString();
    }

    /// <summary>The text as every host extracts it before hashing: no BOM, LF line ends.</summary>
    public static string Canonical(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text.Substring(1);
        return text.IndexOf('\r') < 0 ? text : text.Replace("\r\n", "\n").Replace('\r', '\n');
    }
}
