using System;
using System.Collections.Generic;

namespace FindingsGen.Language.Text;

/// <summary>The one "did you mean" of the language: the candidate nearest a misspelt word, if any is near enough.</summary>
public static class Suggestion
{
    /// <summary>
    /// The first candidate at the smallest edit distance from <paramref name="written"/> (compared in lower case), when that
    /// distance is at most <paramref name="maxDistance"/>; otherwise null.
    /// </summary>
    public static string? Nearest(string written, IEnumerable<string> candidates, int maxDistance = 2) =>
        Nearest(written, candidates, _ => maxDistance);

    /// <summary>As <see cref="Nearest(string, IEnumerable{string}, int)"/>, with a distance allowed per candidate (longer names allow more).</summary>
    public static string? Nearest(string written, IEnumerable<string> candidates, Func<string, int> allowedDistance)
    {
        string lower = written.ToLowerInvariant();
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            int distance = EditDistance.Characters(lower, candidate);
            if (distance <= allowedDistance(candidate) && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }
}
