namespace FindingsGen.Cli;

/// <summary>The exit codes of LANGUAGE.md.</summary>
public static class ExitCodes
{
    /// <summary>No errors.</summary>
    public const int Clean = 0;
    /// <summary>At least one error diagnostic.</summary>
    public const int Errors = 1;
    /// <summary>The command itself could not run (bad arguments, no manifest).</summary>
    public const int CannotRun = 2;
}
