using System.IO;
using System.Linq;
using FindingsGen.Language.Coding;
using FindingsGen.Language.Manifest;
using FindingsGen.Language.Text;

namespace FindingsGen.Files.Coding;

/// <summary>
/// Reads a study's linked coding from disk for the core's <see cref="CodingInput"/>: the REFI-QDA project that
/// <c>coding:</c> names (or <c>--coding</c>, which overrides it), and the coding record <c>findings.coding.lock</c>
/// beside findings.yml that stands in for the project where it is absent (public CI).
/// </summary>
public static class CodingFiles
{
    /// <summary>
    /// The project's full path: <paramref name="codingOverride"/> (from the command line, relative to where it runs) when
    /// given, else <c>coding:</c> relative to the study; null when the study links no coding.
    /// </summary>
    public static string? ProjectPath(string studyRoot, StudyManifest manifest, string? codingOverride)
    {
        if (!string.IsNullOrEmpty(codingOverride)) return Path.GetFullPath(codingOverride!);
        return manifest.Coding is { Length: > 0 } named && !named.Any(char.IsControl) ? Path.GetFullPath(Path.Combine(studyRoot, named)) : null;
    }

    /// <summary>The linked coding as the core takes it, or null when the study links none.</summary>
    public static CodingInput? Read(string studyRoot, StudyManifest manifest, string? codingOverride)
    {
        if (ProjectPath(studyRoot, manifest, codingOverride) is not { } path) return null;
        // Diagnostics name the project relative to the study, as they name every other file.
        string display = Path.GetRelativePath(studyRoot, path).Replace('\\', '/');
        var input = new CodingInput(Path.GetFileName(path));
        if (!string.IsNullOrEmpty(codingOverride) && !File.Exists(path) && !Directory.Exists(path))
        {
            // Named on the command line, it was meant to be read: the record of the manifest's project must not stand in for it.
            input.Diagnostics.Add(Language.Coding.QdaProjectReader.Unreadable(display, $"'{ManifestReader.Shorten(display)}' (named by --coding, relative to the current folder) does not exist"));
        }
        else if (!File.Exists(path) && !Directory.Exists(path))
        {
            // Absent, as in a public checkout: the coding record stands in for it (a project that is there but cannot be
            // read never is replaced by the record: QdaPackage reports why).
            input.ProjectMissing = true;
            input.Problem = $"'{ManifestReader.Shorten(display)}' does not exist";
        }
        else
        {
            input.Project = QdaPackage.Read(path, input.Diagnostics, display);
        }
        var record = ContainedFile.Read(studyRoot, CodingRecord.FileName, FileLimits.Lock, CodingRecord.FileName, "the study folder");
        if (record.Bytes is { } bytes)
        {
            input.RecordText = Utf8Text.TryDecode(bytes, out int line, out int column);
            if (input.RecordText is null) input.RecordProblem = $"it is not UTF-8 text (line {line}, column {column})";
        }
        else if (record.Refusal != FileRefusal.Missing) input.RecordProblem = record.Problem;
        return input;
    }

    /// <summary>Writes the coding record beside findings.yml, atomically (as findings.lock is written); returns the line to print.</summary>
    public static string WriteRecord(string studyRoot, string text)
    {
        string path = Path.Combine(studyRoot, CodingRecord.FileName);
        // A fresh temporary name, created only if nothing is there, then renamed over the record: a link at the record's
        // name is replaced, never written through.
        string temp = path + "." + System.Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)))
            {
                writer.Write(text);
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
        int codes = 0, quotations = 0;
        bool inQuotations = false;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("quotations:", System.StringComparison.Ordinal)) inQuotations = true;
            else if (line.StartsWith("  - guid:", System.StringComparison.Ordinal)) codes++;
            else if (inQuotations && line.StartsWith("  ", System.StringComparison.Ordinal)) quotations++;
        }
        return $"{CodingRecord.FileName}: {codes} code(s) and {quotations} quotation trace(s) against the coding recorded";
    }
}
