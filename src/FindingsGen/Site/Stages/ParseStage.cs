using FindingsGen.Files;
using FindingsGen.Language;
using FindingsGen.Language.Model;

namespace FindingsGen.Site.Stages;

/// <summary>Stage 2, parse: the pages into the study model (the core's Markdig pipeline).</summary>
public static class ParseStage
{
    /// <summary>The model.</summary>
    public static Study Run(LoadedStudy folder) => FindingsChecker.Parse(folder.PagesInput);
}
