using System;
using System.Collections.Generic;
using System.IO;
using FindingsGen.Language.Manifest;

namespace FindingsGen.Files.NewStudy;

/// <summary>
/// Writes a new study's files for <c>findings new</c>, all or nothing: each file is created only where nothing is (never
/// over a file, a folder or a link, and never through a linked folder), and until <see cref="Commit"/> every file and
/// folder it created is removed again on <see cref="Dispose"/>, so a failure leaves no half skeleton behind.
/// </summary>
public sealed class SkeletonWriter : IDisposable
{
    private readonly string root;
    private readonly List<string> createdFiles = new();
    private readonly List<string> createdFolders = new();
    private readonly List<string> written = new();
    private readonly List<string> kept = new();
    private bool committed;

    private SkeletonWriter(string root) => this.root = root;

    /// <summary>The study folder, as a full path.</summary>
    public string Root => root;

    /// <summary>The study-relative paths written, in order.</summary>
    public IReadOnlyList<string> Written => written;

    /// <summary>The study-relative paths that were already there, each with why it was left alone.</summary>
    public IReadOnlyList<string> Kept => kept;

    /// <summary>
    /// Opens <paramref name="folder"/> for a new study, or returns null with a one-line reason: a folder that already holds
    /// a study (a findings.yml, whatever it is) is refused, and so is a folder that is not empty unless <paramref name="force"/>.
    /// </summary>
    public static SkeletonWriter? Open(string folder, bool force, out string? refusal)
    {
        refusal = null;
        string root = Path.GetFullPath(folder);
        if (File.Exists(root))
        {
            refusal = $"findings new: '{folder}' is a file, not a folder";
            return null;
        }
        if (Exists(Path.Combine(root, StudyManifest.FileName)))
        {
            refusal = $"findings new: '{folder}' already holds a study ({StudyManifest.FileName}); nothing was written (new never changes a study: run findings check '{folder}')";
            return null;
        }
        if (Directory.Exists(root) && !force && HoldsAnything(root))
        {
            refusal = $"findings new: '{folder}' is not empty; nothing was written (run findings new --force '{folder}' to add only the missing files: it never overwrites one)";
            return null;
        }
        var writer = new SkeletonWriter(root);
        writer.CreateFolders(root);
        return writer;
    }

    /// <summary>
    /// Creates <paramref name="relative"/> (a '/'-separated path inside the study) with <paramref name="content"/>, or keeps
    /// what is there: returns false, and lists it in <see cref="Kept"/>, when anything already has that name or a folder
    /// on its way is a link or a file.
    /// </summary>
    public bool Add(string relative, byte[] content)
    {
        if (committed) throw new InvalidOperationException("the skeleton is already committed");
        string[] parts = relative.Split('/');
        string folder = root;
        for (int i = 0; i < parts.Length - 1; i++)
        {
            folder = Path.Combine(folder, parts[i]);
            if (IsLink(folder) || File.Exists(folder))
            {
                kept.Add($"{relative} ({string.Join("/", parts, 0, i + 1)} is a link or a file; nothing is written through it)");
                return false;
            }
        }
        string path = Path.Combine(root, Path.Combine(parts));
        if (Exists(path))
        {
            kept.Add(relative);
            return false;
        }
        CreateFolders(Path.GetDirectoryName(path)!);
        // CreateNew: if anything appeared at this name since the look above, this fails rather than writes over it.
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        {
            createdFiles.Add(path);
            stream.Write(content, 0, content.Length);
        }
        written.Add(relative);
        return true;
    }

    /// <summary>
    /// Which of <paramref name="lines"/> a file that was kept lacks (compared trimmed, line by line): a .gitignore of
    /// the user's may not keep the private files out of git, and the user must be told. A file that cannot be read
    /// (too large, not a file) lacks them all.
    /// </summary>
    public IReadOnlyList<string> LinesMissingFrom(string relative, IReadOnlyList<string> lines)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        var read = ContainedFile.Read(root, relative, 1 << 20, relative, "the study folder");
        if (read.Bytes is { } bytes)
        {
            foreach (string line in System.Text.Encoding.UTF8.GetString(bytes).Split('\n')) present.Add(line.Trim());
        }
        var missing = new List<string>();
        foreach (string line in lines)
        {
            if (!present.Contains(line)) missing.Add(line);
        }
        return missing;
    }

    /// <summary>
    /// The git repository the study folder lies in below its root, or null: GitHub reads workflows only from the
    /// repository root's .github/workflows, so a study in a subfolder needs its workflow moved there.
    /// </summary>
    public string? EnclosingRepository()
    {
        if (Exists(Path.Combine(root, ".git"))) return null;
        for (string? folder = Path.GetDirectoryName(root); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (Exists(Path.Combine(folder, ".git"))) return folder;
        }
        return null;
    }

    /// <summary>Keeps what was written.</summary>
    public void Commit() => committed = true;

    /// <summary>Without <see cref="Commit"/>: removes every file and folder this writer created, newest first.</summary>
    public void Dispose()
    {
        if (committed) return;
        committed = true;
        for (int i = createdFiles.Count - 1; i >= 0; i--)
        {
            try { File.Delete(createdFiles[i]); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
        for (int i = createdFolders.Count - 1; i >= 0; i--)
        {
            // Only if still empty: a file someone else put there meanwhile is theirs.
            try { Directory.Delete(createdFolders[i], recursive: false); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }

    private void CreateFolders(string folder)
    {
        var missing = new Stack<string>();
        for (string? f = folder; f is not null && !Directory.Exists(f); f = Path.GetDirectoryName(f)) missing.Push(f);
        while (missing.Count > 0)
        {
            string f = missing.Pop();
            Directory.CreateDirectory(f);
            createdFolders.Add(f);
        }
    }

    /// <summary>
    /// Anything in the folder but a <c>.git</c>: a repository just made (<c>git init</c>, or an empty clone) is where a
    /// study is most often started, and new never touches <c>.git</c>.
    /// </summary>
    private static bool HoldsAnything(string folder)
    {
        foreach (string entry in Directory.EnumerateFileSystemEntries(folder))
        {
            if (Path.GetFileName(entry) != ".git") return true;
        }
        return false;
    }

    /// <summary>A file, a folder or a link (even a dangling one) at <paramref name="path"/>.</summary>
    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path) || IsLink(path);

    private static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true; // cannot tell: treat it as there, so nothing is written over or through it
        }
    }
}
