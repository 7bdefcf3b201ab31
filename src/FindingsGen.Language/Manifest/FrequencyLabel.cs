namespace FindingsGen.Language.Manifest;

/// <summary>One word (or phrase) of the study's frequency scale and the counts it stands for.</summary>
public sealed class FrequencyLabel
{
    /// <summary>Creates a label.</summary>
    public FrequencyLabel(string label, CountRange range)
    {
        Label = label;
        Range = range;
        Words = label.Trim().Split(new[] { ' ', '\t' }, System.StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The label as written in the manifest.</summary>
    public string Label { get; }
    /// <summary>The label split into words, for matching at word boundaries.</summary>
    public string[] Words { get; }
    /// <summary>The counts it stands for.</summary>
    public CountRange Range { get; }
}
