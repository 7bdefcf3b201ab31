using System;
using System.Collections.Generic;
using System.Linq;

namespace FindingsGen.Language.Coding;

/// <summary>
/// The codes of a coding, from a project or from the coding record, indexed for <c>code=</c>: by GUID (ignoring case:
/// MAXQDA writes them in upper case) and by name (exact, then ignoring case).
/// </summary>
internal sealed class CodeBook
{
    private readonly Dictionary<string, CodeEntry> byGuid = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<CodeEntry> all = new();

    /// <summary>Every code, parents before their children, in document order.</summary>
    public IReadOnlyList<CodeEntry> All => all;

    /// <summary>The codebook of a project: its codes and their nesting.</summary>
    public static CodeBook FromProject(QdaProject project)
    {
        var book = new CodeBook();
        // A deep tree is walked without recursion: a hostile project may nest codes far deeper than the stack allows.
        var stack = new Stack<(QdaCode Code, CodeEntry? Parent)>();
        for (int i = project.Codes.Count - 1; i >= 0; i--) stack.Push((project.Codes[i], null));
        while (stack.Count > 0)
        {
            var (code, parent) = stack.Pop();
            var entry = book.Add(code.Guid, code.Name, parent);
            if (entry is null) continue;
            for (int i = code.Children.Count - 1; i >= 0; i--) stack.Push((code.Children[i], entry));
        }
        return book;
    }

    /// <summary>Adds a code under <paramref name="parent"/>; null (nothing added) when its GUID is already taken.</summary>
    public CodeEntry? Add(string guid, string name, CodeEntry? parent)
    {
        if (byGuid.ContainsKey(guid)) return null;
        var entry = new CodeEntry(guid, name, parent);
        byGuid[guid] = entry;
        all.Add(entry);
        parent?.Children.Add(entry);
        return entry;
    }

    /// <summary>The code with this GUID (ignoring case), or null.</summary>
    public CodeEntry? Find(string guid) => byGuid.TryGetValue(guid, out var entry) ? entry : null;

    /// <summary>
    /// The code <paramref name="written"/> names (a GUID, else a name exactly, else a name ignoring case), or null with
    /// why: no such code (with the nearest name), or a name that several codes carry.
    /// </summary>
    public CodeEntry? Resolve(string written, out string? problem)
    {
        problem = null;
        if (Find(written) is { } byId) return byId;
        var exact = all.Where(c => string.Equals(c.Name, written, StringComparison.Ordinal)).ToList();
        if (exact.Count == 0) exact = all.Where(c => string.Equals(c.Name, written, StringComparison.OrdinalIgnoreCase)).ToList();
        if (exact.Count == 1) return exact[0];
        if (exact.Count > 1)
        {
            problem = $"'{Shown(written)}' is the name of {exact.Count} codes ({string.Join("; ", exact.Take(3).Select(c => c.Path))}{(exact.Count > 3 ? "; …" : "")}), " +
                      $"so which one is meant cannot be told; name it by its GUID (code=\"{exact[0].Guid}\")";
            return null;
        }
        string? near = Text.Suggestion.Nearest(written, all.Select(c => c.Name).Distinct(StringComparer.Ordinal),
            w => Math.Max(2, w.Length / 4));
        problem = all.Count == 0 ? $"'{Shown(written)}' is not a code of the project: its codebook has no code"
            : $"'{Shown(written)}' is not a code of the project" + (near is null ? "" : $"; did you mean '{near}'?");
        return null;
    }

    /// <summary>A code name or GUID as a message quotes it: at most 80 characters, on one line.</summary>
    public static string Shown(string name)
    {
        string line = Diagnostics.Diagnostic.OneLine(name);
        return line.Length <= 80 ? line : line.Substring(0, 80) + "\u2026";
    }

    /// <summary>The codes and every code nested in them, each once.</summary>
    public static HashSet<CodeEntry> WithDescendants(IEnumerable<CodeEntry> codes)
    {
        var set = new HashSet<CodeEntry>();
        var stack = new Stack<CodeEntry>(codes);
        while (stack.Count > 0)
        {
            var code = stack.Pop();
            if (!set.Add(code)) continue;
            foreach (var child in code.Children) stack.Push(child);
        }
        return set;
    }
}
