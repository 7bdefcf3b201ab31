using System;
using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Text;

namespace FindingsGen.Language.Rules;

/// <summary>FG0006: a link to <c>#id</c> that no theme, subtheme, quotation or heading of the study has.</summary>
internal sealed class FG0006UnknownCrossReference : IStudyRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0006", "Cross-reference to an unknown ID", Severity.Error, "Structure");

    /// <inheritdoc />
    public Rule Descriptor => Definition;

    /// <inheritdoc />
    public void Check(RuleContext context, DiagnosticList diagnostics)
    {
        var study = context.Study;
        var ids = new HashSet<string>(study.Anchors.Select(a => a.Id), StringComparer.Ordinal);
        List<string>? ordered = null;
        foreach (var reference in study.CrossReferences)
        {
            if (ids.Contains(reference.TargetId)) continue;
            ordered ??= ids.OrderBy(i => i, StringComparer.Ordinal).ToList();
            string? near = Suggestion.Nearest(reference.TargetId, ordered);
            diagnostics.Add(Definition, reference.Location,
                $"no theme, subtheme, quotation or heading has the ID '{reference.TargetId}'" + (near is null ? "; link to an existing ID" : $"; did you mean '#{near}'?"));
        }
    }
}
