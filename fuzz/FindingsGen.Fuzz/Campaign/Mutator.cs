using System;
using System.Collections.Generic;
using System.Text;

namespace FindingsGen.Fuzz;

/// <summary>
/// Makes a new input from corpus inputs, deterministically from its random source: byte flips, chunk deletion,
/// insertion and repetition (repetition is what finds quadratic parsers), splices with another input, the target's
/// syntax tokens, odd numbers and line ends. One to five mutations are stacked per input.
/// </summary>
internal sealed class Mutator
{
    private readonly Random random;
    private readonly string[] tokens;
    private readonly int maxLength;

    /// <summary>A mutator drawing from <paramref name="random"/>.</summary>
    public Mutator(Random random, string[] tokens, int maxLength)
    {
        this.random = random;
        this.tokens = tokens;
        this.maxLength = maxLength;
    }

    /// <summary>A mutant of <paramref name="input"/>; <paramref name="other"/> is another corpus input to splice from.</summary>
    public byte[] Mutate(byte[] input, byte[] other)
    {
        var data = new List<byte>(input);
        int count = 1 + random.Next(random.Next(2) == 0 ? 2 : 5);
        for (int i = 0; i < count; i++) Once(data, other);
        if (data.Count > maxLength) data.RemoveRange(maxLength, data.Count - maxLength);
        return data.ToArray();
    }

    private void Once(List<byte> data, byte[] other)
    {
        int n = data.Count;
        switch (random.Next(13))
        {
            case 0 when n > 0: // flip a bit
                data[random.Next(n)] ^= (byte)(1 << random.Next(8));
                break;
            case 1 when n > 0: // an interesting byte
                data[random.Next(n)] = Interesting[random.Next(Interesting.Length)];
                break;
            case 2 when n > 1: // delete a chunk
            {
                int at = random.Next(n), length = Math.Min(n - at, 1 + random.Next(Math.Min(n, 32)));
                data.RemoveRange(at, length);
                break;
            }
            case 3 when n > 1: // repeat a chunk many times
            {
                int at = random.Next(n), length = Math.Min(n - at, 1 + random.Next(Math.Min(n, 24)));
                var chunk = data.GetRange(at, length);
                int times = 1 + random.Next(random.Next(4) == 0 ? 200 : 4);
                for (int t = 0; t < times && data.Count + length <= maxLength; t++) data.InsertRange(at, chunk);
                break;
            }
            case 4 when n > 1: // copy a chunk elsewhere
            {
                int at = random.Next(n), length = Math.Min(n - at, 1 + random.Next(Math.Min(n, 64)));
                data.InsertRange(random.Next(data.Count + 1), data.GetRange(at, length));
                break;
            }
            case 5 when other.Length > 0: // splice: a head of this input and a tail of the other
            {
                int cut = random.Next(n + 1), from = random.Next(other.Length);
                data.RemoveRange(cut, n - cut);
                data.AddRange(new ArraySegment<byte>(other, from, other.Length - from));
                break;
            }
            case 6 when other.Length > 0: // insert a chunk of the other input
            {
                int from = random.Next(other.Length), length = Math.Min(other.Length - from, 1 + random.Next(64));
                data.InsertRange(random.Next(n + 1), new ArraySegment<byte>(other, from, length));
                break;
            }
            case 7:
            case 8: // a syntax token, inserted
                data.InsertRange(random.Next(n + 1), Token());
                break;
            case 9 when n > 0: // a syntax token, replacing a chunk
            {
                int at = random.Next(n), length = Math.Min(n - at, 1 + random.Next(8));
                data.RemoveRange(at, length);
                data.InsertRange(at, Token());
                break;
            }
            case 10 when n > 0: // a number made odd: large, negative, zero
            {
                int at = random.Next(n);
                string[] numbers = { "0", "-1", "99999", "2147483648", "1-99", "00:00:00.000", "9e9" };
                data.InsertRange(at, Encoding.UTF8.GetBytes(numbers[random.Next(numbers.Length)]));
                break;
            }
            case 11 when n > 2: // swap two lines
            {
                var lines = new List<string>(Encoding.UTF8.GetString(data.ToArray()).Split('\n'));
                if (lines.Count < 2) break;
                int a = random.Next(lines.Count), b = random.Next(lines.Count);
                (lines[a], lines[b]) = (lines[b], lines[a]);
                data.Clear();
                data.AddRange(Encoding.UTF8.GetBytes(string.Join("\n", lines)));
                break;
            }
            default: // insert random bytes
            {
                int length = 1 + random.Next(4);
                int at = random.Next(n + 1);
                for (int i = 0; i < length; i++) data.Insert(at, (byte)random.Next(256));
                break;
            }
        }
    }

    /// <summary>
    /// <paramref name="input"/> with one of its chunks (often a whole line) repeated until it is about
    /// <paramref name="length"/> bytes: the inputs that show a parser or matcher that is slower than linear.
    /// </summary>
    public byte[] Amplify(byte[] input, int length)
    {
        if (input.Length == 0) return input;
        int at = random.Next(input.Length), end;
        if (random.Next(2) == 0)
        {
            // A whole line (or a few).
            while (at > 0 && input[at - 1] != (byte)'\n') at--;
            end = at;
            int lines = 1 + random.Next(3);
            while (end < input.Length && lines > 0)
            {
                if (input[end++] == (byte)'\n') lines--;
            }
        }
        else
        {
            end = Math.Min(input.Length, at + 1 + random.Next(16));
        }
        var chunk = new ArraySegment<byte>(input, at, end - at);
        var data = new List<byte>(length + input.Length);
        data.AddRange(new ArraySegment<byte>(input, 0, at));
        while (data.Count + chunk.Count + input.Length - at <= length) data.AddRange(chunk);
        data.AddRange(new ArraySegment<byte>(input, at, input.Length - at));
        return data.ToArray();
    }

    private byte[] Token() => Encoding.UTF8.GetBytes(tokens[random.Next(tokens.Length)]);

    private static readonly byte[] Interesting = { 0, 0x0A, 0x0D, 0x09, 0x20, 0x7F, 0x80, 0xC0, 0xFF, 0xFE, (byte)'[', (byte)']', (byte)'{', (byte)'}', (byte)':', (byte)'"', (byte)'<', (byte)'>', (byte)'#' };
}
