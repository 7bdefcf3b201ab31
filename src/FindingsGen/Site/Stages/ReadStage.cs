using FindingsGen.Cli;

namespace FindingsGen.Site.Stages;

/// <summary>Stage 1, read: the study folder's files (manifest, pages, transcripts, lock) as texts.</summary>
public static class ReadStage
{
    /// <summary>The study, or null with a one-line reason; its transcripts indexed into the host's <paramref name="cache"/>.</summary>
    public static StudyFolder? Run(string studyPath, out string? error, Language.Tracing.TracingCache? cache = null) => StudyFolder.Load(studyPath, out error, cache);
}
