using System.Collections.Generic;

namespace FindingsGen.Tests;

/// <summary>A code of a <see cref="QdaProjectSpec"/>, with the codes nested in it. Names are unique within a spec.</summary>
public sealed record QdaCodeSpec(string Name, string? Description, IReadOnlyList<QdaCodeSpec> Children)
{
    /// <summary>A code with a description and nested codes.</summary>
    public QdaCodeSpec(string name, string? description = null, params QdaCodeSpec[] children) : this(name, description, (IReadOnlyList<QdaCodeSpec>)children)
    {
    }
}
