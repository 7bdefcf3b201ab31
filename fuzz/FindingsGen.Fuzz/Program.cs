using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace FindingsGen.Fuzz;

/// <summary>
/// <c>dotnet run --project fuzz/FindingsGen.Fuzz -c Release -- --target page --execs 200000 --seed 1</c>: the fuzzing
/// campaign (see docs/fuzzing.md). <c>--replay</c> runs the stored inputs through the oracles instead.
/// </summary>
internal static class Program
{
    private const string Usage =
        "usage: FindingsGen.Fuzz --target NAME|all [--execs N] [--seconds S] [--seed N] [--budget-ms MS] [--no-save] [--in-process] [--fuzz-folder DIR]\n" +
        "       FindingsGen.Fuzz --replay [--target NAME|all] [--pending]\n" +
        "       FindingsGen.Fuzz --target NAME --show FILE   (runs one input: its violations and features)\n" +
        "       FindingsGen.Fuzz --promote [--target NAME|all]   (moves pending findings that now pass to fuzz/crashes/)\n" +
        "targets: ";

    private static int Main(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] is "--no-save" or "--in-process" or "--child" or "--replay" or "--pending" or "--promote" or "--help") flags.Add(args[i]);
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length) options[args[i]] = args[++i];
            else return Fail($"unexpected argument '{args[i]}'");
        }
        if (flags.Contains("--help")) return Fail("");
        string targetOption = options.GetValueOrDefault("--target", flags.Contains("--replay") || flags.Contains("--promote") ? "all" : "");
        if (targetOption.Length == 0) return Fail("name a target");
        string[] targets = targetOption == "all" ? Targets.Names : targetOption.Split(',');
        if (targets.FirstOrDefault(t => !Targets.Names.Contains(t)) is { } unknown) return Fail($"unknown target '{unknown}'");
        string? fuzzFolder = options.GetValueOrDefault("--fuzz-folder") ?? FindFuzzFolder();
        if (fuzzFolder is null) return Fail("no fuzz/ folder found above the current directory; run from the repository or pass --fuzz-folder");

        // Replaying, promoting and showing use the campaign's time bound, so that a finding is called fixed only when it meets it.
        var budget = TimeSpan.FromMilliseconds(int.Parse(options.GetValueOrDefault("--budget-ms", "2000"), CultureInfo.InvariantCulture));
        if (flags.Contains("--promote")) return Promote(targets, fuzzFolder, budget);
        if (options.TryGetValue("--show", out string? shown)) return Show(targets[0], shown, budget);
        if (flags.Contains("--replay")) return ReplayAll(targets, fuzzFolder, flags.Contains("--pending"), budget);

        var settings = new FuzzLoop.Settings(
            Target: targets[0],
            Seed: int.Parse(options.GetValueOrDefault("--seed", "1"), CultureInfo.InvariantCulture),
            Execs: long.Parse(options.GetValueOrDefault("--execs", long.MaxValue.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
            Seconds: double.Parse(options.GetValueOrDefault("--seconds", options.ContainsKey("--execs") ? "1e9" : "60"), CultureInfo.InvariantCulture),
            Budget: budget,
            FuzzFolder: Path.GetFullPath(fuzzFolder),
            Save: !flags.Contains("--no-save"),
            CurrentFile: options.GetValueOrDefault("--current"));

        if (flags.Contains("--child"))
        {
            // A child stops at the first input that overruns its time: ending the process ends the thread still running it,
            // and the supervisor starts a new child (Supervisor.TimedOut).
            var summary = new FuzzLoop(settings with { MaxAbandoned = 1 }, Console.Out).Run();
            Console.WriteLine($"@summary {summary.Corpus} {(summary.Stopped ? "stopped" : "ok")}");
            return summary.Stopped ? Supervisor.TimedOut : 0;
        }

        var summaries = new List<FuzzLoop.Summary>();
        foreach (string target in targets)
        {
            var s = settings with { Target = target };
            var summary = flags.Contains("--in-process") ? new FuzzLoop(s, Console.Out).Run() : Supervisor.Run(s, Console.Out);
            summaries.Add(summary);
            Console.WriteLine($"[{target}] done: {summary.Execs} execs in {summary.Seconds:0.0} s = {summary.Execs / Math.Max(0.001, summary.Seconds):0} execs/s, findings {summary.Findings}");
        }
        Console.WriteLine();
        Console.WriteLine($"{"target",-16} {"execs",10} {"seconds",8} {"execs/s",8} {"findings",8}");
        foreach (var s in summaries) Console.WriteLine($"{s.Target,-16} {s.Execs,10} {s.Seconds,8:0.0} {s.Execs / Math.Max(0.001, s.Seconds),8:0} {s.Findings,8}");
        long total = summaries.Sum(s => s.Execs);
        double seconds = summaries.Sum(s => s.Seconds);
        Console.WriteLine($"{"total",-16} {total,10} {seconds,8:0.0} {total / Math.Max(0.001, seconds),8:0} {summaries.Sum(s => s.Findings),8}");
        return summaries.Sum(s => s.Findings) > 0 ? 1 : 0;
    }

    private static int ReplayAll(string[] targets, string fuzzFolder, bool pending, TimeSpan budget)
    {
        int failed = 0;
        foreach (string target in targets)
        {
            foreach (string kind in pending ? new[] { "corpus", "crashes", "crashes-pending" } : new[] { "corpus", "crashes" })
            {
                var failures = Replay.Run(target, Path.Combine(fuzzFolder, kind, target), budget, out int replayed);
                Console.WriteLine($"{kind}/{target}: {replayed} input(s), {failures.Count} failure(s)");
                foreach (string f in failures) Console.WriteLine("  " + f);
                failed += failures.Count;
            }
        }
        return failed > 0 ? 1 : 0;
    }

    /// <summary>A pending finding that passes every oracle now is fixed: it moves to crashes/, which the tests replay.</summary>
    private static int Promote(string[] targets, string fuzzFolder, TimeSpan budget)
    {
        foreach (string name in targets)
        {
            var target = Targets.Create(name);
            var store = new Store(fuzzFolder, target);
            var worker = new Worker();
            foreach (string file in Replay.Inputs(store.Pending).ToList())
            {
                if (!worker.Usable) worker = new Worker();
                var verdict = worker.Run(target, File.ReadAllBytes(file), budget, out _);
                string relative = Path.GetRelativePath(fuzzFolder, file);
                if (!verdict.Passed)
                {
                    Console.WriteLine($"still failing: {relative}: {verdict.Violations[0]}");
                    continue;
                }
                Directory.CreateDirectory(store.Crashes);
                string destination = Path.Combine(store.Crashes, Path.GetFileName(file));
                File.Move(file, destination, overwrite: true);
                if (File.Exists(file + ".why")) File.Move(file + ".why", destination + ".why", overwrite: true);
                Console.WriteLine($"fixed, now a regression input: {Path.GetRelativePath(fuzzFolder, destination)}");
            }
        }
        return 0;
    }

    /// <summary>Runs one input and prints what it broke and reached: for looking into a finding.</summary>
    private static int Show(string target, string file, TimeSpan budget)
    {
        var verdict = new Worker().Run(Targets.Create(target), File.ReadAllBytes(file), budget, out var elapsed);
        Console.WriteLine($"{file}: {elapsed.TotalMilliseconds:0} ms, {verdict.Violations.Count} violation(s)");
        foreach (var v in verdict.Violations) Console.WriteLine("  " + v);
        Console.WriteLine("features: " + string.Join(" ", verdict.Features.OrderBy(f => f, StringComparer.Ordinal)));
        return verdict.Passed ? 0 : 1;
    }

    private static string? FindFuzzFolder()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FindingsGen.sln"))) dir = dir.Parent;
        return dir is null ? null : Path.Combine(dir.FullName, "fuzz");
    }

    private static int Fail(string message)
    {
        if (message.Length > 0) Console.Error.WriteLine("FindingsGen.Fuzz: " + message);
        Console.Error.WriteLine(Usage + string.Join(", ", Targets.Names));
        return 2;
    }
}
