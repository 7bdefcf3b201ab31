using System.Text;
using FindingsGen.Language.Model;
using FindingsGen.Language.Text;

namespace FindingsGen.Language.Tracing;

/// <summary>
/// The lock's key for a quotation and participant: SHA-256 of the participant and the traced words as matching sees
/// them (<see cref="WordTokenizer.MatchWords"/>), so re-flowing a paragraph, changing quote marks, punctuation or dash
/// style keeps it valid, and changing a word does not. For a translated quotation it is the original's words.
/// </summary>
public static class QuotationHash
{
    /// <summary>The hash for <paramref name="participant"/>.</summary>
    public static string Of(QuotationText traced, string participant)
    {
        var builder = new StringBuilder();
        builder.Append(participant).Append('\n');
        foreach (var segment in traced.Segments)
        {
            builder.Append('\u2026');
            foreach (var piece in segment.Pieces)
            {
                string words = WordTokenizer.MatchForm(piece.Text);
                if (piece.IsInsertion) builder.Append('[').Append(words).Append("] ");
                else if (words.Length > 0) builder.Append(words).Append(' ');
            }
        }
        return Sha256Hex.Of(builder.ToString());
    }

    /// <summary>
    /// The key as locks written before word-level matching computed it (whitespace collapsed, quote marks and dashes
    /// folded, punctuation kept). Read only, so that a lock written then still vouches for the quotations it recorded.
    /// </summary>
    public static string Legacy(QuotationText traced, string participant)
    {
        var builder = new StringBuilder();
        builder.Append(participant).Append('\n');
        foreach (var segment in traced.Segments)
        {
            builder.Append("\u2026");
            foreach (var piece in segment.Pieces)
            {
                builder.Append(piece.IsInsertion ? "[" : "").Append(TextNormalizer.Normalize(piece.Text)).Append(piece.IsInsertion ? "]" : "").Append(' ');
            }
        }
        return Sha256Hex.Of(builder.ToString());
    }
}
