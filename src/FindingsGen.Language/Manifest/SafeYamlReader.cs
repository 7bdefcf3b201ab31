using System;
using System.Collections.Generic;
using System.IO;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FindingsGen.Language.Manifest;

/// <summary>
/// Reads one YAML document into a <see cref="YamlNode"/> tree from YamlDotNet's event stream,
/// refusing what a manifest never needs and an attacker might use: anchors and aliases (billion
/// laughs), deep nesting, huge inputs, duplicate keys, complex keys and several documents.
/// Never throws: every problem becomes a <see cref="Problem"/> with a position.
/// </summary>
internal static class SafeYamlReader
{
    /// <summary>Largest manifest accepted, in characters.</summary>
    public const int MaxLength = 1 << 20;
    /// <summary>Deepest nesting accepted.</summary>
    public const int MaxDepth = 32;
    /// <summary>Most nodes accepted.</summary>
    public const int MaxNodes = 100_000;

    /// <summary>A problem found while reading, at a 1-based position.</summary>
    public readonly struct Problem
    {
        internal Problem(int line, int column, string message)
        {
            Line = line;
            Column = column;
            Message = message;
        }

        /// <summary>1-based line.</summary>
        public int Line { get; }
        /// <summary>1-based column.</summary>
        public int Column { get; }
        /// <summary>What is wrong.</summary>
        public string Message { get; }
    }

    /// <summary>Parses <paramref name="text"/>; returns the root (null when empty or unreadable) and the problems.</summary>
    public static YamlNode? Read(string text, List<Problem> problems)
    {
        if (text.Length > MaxLength)
        {
            problems.Add(new Problem(1, 1, $"the file is larger than {MaxLength / 1024} KiB; a manifest never needs that much"));
            return null;
        }

        var scanner = new Scanner(new StringReader(text));
        var parser = new Parser(scanner);
        var state = new State(parser, problems);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            var root = state.ReadNode(0);
            if (root is null) return null;
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var mark = parser.Current?.Start ?? Mark.Empty;
                problems.Add(new Problem((int)mark.Line, (int)mark.Column, "the manifest holds more than one YAML document; keep only one"));
                return null;
            }
            return root;
        }
        catch (StopReading)
        {
            return null;
        }
        catch (YamlException e)
        {
            // End is where the parser gave up, the line the writer has to look at. Some errors carry only the mark of the
            // enclosing block instead (a tab as indentation is reported at the mapping's start, line 1): a mark before
            // what was already read is such a context, and the scanner's own position is then the place.
            var mark = e.End.Line > 0 ? e.End : e.Start;
            if (mark.Line <= 0 || mark.Index < state.LastMark.Index) mark = scanner.CurrentPosition;
            problems.Add(new Problem((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column), "YAML syntax: " + Clip(TrimYamlMessage(e.Message))));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NullReferenceException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // YamlDotNet throws more than YamlException on some malformed input (an unclosed '{' at the end, a stray
            // '...'): every one is a syntax error at the last position the parser reached, never a crash.
            var mark = state.LastMark;
            problems.Add(new Problem((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column), "YAML syntax: the manifest ends or breaks off in the middle of a value here; close every { and [ and check the indentation"));
            return null;
        }
    }

    /// <summary>Messages quote at most this many characters of what the file holds.</summary>
    private const int MaxQuoted = 200;

    private static string Clip(string message) => message.Length <= MaxQuoted * 2 ? message : message.Substring(0, MaxQuoted * 2) + "\u2026";

    private static string TrimYamlMessage(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 4, Idx: …) - (…): " which we already report as a position.
        int at = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(", StringComparison.Ordinal) && at > 0)
        {
            int second = message.IndexOf("): ", at + 3, StringComparison.Ordinal);
            message = message.Substring((second > 0 ? second : at) + 3);
        }
        return message.Trim();
    }

    private sealed class StopReading : Exception
    {
    }

    private sealed class State
    {
        private readonly IParser parser;
        private readonly List<Problem> problems;
        private int nodes;
        private string? enclosingKey; // the key whose value is being read (its own keys may be private)

        /// <summary>The last position an event was read at: where an exception without a position is reported.</summary>
        public Mark LastMark { get; private set; } = Mark.Empty;

        public State(IParser parser, List<Problem> problems)
        {
            this.parser = parser;
            this.problems = problems;
        }

        private void Fail(Mark mark, string message)
        {
            problems.Add(new Problem((int)mark.Line, (int)mark.Column, message));
            throw new StopReading();
        }

        public YamlNode? ReadNode(int depth)
        {
            if (++nodes > MaxNodes) Fail(parser.Current?.Start ?? LastMark, $"the manifest has more than {MaxNodes} values");
            if (depth > MaxDepth) Fail(parser.Current?.Start ?? LastMark, $"the manifest nests deeper than {MaxDepth} levels");

            var current = parser.Current;
            if (current is null)
            {
                Fail(LastMark, "YAML syntax: the manifest ends in the middle of a value; close every { and [");
                return null;
            }
            LastMark = current.End.Line > 0 ? current.End : current.Start;
            switch (current)
            {
                case AnchorAlias alias:
                    Fail(alias.Start, $"YAML aliases (*{ManifestReader.Shorten(alias.Value.Value)}) are not allowed in findings.yml; write the value out");
                    return null;
                case NodeEvent node when !node.Anchor.IsEmpty:
                    Fail(node.Start, $"YAML anchors (&{ManifestReader.Shorten(node.Anchor.Value)}) are not allowed in findings.yml; write the value out");
                    return null;
                case Scalar scalar:
                    parser.MoveNext();
                    return new YamlScalar
                    {
                        Value = scalar.Value,
                        IsQuoted = scalar.Style != ScalarStyle.Plain,
                        Line = (int)scalar.Start.Line,
                        Column = (int)scalar.Start.Column,
                        Start = (int)scalar.Start.Index,
                        End = (int)scalar.End.Index,
                    };
                case SequenceStart start:
                {
                    parser.MoveNext();
                    var sequence = new YamlSequence { Line = (int)start.Start.Line, Column = (int)start.Start.Column, Start = (int)start.Start.Index };
                    while (!parser.TryConsume<SequenceEnd>(out _))
                    {
                        sequence.Items.Add(ReadNode(depth + 1)!);
                    }
                    return sequence;
                }
                case MappingStart start:
                {
                    parser.MoveNext();
                    var mapping = new YamlMapping { Line = (int)start.Start.Line, Column = (int)start.Start.Column, Start = (int)start.Start.Index };
                    var seen = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
                    // The keys under transcripts.speakers are speaker labels, often real names: no message repeats them.
                    bool privateKeys = enclosingKey == "speakers";
                    string? outer = enclosingKey;
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        var keyEvent = parser.Current ?? throw new InvalidOperationException("the stream ended inside a mapping");
                        var key = ReadNode(depth + 1);
                        if (key is not YamlScalar scalarKey)
                        {
                            Fail(keyEvent.Start, "a key must be plain text, not a list or a mapping");
                            return null;
                        }
                        if (seen.TryGetValue(scalarKey.Value, out var first))
                        {
                            Fail(keyEvent.Start, privateKeys
                                ? $"a speaker label is mapped twice under 'transcripts.speakers' (first at line {first.Line}, column {first.Column}); keep one"
                                : $"duplicate key '{ManifestReader.Shorten(scalarKey.Value)}' (first at line {first.Line}, column {first.Column}); keep one");
                        }
                        seen[scalarKey.Value] = scalarKey;
                        enclosingKey = scalarKey.Value;
                        var value = ReadNode(depth + 1)!;
                        enclosingKey = outer;
                        mapping.Entries.Add(new KeyValuePair<YamlScalar, YamlNode>(scalarKey, value));
                    }
                    return mapping;
                }
                default:
                    Fail(current.Start, "unexpected YAML content");
                    return null;
            }
        }
    }
}
