using System.Collections.Generic;

namespace FindingsGen.Fuzz;

/// <summary>
/// What one input did to a target: the oracles it broke, and the features of its result (diagnostic IDs, output shape)
/// that tell the fuzzer whether the input reached anything new. Features depend only on the input, so a seeded
/// campaign is reproducible.
/// </summary>
internal sealed class Verdict
{
    /// <summary>The oracles broken.</summary>
    public List<Violation> Violations { get; } = new();

    /// <summary>The features of the result.</summary>
    public HashSet<string> Features { get; } = new(System.StringComparer.Ordinal);

    /// <summary>True when no oracle was broken.</summary>
    public bool Passed => Violations.Count == 0;

    /// <summary>Records a broken oracle; <paramref name="signature"/> defaults to the oracle's name.</summary>
    public void Fail(string oracle, string detail, string? signature = null) =>
        Violations.Add(new Violation(oracle, detail, oracle + ":" + (signature ?? "")));

    /// <summary>Records a feature.</summary>
    public void Feature(string feature) => Features.Add(feature);

    /// <summary>Records a count as a feature, in powers of two so that only its order of magnitude counts.</summary>
    public void Count(string name, int count)
    {
        int bucket = 0;
        while (count > 0)
        {
            bucket++;
            count >>= 1;
        }
        Features.Add(name + "~" + bucket);
    }
}
