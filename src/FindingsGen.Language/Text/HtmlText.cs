using System.Text;

namespace FindingsGen.Language.Text;

/// <summary>
/// Escapes text for HTML content and double- or single-quoted attribute values: &amp; &lt; &gt; " and ' only, so
/// letters such as æ, ø and å stay readable in the page source (WebUtility.HtmlEncode would turn them into entities).
/// </summary>
public static class HtmlText
{
    /// <summary>The escaped text.</summary>
    public static string Escape(string text)
    {
        if (text.IndexOfAny(Special) < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }

    private static readonly char[] Special = { '&', '<', '>', '"', '\'' };
}
