using System.Globalization;

namespace FindingsGen.Language.Manifest;

/// <summary>How many participants a frequency label stands for: a count, an inclusive range, or "a or more".</summary>
public readonly struct CountRange
{
    /// <summary>Creates a range; <paramref name="max"/> is null for "or more".</summary>
    public CountRange(int min, int? max)
    {
        Min = min;
        Max = max;
    }

    /// <summary>The smallest count.</summary>
    public int Min { get; }
    /// <summary>The largest count, or null for "or more".</summary>
    public int? Max { get; }

    /// <summary>True when <paramref name="count"/> is in the range.</summary>
    public bool Contains(int count) => count >= Min && (Max is null || count <= Max.Value);

    /// <summary>Parses "6", "4-5" (or "4–5") and "3+"; whitespace is allowed around the parts.</summary>
    public static bool TryParse(string text, out CountRange range)
    {
        range = default;
        string t = text.Trim();
        if (t.Length == 0) return false;
        if (t.EndsWith("+", System.StringComparison.Ordinal))
        {
            if (!TryCount(t.Substring(0, t.Length - 1), out int atLeast)) return false;
            range = new CountRange(atLeast, null);
            return true;
        }
        int dash = t.IndexOfAny(new[] { '-', '\u2013' }, 1);
        if (dash > 0)
        {
            if (!TryCount(t.Substring(0, dash), out int min) || !TryCount(t.Substring(dash + 1), out int max) || max < min) return false;
            range = new CountRange(min, max);
            return true;
        }
        if (!TryCount(t, out int exact)) return false;
        range = new CountRange(exact, exact);
        return true;
    }

    private static bool TryCount(string s, out int value) =>
        int.TryParse(s.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 0 && value <= 100_000;

    /// <summary>"6", "4–5" or "3 or more", as used in messages.</summary>
    public override string ToString() => Max is null
        ? Min.ToString(CultureInfo.InvariantCulture) + " or more"
        : Min == Max ? Min.ToString(CultureInfo.InvariantCulture) : $"{Min}\u2013{Max}";
}
