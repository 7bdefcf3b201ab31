using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Model;

namespace FindingsGen.Language.Coding;

/// <summary>A theme or subtheme and the codes its <c>code=</c> names that the coding has.</summary>
internal sealed class CodingSection
{
    public CodingSection(string id, string title, IReadOnlyList<CodeEntry> codes)
    {
        Id = id;
        Title = title;
        Codes = codes;
        WithDescendants = CodeBook.WithDescendants(codes);
    }

    /// <summary>The theme's or subtheme's ID.</summary>
    public string Id { get; }
    /// <summary>Its heading's text.</summary>
    public string Title { get; }
    /// <summary>The codes named that the coding has.</summary>
    public IReadOnlyList<CodeEntry> Codes { get; }
    /// <summary>Those codes and every code nested in them: a selection under a nested code counts for the section.</summary>
    public HashSet<CodeEntry> WithDescendants { get; }

    /// <summary>"'Peer support'" or "'Peer support' or 'Peers'": the codes as messages name them.</summary>
    public string CodeNames => string.Join(" or ", Codes.Select(c => "'" + CodeBook.Shown(c.Name) + "'"));
}
