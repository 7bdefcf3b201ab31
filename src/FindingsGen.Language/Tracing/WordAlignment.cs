using System.Collections.Generic;

namespace FindingsGen.Language.Tracing;

/// <summary>
/// How a quotation segment lines up with its closest passage: the cost (words that differ), where the passage is, and
/// the differences told from the quotation's side (which of its words are not in the transcript, after which of its
/// words transcript words are left out). Holds no transcript word.
/// </summary>
internal sealed class WordAlignment
{
    /// <summary>Word edits needed (a changed, added or left-out word counts one); 0 means verbatim within the tolerances.</summary>
    public int Cost { get; internal set; } = int.MaxValue;
    /// <summary>Words of the segment found in place.</summary>
    public int Matched { get; internal set; }
    /// <summary>The passage's first token, or -1 when there is none.</summary>
    public int FirstToken { get; internal set; } = -1;
    /// <summary>The passage's last token.</summary>
    public int LastToken { get; internal set; } = -1;
    /// <summary>False when the passage was too large to trace word by word (only the cost is known).</summary>
    public bool Detailed { get; internal set; } = true;
    /// <summary>The differences, in the quotation's order.</summary>
    public List<WordDifference> Differences { get; } = new();
}

/// <summary>One difference between a quotation and its passage, told by the quotation's words only.</summary>
internal readonly struct WordDifference
{
    public WordDifference(bool leftOut, int word, int count)
    {
        LeftOut = leftOut;
        Word = word;
        Count = count;
    }

    /// <summary>True: <see cref="Count"/> transcript words are left out after the segment's word <see cref="Word"/>. False: the segment's words [Word, Word + Count) are not in the transcript.</summary>
    public bool LeftOut { get; }
    /// <summary>0-based word of the segment.</summary>
    public int Word { get; }
    /// <summary>How many words.</summary>
    public int Count { get; }
}
