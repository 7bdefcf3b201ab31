using System.Text;

namespace FindingsGen.Language.Text;

/// <summary>Decodes study files strictly as UTF-8 (a BOM is fine) and says where decoding fails.</summary>
public static class Utf8Text
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text, or null with the 1-based line and column of the first invalid byte.</summary>
    public static string? TryDecode(byte[] bytes, out int line, out int column)
    {
        line = column = 0;
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            string text = Strict.GetString(bytes, start, bytes.Length - start);
            int nul = System.Array.IndexOf(bytes, (byte)0, start);
            if (nul >= 0)
            {
                // A NUL byte means a binary file (a .docx renamed, an image), not text.
                Locate(bytes, start, nul - start, out line, out column);
                return null;
            }
            return text;
        }
        catch (DecoderFallbackException e)
        {
            int index = e.Index >= 0 ? start + e.Index : start;
            Locate(bytes, start, index - start, out line, out column);
            return null;
        }
    }

    private static void Locate(byte[] bytes, int start, int byteIndex, out int line, out int column)
    {
        // Counting bytes is exact for lines; the column counts bytes, which is what an editor's hex view shows.
        line = 1;
        int lineStart = start;
        int end = System.Math.Min(bytes.Length, start + System.Math.Max(0, byteIndex));
        for (int i = start; i < end; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        column = end - lineStart + 1;
    }
}
