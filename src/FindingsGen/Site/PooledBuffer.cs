using System;
using System.Buffers;

namespace FindingsGen.Site;

/// <summary>
/// A growing UTF-8 buffer on arrays rented from the shared pool and returned when disposed, for the site's data files:
/// each is made into it and written from it, and the next file reuses the memory instead of the collector finding more.
/// </summary>
internal sealed class PooledBuffer : IBufferWriter<byte>, IDisposable
{
    private byte[] bytes;
    private int length;

    public PooledBuffer(int capacity = 64 * 1024) => bytes = ArrayPool<byte>.Shared.Rent(capacity);

    /// <summary>What was written.</summary>
    public ReadOnlySpan<byte> WrittenSpan => bytes.AsSpan(0, length);

    public void Advance(int count) => length += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return bytes.AsMemory(length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return bytes.AsSpan(length);
    }

    private void Ensure(int sizeHint)
    {
        int need = Math.Max(sizeHint, 1);
        if (bytes.Length - length >= need) return;
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(bytes.Length * 2, length + need));
        bytes.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(bytes);
        bytes = larger;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(bytes);
        bytes = Array.Empty<byte>();
        length = 0;
    }
}
