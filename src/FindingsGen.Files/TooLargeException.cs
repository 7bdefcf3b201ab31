using System;

namespace FindingsGen.Files;

/// <summary>Thrown by <see cref="CappedStream"/>: more bytes than a file of its kind may hold.</summary>
internal sealed class TooLargeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TooLargeException() : base("more bytes than the limit") { }
}
