namespace FindingsGen.Language.Diagnostics;

/// <summary>How serious a diagnostic is. <see cref="None"/> switches a rule off.</summary>
public enum Severity
{
    /// <summary>The rule is off: its diagnostics are not reported.</summary>
    None = 0,
    /// <summary>Worth knowing; never fails a check.</summary>
    Info = 1,
    /// <summary>Probably a mistake; does not fail a check.</summary>
    Warning = 2,
    /// <summary>A mistake; fails the check (exit code 1, a failed build).</summary>
    Error = 3,
}
