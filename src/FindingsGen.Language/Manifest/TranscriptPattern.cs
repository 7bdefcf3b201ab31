using System.Collections.Generic;

namespace FindingsGen.Language.Manifest;

/// <summary>
/// Matches paths against <c>transcripts.path</c>: <c>{id}</c> stands for a participant's ID, <c>*</c> for any text.
/// A plain matcher, not a regular expression built from the pattern: the pattern is the user's text, and compiling it
/// per participant cost time super-linear in its length.
/// </summary>
public static class TranscriptPattern
{
    /// <summary>True when <paramref name="name"/> is what <paramref name="pattern"/> names for the participant <paramref name="id"/>.</summary>
    public static bool Matches(string pattern, string id, string name) => Glob(pattern.Replace("{id}", id), name);

    /// <summary>
    /// True when <paramref name="text"/> matches <paramref name="pattern"/>, where <c>*</c> is any text (possibly empty)
    /// and every other character stands for itself. Greedy with one backtrack point: time is at most the product of the
    /// lengths, and linear for patterns with one <c>*</c>, the usual <c>transcripts/{id}.*</c>.
    /// </summary>
    public static bool Glob(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (p < pattern.Length && pattern[p] == text[t])
            {
                p++;
                t++;
            }
            else if (star >= 0)
            {
                // The last * takes one more character, and the rest of the pattern is tried again from there.
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }
        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }

    /// <summary>True when <paramref name="path"/> (study-relative, forward slashes) is named by the pattern for any of the IDs.</summary>
    public static bool MatchesAny(string pattern, IEnumerable<string> ids, string path)
    {
        foreach (var id in ids)
        {
            if (id.IndexOf('*') >= 0) continue;
            if (Matches(pattern, id, path)) return true;
        }
        return false;
    }
}
