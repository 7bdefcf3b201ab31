using System.IO;
using System.Linq;
using FindingsGen.Fuzz;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// Every fuzzing finding that has been fixed (fuzz/crashes/TARGET/) replayed with the oracles: each is a regression test.
/// A finding not yet fixed waits in fuzz/crashes-pending/, which no test reads; <c>FindingsGen.Fuzz --promote</c> moves
/// one here once it passes (docs/fuzzing.md).
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class FuzzCrashReplayTests
{
    [Theory]
    [MemberData(nameof(FuzzTargets.TargetNames), MemberType = typeof(FuzzTargets))]
    public void Every_fixed_finding_keeps_every_oracle(string target)
    {
        var failures = Replay.Run(target, Path.Combine(RepoRoot.Path, "fuzz", "crashes", target), FuzzTargets.Budget, out _);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void The_replay_reads_every_stored_folder_and_finds_the_fixed_findings()
    {
        // A folder not named after a target would never be replayed, and an empty crashes/ would make the test above pass unread.
        foreach (string kind in new[] { "corpus", "crashes", "crashes-pending" })
        {
            string folder = Path.Combine(RepoRoot.Path, "fuzz", kind);
            if (!Directory.Exists(folder)) continue;
            foreach (string sub in Directory.GetDirectories(folder)) Assert.Contains(Path.GetFileName(sub), Targets.Names);
        }
        Assert.Contains(Targets.Names, t => Replay.Inputs(Path.Combine(RepoRoot.Path, "fuzz", "crashes", t)).Any());
    }
}
