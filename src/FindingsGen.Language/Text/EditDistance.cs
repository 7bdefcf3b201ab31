using System;
using System.Collections.Generic;

namespace FindingsGen.Language.Text;

/// <summary>Levenshtein distances over characters or words, for "did you mean" suggestions.</summary>
internal static class EditDistance
{
    /// <summary>Edits (insert, delete, substitute) between two strings.</summary>
    public static int Characters(string a, string b) => Compute(a.Length, b.Length, (i, j) => a[i] == b[j]);

    /// <summary>Edits between two word lists, comparing words with <paramref name="comparer"/>.</summary>
    public static int Words(IReadOnlyList<string> a, IReadOnlyList<string> b, StringComparer comparer) =>
        Compute(a.Count, b.Count, (i, j) => comparer.Equals(a[i], b[j]));

    private static int Compute(int n, int m, Func<int, int, bool> same)
    {
        var previous = new int[m + 1];
        var current = new int[m + 1];
        for (int j = 0; j <= m; j++) previous[j] = j;
        for (int i = 1; i <= n; i++)
        {
            current[0] = i;
            for (int j = 1; j <= m; j++)
            {
                int cost = same(i - 1, j - 1) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[m];
    }
}
