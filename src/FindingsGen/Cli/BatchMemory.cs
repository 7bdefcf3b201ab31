using System;

namespace FindingsGen.Cli;

/// <summary>
/// A one-shot command (<c>build</c>, <c>check</c>) is a batch job that exits as soon as it is done: collecting garbage
/// that the exit would drop anyway is wasted work (up to a fifth of a large build). Such a command allocates its first
/// <see cref="BudgetFor">budget</see> without a collection, in huge pages where Linux gives them on request; past the budget,
/// the collector runs as usual. <c>serve</c>, which lives on, does neither.
/// </summary>
public static class BatchMemory
{
    /// <summary>The most a command may allocate before the first collection (a 1,000-page study fits in it).</summary>
    public const long MostBudget = 256L * 1024 * 1024;

    /// <summary>Below this, a budget is not worth a region of its own.</summary>
    public const long LeastBudget = 32L * 1024 * 1024;

    /// <summary>
    /// The budget where <paramref name="available"/> bytes are available to the process (the machine's memory, or the
    /// container's limit): a quarter of it, at most <see cref="MostBudget"/>, and none when that is under <see cref="LeastBudget"/>.
    /// </summary>
    public static long BudgetFor(long available)
    {
        long quarter = available / 4;
        return quarter < LeastBudget ? 0 : Math.Min(MostBudget, quarter);
    }

    /// <summary>The budget this process started with, in bytes; 0 when it runs with the collector's defaults.</summary>
    public static long Started { get; private set; }

    /// <summary>Sets a batch command's memory up: the budget this process can afford, and huge pages where they are given on request.</summary>
    public static void PrepareForBatch()
    {
        Start(BudgetFor(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes));
        // The budget is fresh memory: taken in huge pages, it costs the kernel far fewer page faults.
        OnHugePages = HugePages.ForGcHeap();
    }

    /// <summary>Whether the heap was put on transparent huge pages (Linux, where they are given on request).</summary>
    public static bool OnHugePages { get; private set; }

    /// <summary>Starts a budget of <paramref name="bytes"/>; false, and nothing changed, when the runtime cannot give it.</summary>
    internal static bool Start(long bytes)
    {
        if (bytes <= 0) return false;
        try
        {
            if (!GC.TryStartNoGCRegion(bytes)) return false;
            Started = bytes;
            return true;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // More than this runtime's heap allows, or a budget already running: collections run as usual.
            return false;
        }
    }
}
