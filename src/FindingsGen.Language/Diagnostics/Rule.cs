namespace FindingsGen.Language.Diagnostics;

/// <summary>One row of the diagnostics table: an ID that is never reused, its title and default severity.</summary>
public sealed class Rule
{
    internal Rule(string id, string title, Severity defaultSeverity, string category)
    {
        Id = id;
        Title = title;
        DefaultSeverity = defaultSeverity;
        Category = category;
    }

    /// <summary>The stable ID, e.g. FG0001.</summary>
    public string Id { get; }

    /// <summary>A short title, as on the rule's documentation page.</summary>
    public string Title { get; }

    /// <summary>The severity unless the manifest's <c>rules:</c> says otherwise.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>The family: Claims, Structure, Tracing, Manifest, Privacy or Coding.</summary>
    public string Category { get; }

    /// <summary>The documentation page, relative to the repository root.</summary>
    public string HelpPath => "docs/rules/" + Id + ".md";

    /// <summary>The published documentation page: the one place a rule's help address is made.</summary>
    public string HelpUrl => RuleTable.HelpBaseUrl + Id + ".md";

    /// <inheritdoc />
    public override string ToString() => Id;
}
