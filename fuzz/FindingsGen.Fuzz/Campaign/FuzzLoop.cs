using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace FindingsGen.Fuzz;

/// <summary>
/// The campaign for one target, in this process: replay the corpus, then mutate corpus inputs, keep a mutant that
/// reaches a feature no input reached before, and store each new kind of broken oracle as a finding.
/// </summary>
internal sealed class FuzzLoop
{
    /// <summary>Settings of a run.</summary>
    /// <remarks><paramref name="MaxAbandoned"/>: how many inputs may overrun the time bound (their threads keep running) before the loop stops.</remarks>
    public sealed record Settings(string Target, int Seed, long Execs, double Seconds, TimeSpan Budget, string FuzzFolder, bool Save, string? CurrentFile,
        int MaxAbandoned = 3, long CorpusBytesCap = 200 * 1024, int CorpusFilesCap = 120);

    /// <summary>What a run did.</summary>
    public sealed record Summary(string Target, long Execs, double Seconds, int Corpus, int Findings, bool Stopped);

    /// <summary>One input in this many is amplified to the target's stress length.</summary>
    private const int StressOneIn = 256;

    private readonly Settings settings;
    private readonly TextWriter log;

    /// <summary>A loop with <paramref name="settings"/>, reporting to <paramref name="log"/>.</summary>
    public FuzzLoop(Settings settings, TextWriter log)
    {
        this.settings = settings;
        this.log = log;
    }

    /// <summary>Runs until the executions or seconds are spent (or too many inputs overran their time).</summary>
    public Summary Run()
    {
        var target = Targets.Create(settings.Target);
        var store = new Store(settings.FuzzFolder, target);
        var random = new Random(settings.Seed);
        var mutator = new Mutator(random, target.Tokens, target.MaxInputLength);
        var corpus = new List<byte[]>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in Replay.Inputs(store.Corpus).Concat(Replay.Inputs(store.Crashes)))
        {
            byte[] bytes = File.ReadAllBytes(file);
            if (known.Add(Convert.ToBase64String(bytes))) corpus.Add(bytes);
        }
        if (corpus.Count == 0) corpus.Add(Array.Empty<byte>());
        var (corpusBytes, corpusFiles) = store.CorpusSize();
        var features = new HashSet<string>(StringComparer.Ordinal);
        var signatures = new HashSet<string>(StringComparer.Ordinal);
        int findings = 0, abandoned = 0;
        var worker = new Worker();
        var watch = Stopwatch.StartNew();

        bool Handle(byte[] input, Verdict verdict, string origin)
        {
            foreach (var group in verdict.Violations.GroupBy(v => v.Signature))
            {
                if (!signatures.Add(group.Key) || store.Knows(group.Key)) continue;
                findings++;
                string note = string.Join("\n", verdict.Violations.Select(v => v.ToString())) + $"\n(target {target.Name}, {origin})\n";
                string path = store.SaveFinding(group.Key, input, note);
                log.WriteLine($"[{target.Name}] FINDING {group.First()} → {Path.GetRelativePath(settings.FuzzFolder, path)}");
            }
            if (!worker.Usable)
            {
                abandoned++;
                worker = new Worker();
            }
            return verdict.Passed && verdict.Features.Count(features.Add) > 0;
        }

        // The corpus first, with a generous bound: the first inputs also pay for compiling the code under test.
        foreach (var input in corpus.ToList())
        {
            Handle(input, worker.Run(target, input, TimeSpan.FromSeconds(Math.Max(30, settings.Budget.TotalSeconds)), out _), "corpus replay");
        }
        log.WriteLine($"[{target.Name}] corpus {corpus.Count} input(s), {features.Count} feature(s); fuzzing with seed {settings.Seed}");

        long execs = 0;
        watch.Restart();
        var lastReport = watch.Elapsed;
        bool stopped = false;
        while (execs < settings.Execs && watch.Elapsed.TotalSeconds < settings.Seconds)
        {
            byte[] parent = corpus[random.Next(corpus.Count)], other = corpus[random.Next(corpus.Count)];
            byte[] mutant = mutator.Mutate(parent, other);
            // Now and then an input is blown up to the stress length, for the time bound to catch slower-than-linear code;
            // such inputs are too big to keep in the corpus.
            bool stress = random.Next(StressOneIn) == 0;
            if (stress) mutant = mutator.Amplify(mutant, target.StressLength);
            if (settings.CurrentFile is not null) File.WriteAllBytes(settings.CurrentFile, mutant);
            var verdict = worker.Run(target, mutant, settings.Budget, out _);
            execs++;
            if (Handle(mutant, verdict, $"seed {settings.Seed}, execution {execs}{(stress ? ", amplified" : "")}") && !stress)
            {
                corpus.Add(mutant);
                if (settings.Save && corpusBytes + mutant.Length <= settings.CorpusBytesCap && corpusFiles < settings.CorpusFilesCap)
                {
                    store.SaveCorpus(mutant);
                    corpusBytes += mutant.Length;
                    corpusFiles++;
                }
            }
            if (abandoned >= settings.MaxAbandoned)
            {
                log.WriteLine(settings.MaxAbandoned == 1
                    ? $"[{target.Name}] an input overran the time bound: this process ends (its thread cannot be stopped) and another takes over"
                    : $"[{target.Name}] stopping: {abandoned} inputs overran the time bound and may still be running");
                stopped = true;
                break;
            }
            if (execs % 500 == 0) log.WriteLine($"@progress {execs} {findings}");
            if ((watch.Elapsed - lastReport).TotalSeconds >= 10)
            {
                lastReport = watch.Elapsed;
                log.WriteLine($"[{target.Name}] {execs} execs, {execs / watch.Elapsed.TotalSeconds:0} execs/s, corpus {corpus.Count}, features {features.Count}, findings {findings}");
            }
        }
        log.WriteLine($"@progress {execs} {findings}");
        return new Summary(target.Name, execs, watch.Elapsed.TotalSeconds, corpus.Count, findings, stopped);
    }
}
