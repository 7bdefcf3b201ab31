using System;

namespace FindingsGen.Site;

/// <summary>
/// One file of the site, not yet made: <paramref name="Path"/> relative to the site's root ('/'-separated), whether it is an
/// HTML page (counted and checked as one), and how to make its bytes (may throw <see cref="TemplateException"/>).
/// <c>findings serve</c> takes each job's bytes (<see cref="Make"/>); <c>findings build</c> streams them (<see cref="MakeInto"/>):
/// made into a buffer the thread reuses and handed on to be written, with no array of the file's own.
/// </summary>
public sealed record RenderJob(string Path, bool IsPage, Func<byte[]> Make)
{
    /// <summary>Makes the file into a reused buffer and gives its bytes to the sink; null when the job only has <see cref="Make"/>.</summary>
    public Action<FileSink>? Stream { get; init; }

    /// <summary>A job that makes its file into a reused buffer (<paramref name="stream"/>), and a copy of it when asked for the bytes.</summary>
    public static RenderJob Streamed(string path, bool isPage, Action<FileSink> stream) =>
        new(path, isPage, () =>
        {
            byte[]? made = null;
            stream(bytes => made = bytes.ToArray());
            return made!;
        }) { Stream = stream };

    /// <summary>Makes the file and gives its bytes to <paramref name="sink"/> (valid only during the call).</summary>
    public void MakeInto(FileSink sink)
    {
        if (Stream is { } stream) stream(sink);
        else sink(Make());
    }
}
