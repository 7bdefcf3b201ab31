using System;
using System.Diagnostics;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// Runs a read of hostile input and asserts it stayed within bounds: a generous time (a guard against a hang, not a
/// benchmark) and the bytes this thread allocated (a guard against reading a bomb into memory).
/// </summary>
public static class BoundedRun
{
    public static T Within<T>(Func<T> read, long maxAllocatedBytes, double maxSeconds = 10)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        T result = read();
        clock.Stop();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(clock.Elapsed.TotalSeconds < maxSeconds, $"took {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(allocated < maxAllocatedBytes, $"allocated {allocated / (1 << 20)} MiB, more than {maxAllocatedBytes / (1 << 20)} MiB");
        return result;
    }
}
