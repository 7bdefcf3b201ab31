namespace FindingsGen.Language.Tracing;

/// <summary>
/// UTF-8 encoding and decoding of single characters, for the transcript index (<see cref="TranscriptIndex"/>), which
/// writes its bytes one character at a time and reads the character before a match (netstandard2.0 has no Rune).
/// </summary>
internal static class Utf8
{
    /// <summary>Writes <paramref name="codePoint"/> at <paramref name="at"/>; returns the offset after it. A lone surrogate is written as U+FFFD, as the encoder does.</summary>
    public static int Append(byte[] buffer, int at, int codePoint)
    {
        if (codePoint >= 0xD800 && codePoint <= 0xDFFF) codePoint = 0xFFFD;
        if (codePoint < 0x80)
        {
            buffer[at++] = (byte)codePoint;
        }
        else if (codePoint < 0x800)
        {
            buffer[at++] = (byte)(0xC0 | (codePoint >> 6));
            buffer[at++] = (byte)(0x80 | (codePoint & 0x3F));
        }
        else if (codePoint < 0x10000)
        {
            buffer[at++] = (byte)(0xE0 | (codePoint >> 12));
            buffer[at++] = (byte)(0x80 | ((codePoint >> 6) & 0x3F));
            buffer[at++] = (byte)(0x80 | (codePoint & 0x3F));
        }
        else
        {
            buffer[at++] = (byte)(0xF0 | (codePoint >> 18));
            buffer[at++] = (byte)(0x80 | ((codePoint >> 12) & 0x3F));
            buffer[at++] = (byte)(0x80 | ((codePoint >> 6) & 0x3F));
            buffer[at++] = (byte)(0x80 | (codePoint & 0x3F));
        }
        return at;
    }

    /// <summary>
    /// Where the character that ends just before <paramref name="end"/> starts (the index's bytes are well-formed UTF-8:
    /// continuation bytes are skipped back over to the lead byte), and its code point.
    /// </summary>
    public static int StartBefore(byte[] bytes, int end, out int codePoint)
    {
        int start = end - 1;
        while (start > 0 && end - start < 4 && (bytes[start] & 0xC0) == 0x80) start--;
        codePoint = Decode(bytes, start, out _);
        return start;
    }

    /// <summary>The code point at <paramref name="at"/> and its length in bytes.</summary>
    public static int Decode(byte[] bytes, int at, out int length)
    {
        byte lead = bytes[at];
        if (lead < 0x80)
        {
            length = 1;
            return lead;
        }
        if (lead >= 0xF0)
        {
            length = 4;
            return ((lead & 0x07) << 18) | ((bytes[at + 1] & 0x3F) << 12) | ((bytes[at + 2] & 0x3F) << 6) | (bytes[at + 3] & 0x3F);
        }
        if (lead >= 0xE0)
        {
            length = 3;
            return ((lead & 0x0F) << 12) | ((bytes[at + 1] & 0x3F) << 6) | (bytes[at + 2] & 0x3F);
        }
        length = 2;
        return ((lead & 0x1F) << 6) | (bytes[at + 1] & 0x3F);
    }
}
