using System;
using System.Collections.Generic;
using System.Text;
using FindingsGen.Language.Text;

namespace FindingsGen.Language.Tracing;

/// <summary>
/// A transcript ready for matching: its speech as words (WordTokenizer.MatchWords) in one UTF-8 byte array, separated by
/// one space, turns by a newline (so no match can straddle two turns), with where each token starts and, per turn and
/// per source line, the first token. Built once per transcript content and reusable; it holds no reference to the text it
/// was built from, so a host can let that go (<see cref="TracingCache.IndexAndRelease"/>).
/// </summary>
public sealed class TranscriptIndex
{
    private readonly int[] lineFirstToken;
    private readonly int[] lineNumbers;

    private TranscriptIndex(byte[] bytes, int length, TokenOffsets tokenStarts, string[] turnSpeakers, int[] turnFirstToken, int[] lineFirstToken, int[] lineNumbers)
    {
        TurnSpeakers = turnSpeakers;
        Bytes = bytes;
        Length = length;
        TokenStarts = tokenStarts;
        TurnFirstToken = turnFirstToken;
        this.lineFirstToken = lineFirstToken;
        this.lineNumbers = lineNumbers;
    }

    /// <summary>
    /// The normalised speech as UTF-8, in <c>Bytes[0..Length)</c>: half the memory of UTF-16 for the mostly ASCII speech
    /// of transcripts, and only spaces and newlines besides the words, so every offset a search finds is in a word.
    /// </summary>
    internal byte[] Bytes { get; }
    /// <summary>The length of the normalised speech in bytes.</summary>
    internal int Length { get; }
    /// <summary>The normalised speech as a span of bytes.</summary>
    internal ReadOnlySpan<byte> Span(int start, int length) => new(Bytes, start, length);
    /// <summary>Byte offset of each token in <see cref="Bytes"/>.</summary>
    internal TokenOffsets TokenStarts { get; }
    /// <summary>The speaker label of each turn as written (empty when unlabelled). Never printed: labels can be real names.</summary>
    internal string[] TurnSpeakers { get; }
    /// <summary>The first token of each turn.</summary>
    internal int[] TurnFirstToken { get; }

    private WordIds? wordIds;

    /// <summary>
    /// Each token as a number, for the word alignment: built on first use (only quotations that are not verbatim need
    /// it), then shared by every thread.
    /// </summary>
    internal WordIds Ids
    {
        get
        {
            var known = System.Threading.Volatile.Read(ref wordIds);
            if (known is not null) return known;
            var built = WordIds.Build(this);
            return System.Threading.Interlocked.CompareExchange(ref wordIds, built, null) ?? built;
        }
    }

    /// <summary>The text of a token.</summary>
    internal string TokenText(int token) => Encoding.UTF8.GetString(Bytes, TokenStarts[token], TokenEnd(token) - TokenStarts[token]);

    private string? speechHash;

    /// <summary>
    /// SHA-256 (hex) of the speech as read: each turn's speaker label, then its words as matching sees them. Whatever
    /// changes what counts as speech (a reader, a time mark, an annotation, who speaks, the word definition) changes
    /// it; re-saving the file with other line ends or encoding does not. Computed once, when first asked for, from the
    /// bytes in place (the same hash as of the text's UTF-8, with no copy of it).
    /// </summary>
    internal string SpeechHash
    {
        get
        {
            if (speechHash is not null) return speechHash;
            using var sha = System.Security.Cryptography.SHA256.Create();
            byte[] separator = { 1 }, newline = { (byte)'\n' };
            for (int turn = 0; turn < TurnFirstToken.Length; turn++)
            {
                int first = TurnFirstToken[turn];
                int end = turn + 1 < TurnFirstToken.Length ? TurnFirstToken[turn + 1] : TokenCount;
                byte[] label = Encoding.UTF8.GetBytes(TurnSpeakers[turn]);
                sha.TransformBlock(label, 0, label.Length, null, 0);
                sha.TransformBlock(separator, 0, 1, null, 0);
                if (end > first) sha.TransformBlock(Bytes, TokenStarts[first], TokenEnd(end - 1) - TokenStarts[first], null, 0);
                sha.TransformBlock(newline, 0, 1, null, 0);
            }
            sha.TransformFinalBlock(separator, 0, 0);
            return speechHash = Sha256Hex.Hex(sha.Hash!);
        }
    }

    /// <summary>Number of tokens.</summary>
    public int TokenCount => TokenStarts.Count;

    /// <summary>End offset (exclusive) of a token.</summary>
    internal int TokenEnd(int token) =>
        token + 1 < TokenStarts.Count ? TokenStarts[token + 1] - 1 : Length;

    /// <summary>The token that contains <paramref name="offset"/>.</summary>
    internal int TokenAt(int offset) => TokenStarts.Floor(offset);

    /// <summary>The turn a token belongs to.</summary>
    internal int TurnOf(int token) => Floor(TurnFirstToken, token);

    /// <summary>The 1-based source line of a token.</summary>
    internal int LineOf(int token) => lineNumbers[Math.Max(0, Floor(lineFirstToken, token))];

    private static int Floor(int[] sorted, int value)
    {
        // The last index whose entry is <= value; ties (empty turns or lines) resolve to the last of them.
        int lo = 0, hi = sorted.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (sorted[mid] <= value)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found;
    }

    /// <summary>ASCII letters and digits: the ASCII characters <see cref="WordTokenizer.IsMatchLetter"/> takes.</summary>
    private static readonly bool[] AsciiWord = BuildAsciiWord();

    private static bool[] BuildAsciiWord()
    {
        var table = new bool[128];
        for (int c = 0; c < 128; c++) table[c] = WordTokenizer.IsMatchLetter(((char)c).ToString(), 0);
        return table;
    }

    /// <summary>Builds the index from speech lines (who speaks each turn is decided later, by <see cref="TurnRoles"/>).</summary>
    public static TranscriptIndex Build(IReadOnlyList<TranscriptLine> lines)
    {
        int capacity = 0;
        foreach (var line in lines) capacity += line.Length + 1;

        // Sized for ASCII speech (one byte a character, and punctuation dropped); grown where other letters take more.
        var buffer = new byte[capacity + 16];
        int length = 0;
        var starts = new int[capacity / 5 + 16];
        int tokenCount = 0;
        var turnSpeakers = new List<string>();
        var distinctSpeakers = new List<string>();
        var turnFirst = new List<int>();
        var lineFirst = new List<int>();
        var lineNumbers = new List<int>();
        int currentTurn = int.MinValue;
        foreach (var line in lines)
        {
            if (line.Turn != currentTurn)
            {
                currentTurn = line.Turn;
                if (length > 0) buffer[length++] = (byte)'\n';
                // One string per label, not per turn: the readers cut a new one from each line, and at 10 M words the
                // turns' copies of the same few labels were megabytes kept with the indexes.
                string? speaker = null;
                foreach (var known in distinctSpeakers)
                {
                    if (string.Equals(known, line.Speaker, StringComparison.Ordinal))
                    {
                        speaker = known;
                        break;
                    }
                }
                if (speaker is null)
                {
                    speaker = line.Speaker;
                    if (distinctSpeakers.Count < 64) distinctSpeakers.Add(speaker);
                }
                turnSpeakers.Add(speaker);
                turnFirst.Add(tokenCount);
            }
            lineFirst.Add(tokenCount);
            lineNumbers.Add(line.Line);

            string source = line.Source;
            int i = line.Start, end = line.Start + line.Length;
            bool ascii = true;
            for (int k = i; k < end && ascii; k++) ascii = source[k] < 0x80;
            if (!ascii)
            {
                string s = source.Substring(i, end - i);
                if (!s.IsNormalized(NormalizationForm.FormC)) s = s.Normalize(NormalizationForm.FormC);
                source = s;
                i = 0;
                end = s.Length;
            }
            // Room for this line: a separator, and at most three bytes a UTF-16 character (four a surrogate pair).
            int room = length + 1 + (ascii ? end - i : 3 * (end - i));
            if (room > buffer.Length) Array.Resize(ref buffer, Math.Max(room, buffer.Length + buffer.Length / 2));
            // Words as WordTokenizer.MatchWords finds them: letters, digits and in-word apostrophes (made straight);
            // everything else only separates words.
            bool inWord = false;
            if (ascii)
            {
                // Most speech is ASCII: a table lookup per character, the same words as the general loop below.
                for (; i < end; i++)
                {
                    char c = source[i];
                    if (AsciiWord[c])
                    {
                        if (!inWord)
                        {
                            if (length > 0 && buffer[length - 1] != (byte)'\n') buffer[length++] = (byte)' ';
                            if (tokenCount == starts.Length) Array.Resize(ref starts, starts.Length * 2 + 16);
                            starts[tokenCount++] = length;
                            inWord = true;
                        }
                        buffer[length++] = (byte)c;
                    }
                    else if (inWord && (c == '\'' || c == '`') && i + 1 < end && AsciiWord[source[i + 1]])
                    {
                        buffer[length++] = (byte)'\'';
                    }
                    else
                    {
                        inWord = false;
                    }
                }
                continue;
            }
            for (; i < end; i++)
            {
                if (WordTokenizer.IsMatchLetter(source, i))
                {
                    if (!inWord)
                    {
                        if (length > 0 && buffer[length - 1] != (byte)'\n') buffer[length++] = (byte)' ';
                        if (tokenCount == starts.Length) Array.Resize(ref starts, starts.Length * 2 + 16);
                        starts[tokenCount++] = length;
                        inWord = true;
                    }
                    if (char.IsHighSurrogate(source[i]) && i + 1 < end && char.IsLowSurrogate(source[i + 1]))
                    {
                        length = Utf8.Append(buffer, length, char.ConvertToUtf32(source[i], source[i + 1]));
                        i++;
                    }
                    else
                    {
                        length = Utf8.Append(buffer, length, source[i]);
                    }
                }
                else if (inWord && WordTokenizer.IsApostrophe(source[i]) && i + 1 < end && WordTokenizer.IsMatchLetter(source, i + 1))
                {
                    buffer[length++] = (byte)'\'';
                }
                else
                {
                    inWord = false;
                }
            }
        }
        // Trimmed to its length (punctuation and labels dropped leave a twentieth or so spare): the index outlives the run
        // in serve's cache, and 1,250 of them hold megabytes of spare room.
        if (buffer.Length != length) Array.Resize(ref buffer, length);
        return new TranscriptIndex(buffer, length, new TokenOffsets(starts, tokenCount), turnSpeakers.ToArray(), turnFirst.ToArray(), lineFirst.ToArray(), lineNumbers.ToArray());
    }
}
