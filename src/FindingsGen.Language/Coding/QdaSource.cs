using System;
using System.Collections.Generic;

namespace FindingsGen.Language.Coding;

/// <summary>A text source (<c>&lt;TextSource&gt;</c>): an interview transcript.</summary>
public sealed class QdaSource
{
    /// <summary>Makes one; see the properties.</summary>
    public QdaSource(string guid, string name, string? plainTextPath, string? text, IReadOnlyList<QdaSelection> selections,
        string? description = null, IReadOnlyDictionary<string, string>? variables = null)
    {
        Guid = guid;
        Name = name;
        PlainTextPath = plainTextPath;
        Text = text;
        Selections = selections;
        Description = description;
        Variables = variables ?? new Dictionary<string, string>();
    }

    /// <summary>Its GUID as written.</summary>
    public string Guid { get; }
    /// <summary>Its name.</summary>
    public string Name { get; }
    /// <summary>Its <c>plainTextPath</c> as written (<c>internal://GUID.txt</c>, a relative or an absolute path), or null.</summary>
    public string? PlainTextPath { get; }
    /// <summary>
    /// Its plain text when it was read (from <c>&lt;PlainTextContent&gt;</c> or the package's <c>sources/</c>), else null.
    /// Kept exactly as the package wrote it (CRLF line ends stay), without a byte order mark.
    /// </summary>
    public string? Text { get; }
    /// <summary>Its coded selections (<c>&lt;PlainTextSelection&gt;</c>), in document order.</summary>
    public IReadOnlyList<QdaSelection> Selections { get; }
    /// <summary>Its <c>&lt;Description&gt;</c>, or null.</summary>
    public string? Description { get; }
    /// <summary>Its own variable values by variable name (MAXQDA's document variables), as text; see <see cref="QdaCase.Variables"/>.</summary>
    public IReadOnlyDictionary<string, string> Variables { get; }
}
