namespace FindingsGen.Language.Coding;

/// <summary>
/// Gives a text source's plain text from its <c>plainTextPath</c> as written (<c>internal://GUID.txt</c>): the text, or
/// null with <paramref name="problem"/> saying why not ("sources/GUID.txt is not in the package"), for FG0505.
/// </summary>
public delegate string? QdaSourceTextResolver(string plainTextPath, out string? problem);
