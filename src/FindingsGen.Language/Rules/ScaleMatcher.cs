using System;
using System.Collections.Generic;
using FindingsGen.Language.Manifest;
using FindingsGen.Language.Text;

namespace FindingsGen.Language.Rules;

/// <summary>Finds the longest label of the study's scale that begins a run of words.</summary>
internal static class ScaleMatcher
{
    /// <summary>The longest label matching words[index…], compared case-insensitively, or null.</summary>
    public static FrequencyLabel? Match(IReadOnlyList<FrequencyLabel> scale, IReadOnlyList<WordTokenizer.Word> words, int index)
    {
        FrequencyLabel? best = null;
        foreach (var label in scale)
        {
            if (index + label.Words.Length > words.Count) continue;
            bool all = true;
            for (int k = 0; k < label.Words.Length && all; k++)
            {
                all = string.Equals(label.Words[k], words[index + k].Text, StringComparison.OrdinalIgnoreCase);
            }
            if (all && (best is null || label.Words.Length > best.Words.Length)) best = label;
        }
        return best;
    }

    /// <summary>"all, most, some, two, one" for messages.</summary>
    public static string Describe(IReadOnlyList<FrequencyLabel> scale)
    {
        var names = new List<string>();
        foreach (var label in scale) names.Add(label.Label);
        return string.Join(", ", names);
    }
}
