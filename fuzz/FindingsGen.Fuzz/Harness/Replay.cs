using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FindingsGen.Fuzz;

/// <summary>Runs every stored input of a folder through its target with the oracles and the time bound: the regression tests.</summary>
internal static class Replay
{
    /// <summary>The inputs stored in <paramref name="folder"/> (a note beside an input, <c>*.why</c>, is not one), in name order.</summary>
    public static IEnumerable<string> Inputs(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder).Where(f => !f.EndsWith(".why", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith(".", StringComparison.Ordinal))
                .OrderBy(f => f, StringComparer.Ordinal)
            : Enumerable.Empty<string>();

    /// <summary>One line per input that breaks an oracle; <paramref name="replayed"/> counts the inputs run.</summary>
    public static List<string> Run(string targetName, string folder, TimeSpan budget, out int replayed)
    {
        var target = Targets.Create(targetName);
        var failures = new List<string>();
        var worker = new Worker();
        replayed = 0;
        // An empty input first, unchecked and unbounded in practice: it pays for compiling the code under test.
        worker.Run(target, Array.Empty<byte>(), TimeSpan.FromSeconds(60), out _);
        if (!worker.Usable) worker = new Worker();
        foreach (string file in Inputs(folder))
        {
            if (!worker.Usable) worker = new Worker();
            var verdict = worker.Run(target, File.ReadAllBytes(file), budget, out _);
            replayed++;
            foreach (var v in verdict.Violations) failures.Add($"{targetName}/{Path.GetFileName(file)}: {v}");
        }
        return failures;
    }
}
