using System.Text;

namespace FindingsGen.Language.Tracing;

/// <summary>
/// Character folding: typographic and straight quote marks, apostrophes and dashes made equal. The privacy screen
/// folds with it; <see cref="Normalize"/> is the text form the lock hash used before matching compared words
/// (<see cref="Text.WordTokenizer.MatchWords"/>), kept so that older locks still vouch for their quotations.
/// </summary>
internal static class TextNormalizer
{
    /// <summary>Maps one character to its matching form.</summary>
    public static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' or '\u2039' or '\u203A' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => c,
    };

    /// <summary>NFC, folded quotes and dashes, whitespace runs as one space, trimmed (the legacy lock hash's form).</summary>
    public static string Normalize(string text)
    {
        if (!text.IsNormalized(NormalizationForm.FormC)) text = text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char raw in text)
        {
            if (char.IsWhiteSpace(raw))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(Fold(raw));
        }
        return builder.ToString();
    }
}
