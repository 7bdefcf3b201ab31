using System;
using System.Diagnostics;
using System.Threading;

namespace FindingsGen.Fuzz;

/// <summary>
/// Runs inputs on a thread of its own, so that an input that takes too long is a finding rather than a stalled
/// campaign. A thread cannot be stopped safely: after a timeout the worker is abandoned (its thread is a background
/// thread) and the caller makes a new one.
/// </summary>
internal sealed class Worker
{
    private readonly SemaphoreSlim start = new(0);
    private readonly SemaphoreSlim done = new(0);
    private FuzzTarget? target;
    private byte[] input = Array.Empty<byte>();
    private Verdict? verdict;

    /// <summary>Starts the worker's thread.</summary>
    public Worker()
    {
        var thread = new Thread(Loop) { IsBackground = true, Name = "fuzz worker" };
        thread.Start();
    }

    /// <summary>False once an input overran its time: the thread may still be running it.</summary>
    public bool Usable { get; private set; } = true;

    /// <summary>Runs <paramref name="data"/> through <paramref name="fuzzTarget"/>; a run longer than <paramref name="budget"/> is a violation.</summary>
    public Verdict Run(FuzzTarget fuzzTarget, byte[] data, TimeSpan budget, out TimeSpan elapsed)
    {
        if (!Usable) throw new InvalidOperationException("the worker was abandoned after a timeout");
        target = fuzzTarget;
        input = data;
        verdict = null;
        var watch = Stopwatch.StartNew();
        start.Release();
        bool finished = done.Wait(budget);
        elapsed = watch.Elapsed;
        if (finished) return verdict!;
        Usable = false;
        var timedOut = new Verdict();
        timedOut.Fail("time", $"no result after {budget.TotalSeconds:0.#} s (the bound per input)");
        timedOut.Feature("timeout");
        return timedOut;
    }

    private void Loop()
    {
        while (true)
        {
            start.Wait();
            verdict = target!.Execute(input);
            done.Release();
        }
    }
}
