namespace FindingsGen.Files;

/// <summary>What kind of file system entry a path names, without following a link at its end.</summary>
internal enum FileType
{
    /// <summary>Nothing is there.</summary>
    Missing,
    /// <summary>A regular file: the only kind that is read.</summary>
    Regular,
    /// <summary>A folder.</summary>
    Directory,
    /// <summary>A symbolic link (or a Windows junction).</summary>
    Link,
    /// <summary>A FIFO, a socket or a device: opening one may block forever or never end.</summary>
    Special,
}
