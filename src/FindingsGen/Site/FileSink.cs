using System;

namespace FindingsGen.Site;

/// <summary>Receives a file of the site as it is made: the bytes are valid only during the call (their buffer is reused).</summary>
public delegate void FileSink(ReadOnlySpan<byte> bytes);
