using FindingsGen.Files;

namespace FindingsGen.Site.Stages;

/// <summary>Stage 1, read: the study folder's files (manifest, pages, transcripts, lock) as texts.</summary>
public static class ReadStage
{
    /// <summary>The study, or null with a one-line reason.</summary>
    public static LoadedStudy? Run(string studyPath, out string? error) => StudyLoader.Load(studyPath, out error);
}
