namespace FindingsGen.Fuzz;

/// <summary>One broken promise: which oracle, what it saw, and a short signature that groups the same fault.</summary>
internal sealed record Violation(string Oracle, string Detail, string Signature)
{
    /// <inheritdoc />
    public override string ToString() => $"{Oracle}: {Detail}";
}
