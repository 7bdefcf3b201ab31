using System.Text;
using FindingsGen.Language.Model;

namespace FindingsGen.Language.Tracing;

/// <summary>
/// The lock's key for a quotation and participant: SHA-256 of the participant and the traced words,
/// normalised as matching sees them (so re-flowing a paragraph or changing quote marks keeps it valid,
/// and changing a word does not). For a translated quotation it is the original's words.
/// </summary>
public static class QuoteHash
{
    /// <summary>The hash for <paramref name="participant"/>.</summary>
    public static string Of(QuotationText traced, string participant)
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
