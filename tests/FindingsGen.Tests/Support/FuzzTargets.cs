using System;
using FindingsGen.Fuzz;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>The fuzzing harness's targets, and the time each replayed input may take.</summary>
public static class FuzzTargets
{
    /// <summary>Every target's name.</summary>
    public static TheoryData<string> TargetNames() => new(Targets.Names);

    /// <summary>A bound far above any corpus input's time (milliseconds) that still turns a hang into a failure on a busy machine.</summary>
    internal static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);
}
