using System;

namespace FindingsGen.Cli;

/// <summary>
/// A one-shot command (<c>build</c>, <c>check</c>) is a batch job that exits as soon as it is done: collecting garbage
/// that the exit would drop anyway is wasted work (up to a fifth of a large build). Such a command allocates its first
/// <see cref="Budget"/> without a collection; past that, the collector runs as usual. <c>serve</c>, which lives on, does not.
/// </summary>
public static class BatchMemory
{
    /// <summary>What a command may allocate before the first collection.</summary>
    public const long Budget = 256L * 1024 * 1024;

    /// <summary>Starts the budget; where the runtime cannot give it (a small container), collections run as usual.</summary>
    public static void CollectOnlyPastBudget()
    {
        try
        {
            GC.TryStartNoGCRegion(Budget);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // More than this runtime's heap allows, or a budget already running: nothing to change.
        }
    }
}
