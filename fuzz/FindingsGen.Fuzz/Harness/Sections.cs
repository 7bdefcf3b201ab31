using System;

namespace FindingsGen.Fuzz;

/// <summary>
/// Inputs that stand for several files (a page, a manifest, a transcript) keep them in one text, separated by a
/// line <c>%%%%</c>; the mutations can add or remove separators like any other token.
/// </summary>
internal static class Sections
{
    /// <summary>The separator line.</summary>
    public const string Separator = "\n%%%%\n";

    /// <summary>The sections of <paramref name="text"/>.</summary>
    public static string[] Split(string text) => text.Split(new[] { Separator }, StringSplitOptions.None);

    /// <summary>Section <paramref name="index"/>, or null when the input has fewer.</summary>
    public static string? At(string[] sections, int index) => index < sections.Length ? sections[index] : null;
}
