namespace FindingsGen.Files;

/// <summary>Why <see cref="ContainedFile"/> did not hand over a file's bytes.</summary>
public enum FileRefusal
{
    /// <summary>The file was read.</summary>
    None,
    /// <summary>Nothing is at the path (not even a link).</summary>
    Missing,
    /// <summary>The path, or a link on the way to the file, leads outside the folder the file must stay in.</summary>
    Outside,
    /// <summary>A link whose target does not exist, or a chain of links too long to follow (a loop).</summary>
    BrokenLink,
    /// <summary>Not a regular file: a folder, a FIFO, a socket or a device (reading one may block forever).</summary>
    NotRegular,
    /// <summary>Larger than the limit for its kind of file.</summary>
    TooLarge,
    /// <summary>The operating system refused to read it (permissions, an I/O error).</summary>
    Unreadable,
}
