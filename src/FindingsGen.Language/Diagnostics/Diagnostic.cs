using System;

namespace FindingsGen.Language.Diagnostics;

/// <summary>One finding of the checker: a rule, a severity, where, and how to fix it.</summary>
public sealed class Diagnostic : IComparable<Diagnostic>
{
    /// <summary>Creates a diagnostic with an explicit severity.</summary>
    public Diagnostic(Rule rule, Severity severity, SourceLocation location, string message)
    {
        Rule = rule;
        Severity = severity;
        Location = location;
        Message = OneLine(message);
    }

    /// <summary>The rule that fired.</summary>
    public Rule Rule { get; }
    /// <summary>The rule's ID.</summary>
    public string Id => Rule.Id;
    /// <summary>The effective severity (after the manifest's <c>rules:</c>).</summary>
    public Severity Severity { get; }
    /// <summary>Where it is.</summary>
    public SourceLocation Location { get; }
    /// <summary>What is wrong and how to fix it. Never contains transcript text beyond a quotation's own words.</summary>
    public string Message { get; }

    /// <summary>
    /// A message as one line: diagnostics are printed one a line (text, GitHub annotations, the problem matchers of
    /// editors), and a message may quote what the user wrote, line breaks and all. Every line break or other control
    /// character becomes a space, in this one place, whatever rule made the message.
    /// </summary>
    public static string OneLine(string message)
    {
        int i = 0;
        while (i < message.Length && !NeedsSpace(message[i])) i++;
        if (i == message.Length) return message;
        var chars = message.ToCharArray();
        for (; i < chars.Length; i++)
        {
            if (NeedsSpace(chars[i])) chars[i] = ' ';
        }
        return new string(chars);
    }

    private static bool NeedsSpace(char c) => char.IsControl(c) || c == '\u2028' || c == '\u2029';

    /// <summary>The same diagnostic with another severity.</summary>
    public Diagnostic WithSeverity(Severity severity) => new(Rule, severity, Location, Message);

    /// <summary>Orders by file, line, column, then ID and message, so output is stable.</summary>
    public int CompareTo(Diagnostic? other)
    {
        if (other is null) return 1;
        int c = Location.CompareTo(other.Location);
        if (c != 0) return c;
        c = string.CompareOrdinal(Id, other.Id);
        return c != 0 ? c : string.CompareOrdinal(Message, other.Message);
    }

    /// <summary>The compiler-style line: <c>results.md(12,5): error FG0001: message</c>.</summary>
    public override string ToString() =>
        $"{Location.File}({Location.Line},{Location.Column}): {Severity.ToName()} {Id}: {Message}";
}
