using System;
using System.Linq;
using FindingsGen.Language.Text;

namespace FindingsGen.Fuzz;

/// <summary>
/// One thing the fuzzer feeds bytes to. A target runs the real code on the input and checks the oracles on what
/// comes out; an exception that escapes the code under test is itself a broken oracle.
/// </summary>
internal abstract class FuzzTarget
{
    /// <summary>The target's name, as <c>--target</c> takes it and as its corpus folder is named.</summary>
    public abstract string Name { get; }

    /// <summary>The extension of the target's corpus files (with the dot), so that they open well in an editor.</summary>
    public abstract string Extension { get; }

    /// <summary>The largest input the mutations may make: larger ones test size, not structure, and slow the campaign.</summary>
    public virtual int MaxInputLength => 4096;

    /// <summary>The length to which a few inputs are amplified (a chunk repeated), to find code slower than linear.</summary>
    public virtual int StressLength => 65536;

    /// <summary>Tokens of the target's syntax for the mutations to insert.</summary>
    public virtual string[] Tokens => SyntaxTokens.Common;

    /// <summary>Runs the input and checks every oracle; never throws.</summary>
    public Verdict Execute(byte[] input)
    {
        var verdict = new Verdict();
        try
        {
            Run(input, verdict);
        }
        catch (Exception e)
        {
            verdict.Fail("no-exception", e.GetType().FullName + ": " + e.Message + " at " + Frame(e), e.GetType().Name + "@" + Frame(e));
            verdict.Feature("exception:" + e.GetType().Name);
        }
        return verdict;
    }

    /// <summary>Runs the code under test on <paramref name="input"/> and records violations and features.</summary>
    protected abstract void Run(byte[] input, Verdict verdict);

    /// <summary>
    /// The input as the host decodes a study file (strict UTF-8, a BOM dropped), or null with the feature <c>not-utf8</c>:
    /// the host reports such a file itself (a page FG0202, the manifest FG0201), and nothing of it reaches the core.
    /// </summary>
    protected static string? Text(byte[] input, Verdict verdict)
    {
        string? text = Utf8Text.TryDecode(input, out _, out _);
        if (text is null) verdict.Feature("not-utf8");
        return text;
    }

    /// <summary>The first frame of the exception in FindingsGen's own code (or its first frame): where the fault is.</summary>
    private static string Frame(Exception e)
    {
        var lines = (e.StackTrace ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("at ", StringComparison.Ordinal)).ToList();
        string? own = lines.FirstOrDefault(l => l.Contains(" FindingsGen.", StringComparison.Ordinal) && !l.Contains("FindingsGen.Fuzz", StringComparison.Ordinal));
        string frame = own ?? lines.FirstOrDefault() ?? "?";
        int paren = frame.IndexOf('(');
        return (paren > 0 ? frame.Substring(3, paren - 3) : frame).Trim();
    }
}
