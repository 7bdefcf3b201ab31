using System.Security.Cryptography;
using System.Text;

namespace FindingsGen.Language.Tracing;

/// <summary>SHA-256 as lower-case hex, of UTF-8 text.</summary>
public static class Sha256Hex
{
    /// <summary>The hash of <paramref name="text"/>'s UTF-8 bytes.</summary>
    public static string Of(string text)
    {
        var sha = shared ??= SHA256.Create();
        byte[] buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Chunk * 3 + 3);
        try
        {
            // In chunks, so hashing a large transcript does not allocate a second copy of it.
            sha.Initialize();
            int start = 0;
            while (start < text.Length)
            {
                int length = System.Math.Min(Chunk, text.Length - start);
                // Never split a surrogate pair between chunks.
                if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1])) length--;
                int bytes = Encoding.UTF8.GetBytes(text, start, length, buffer, 0);
                sha.TransformBlock(buffer, 0, bytes, null, 0);
                start += length;
            }
            sha.TransformFinalBlock(buffer, 0, 0);
            return Hex(sha.Hash!);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private const int Chunk = 16 * 1024;

    [System.ThreadStatic]
    private static SHA256? shared;

    /// <summary>A hash as lower-case hex.</summary>
    internal static string Hex(byte[] hash)
    {
        const string digits = "0123456789abcdef";
        var chars = new char[hash.Length * 2];
        for (int i = 0; i < hash.Length; i++)
        {
            chars[2 * i] = digits[hash[i] >> 4];
            chars[2 * i + 1] = digits[hash[i] & 15];
        }
        return new string(chars);
    }

    /// <summary>The text as every host extracts it before hashing: no BOM, LF line ends.</summary>
    public static string Canonical(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text.Substring(1);
        return text.IndexOf('\r') < 0 ? text : text.Replace("\r\n", "\n").Replace('\r', '\n');
    }
}
