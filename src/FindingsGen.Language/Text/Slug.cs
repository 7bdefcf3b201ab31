using System.Text;

namespace FindingsGen.Language.Text;

/// <summary>How an ID becomes part of a file name or an anchor, for every host (the site's file names, suggested IDs).</summary>
public static class Slug
{
    /// <summary>Lower-case ASCII letters and digits kept, anything else a hyphen, no hyphen at either end; empty when nothing is left.</summary>
    public static string Of(string id)
    {
        var builder = new StringBuilder(id.Length);
        foreach (char c in id.ToLowerInvariant()) builder.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-');
        return builder.ToString().Trim('-');
    }
}
