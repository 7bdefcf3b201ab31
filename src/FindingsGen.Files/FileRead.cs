using System;

namespace FindingsGen.Files;

/// <summary>What <see cref="ContainedFile"/> read: the bytes, or why not, in words that name the file.</summary>
public sealed class FileRead
{
    private FileRead(byte[]? bytes, FileRefusal refusal, string? problem)
    {
        Bytes = bytes;
        Refusal = refusal;
        Problem = problem;
    }

    /// <summary>The file's bytes, or null when it was refused.</summary>
    public byte[]? Bytes { get; }
    /// <summary>Why the file was refused, or <see cref="FileRefusal.None"/>.</summary>
    public FileRefusal Refusal { get; }
    /// <summary>
    /// A clause saying what is wrong, starting with the file's name as the caller gave it
    /// ("notes.md is a link to a file outside the study folder"), or null when read.
    /// </summary>
    public string? Problem { get; }

    /// <summary>A file that was read.</summary>
    public static FileRead Read(byte[] bytes) => new(bytes, FileRefusal.None, null);

    /// <summary>A refused file.</summary>
    public static FileRead Refused(FileRefusal refusal, string problem)
    {
        if (refusal == FileRefusal.None) throw new ArgumentException("a refusal needs a reason", nameof(refusal));
        return new FileRead(null, refusal, problem);
    }
}
