using Xunit;

namespace FindingsGen.Tests;

/// <summary>Tests that change the process environment (FINDINGS_TRANSCRIPTS) run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollection
{
    public const string Name = "Process environment";
}
