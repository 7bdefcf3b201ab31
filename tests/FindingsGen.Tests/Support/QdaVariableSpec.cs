namespace FindingsGen.Tests;

/// <summary>A participant's variable: its name, REFI-QDA type (Text, Boolean, Integer, Float, Date) and value as written.</summary>
public sealed record QdaVariableSpec(string Name, string Type, string Value);
