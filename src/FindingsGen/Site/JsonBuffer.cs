using System;
using System.Buffers;
using System.Text;
using System.Text.Json;

namespace FindingsGen.Site;

/// <summary>JSON the site writes into memory: <c>findings.json</c>, the quotation index, <c>serve</c>'s events.</summary>
internal static class JsonBuffer
{
    /// <summary>The UTF-8 that <paramref name="write"/> writes.</summary>
    public static ArrayBufferWriter<byte> Write(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, options)) write(json);
        return buffer;
    }

    /// <summary>The text that <paramref name="write"/> writes.</summary>
    public static string Text(JsonWriterOptions options, Action<Utf8JsonWriter> write) => Encoding.UTF8.GetString(Write(options, write).WrittenSpan);
}
