using System;
using System.Text;
using FindingsGen.Language.Text;

namespace FindingsGen.Files;

/// <summary>
/// Decodes a text transcript: UTF-8 (a BOM is fine), or UTF-16 with a BOM (Notepad's and Word's "Unicode"
/// text). Anything else is refused with the line and column of the first bad byte, never guessed.
/// </summary>
internal static class TranscriptText
{
    /// <summary>The text, or null with <paramref name="problem"/>; <paramref name="utf16"/> when it was UTF-16.</summary>
    public static string? TryDecode(byte[] bytes, out string? problem, out bool utf16)
    {
        problem = null;
        utf16 = bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
        if (utf16)
        {
            bool bigEndian = bytes[0] == 0xFE;
            try
            {
                if (bytes.Length % 2 != 0) throw new DecoderFallbackException("odd length");
                string text = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2);
                // A NUL means it is not UTF-16 text after all (UTF-32, or binary behind an FF FE).
                if (text.IndexOf('\0') < 0) return text;
            }
            catch (DecoderFallbackException)
            {
            }
            problem = "it is not valid UTF-16 text, though it starts with a UTF-16 byte order mark; save it as UTF-8";
            return null;
        }
        string? utf8 = Utf8Text.TryDecode(bytes, out int line, out int column);
        if (utf8 is null) problem = $"it is not UTF-8 text (line {line}, column {column}); save it as UTF-8";
        return utf8;
    }
}
