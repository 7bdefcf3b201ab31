using System;
using System.IO;

namespace FindingsGen.Files;

/// <summary>
/// A read-only view of a stream that throws <see cref="TooLargeException"/> past a number of bytes: how a
/// decompressing stream is read when its header's "uncompressed size" may lie.
/// </summary>
internal sealed class CappedStream : Stream
{
    private readonly Stream inner;
    private readonly long cap;
    private long read;

    public CappedStream(Stream inner, long cap)
    {
        this.inner = inner;
        this.cap = cap;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Counted(inner.Read(buffer));

    private int Counted(int n)
    {
        read += n;
        if (read > cap) throw new TooLargeException();
        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
