using System.Text;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Language.Coding;

/// <summary>
/// A SHA-256 of what the coding rules read of a project (codes, cases and their sources, the sources' texts and coded
/// selections), computed from the project as read, so the CLI and the build step get the same value for the same
/// coding however the file was zipped. The coding record carries it: a different one means the record is stale.
/// </summary>
internal static class ProjectFingerprint
{
    public static string Of(QdaProject project)
    {
        var b = new StringBuilder();
        b.Append("codes\n");
        var stack = new System.Collections.Generic.Stack<(QdaCode Code, int Depth)>();
        for (int i = project.Codes.Count - 1; i >= 0; i--) stack.Push((project.Codes[i], 0));
        while (stack.Count > 0)
        {
            var (code, depth) = stack.Pop();
            b.Append(depth).Append('\t').Append(code.Guid.ToLowerInvariant()).Append('\t').Append(code.Name).Append('\n');
            for (int i = code.Children.Count - 1; i >= 0; i--) stack.Push((code.Children[i], depth + 1));
        }
        b.Append("cases\n");
        foreach (var c in project.Cases)
        {
            b.Append(c.Name).Append('\t').Append(string.Join(",", c.SourceGuids).ToLowerInvariant()).Append('\n');
        }
        b.Append("sources\n");
        foreach (var s in project.Sources)
        {
            b.Append(s.Guid.ToLowerInvariant()).Append('\t').Append(s.Name).Append('\t').Append(s.Text is null ? "-" : Sha256Hex.Of(s.Text)).Append('\n');
            foreach (var sel in s.Selections)
            {
                b.Append(' ').Append(sel.Start).Append('-').Append(sel.End).Append('\t').Append(string.Join(",", sel.CodeGuids).ToLowerInvariant()).Append('\n');
            }
        }
        return Sha256Hex.Of(b.ToString());
    }
}
