using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FindingsGen.Language.Manifest;

namespace FindingsGen.Files;

/// <summary>What the study folder holds besides its pages that decides which files are pages.</summary>
public static class StudyTree
{
    /// <summary>
    /// The manifests of other studies inside the study folder (study-relative, e.g. <c>translated/findings.yml</c>):
    /// a folder with its own findings.yml is a study of its own, and its pages are not this study's.
    /// </summary>
    public static IReadOnlyList<string> NestedManifests(string studyRoot)
    {
        try
        {
            return Directory.EnumerateFiles(studyRoot, StudyManifest.FileName, SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(studyRoot, f).Replace('\\', '/'))
                .Where(f => f != StudyManifest.FileName)
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Array.Empty<string>();
        }
    }
}
