using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FindingsGen.Files;
using FindingsGen.Site;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// Every file is read through one contained reader: links are resolved in every component and must stay in the
/// file's folder (pages and templates: the study; transcripts: the transcripts folder), only regular files are
/// opened, every kind of file has a size limit, and a damaged or oversized Word file is FG0105, never a crash.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class ContainedReadingTests
{
    private const string Secret = "OUTSIDE-SECRET-5J2";

    private static (int Exit, string Output, string Error) Check(string folder) => StudyCommands.Check(folder);

    /// <summary>Runs <paramref name="action"/>, failing the test instead of hanging when it blocks (on a FIFO, say).</summary>
    private static T Within<T>(int seconds, Func<T> action)
    {
        var task = Task.Run(action);
        Assert.True(task.Wait(TimeSpan.FromSeconds(seconds)), $"still running after {seconds} s (blocked on a file?)");
        return task.Result;
    }

    private static void MakeFifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", new[] { path }) { RedirectStandardError = true })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    private static string AllText(string folder) =>
        Directory.Exists(folder) ? string.Concat(Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(File.ReadAllText)) : "";

    /// <summary>A study quoting T1, whose transcript says "I kept going."</summary>
    private static TempStudy Study(string pages = "", string extra = "")
    {
        var temp = new TempStudy();
        temp.Write("findings.yml", "title: T\nparticipants: { T1: {} }\ntranscripts:\n  path: transcripts/{id}.*\nrules: { FG0008: none }\n" + pages + extra);
        temp.Write("results.md", "[\"kept going\"]{.quote from=T1}\n");
        temp.Write("transcripts/T1.txt", "T1: I kept going.\n");
        return temp;
    }

    [Fact]
    public void A_page_that_is_a_link_out_of_the_study_is_FG0202_at_its_pages_entry_and_its_content_is_in_no_output()
    {
        using var outside = new TempStudy();
        string secret = outside.Write("secret.txt", Secret + ": a private file outside the study.\n");
        using var temp = Study("pages: [results.md, notes.md]\n");
        File.CreateSymbolicLink(Path.Combine(temp.Path, "notes.md"), secret);

        var (exit, output, error) = Check(temp.Path);
        Assert.Equal(1, exit);
        Assert.StartsWith("findings.yml(6,21): error FG0202: the page 'notes.md' is a link to a file outside the study folder; it is not read", output);
        Assert.DoesNotContain(Secret, output + error);

        var (outcome, buildOutput, buildError) = SiteBuilds.BuildWithOutput(temp.Path, draft: true);
        Assert.DoesNotContain(Secret, buildOutput + buildError + AllText(Path.Combine(temp.Path, "_site")));
    }

    [Fact]
    public void A_page_in_a_linked_folder_that_leads_out_of_the_study_is_FG0202_at_the_file()
    {
        using var outside = new TempStudy();
        outside.Write("notes.md", Secret + "\n");
        using var temp = Study();
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "docs"), outside.Path);

        var (exit, output, _) = Check(temp.Path);
        Assert.Equal(1, exit);
        Assert.StartsWith("docs/notes.md(1,1): error FG0202: the page 'docs/notes.md' is in a linked folder that leads outside the study folder; it is not read", output);
        Assert.DoesNotContain(Secret, output);
    }

    [Fact]
    public void Links_to_the_study_folder_or_a_parent_do_not_make_the_search_for_pages_go_round_forever()
    {
        using var temp = Study();
        temp.Write("sub/more.md", "More.\n");
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "loop"), ".");
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "sub", "up"), "..");
        var (exit, output, _) = Within(20, () => Check(temp.Path));
        Assert.Equal(0, exit);
        Assert.Contains("2 page(s)", output);
        Assert.Equal(new[] { "results.md", Path.Combine("sub", "more.md") }, StudyTree.Find(temp.Path, ".md"));
    }

    [Fact]
    public void A_link_that_stays_inside_the_study_is_read()
    {
        using var temp = Study("pages: [linked.md]\n");
        File.CreateSymbolicLink(Path.Combine(temp.Path, "linked.md"), "results.md");
        Assert.Equal(0, Check(temp.Path).Exit);
    }

    [Fact]
    public void A_fifo_page_is_FG0202_and_does_not_block()
    {
        using var temp = Study("pages: [results.md, pipe.md]\n");
        MakeFifo(Path.Combine(temp.Path, "pipe.md"));
        var (exit, output, _) = Within(20, () => Check(temp.Path));
        Assert.Equal(1, exit);
        Assert.StartsWith("findings.yml(6,21): error FG0202: the page 'pipe.md' is not a regular file (a FIFO, socket or device), and only regular files are read; it is not read", output);
    }

    [Fact]
    public void A_folder_named_like_a_page_is_FG0202()
    {
        using var temp = Study("pages: [results.md, folder.md]\n");
        Directory.CreateDirectory(Path.Combine(temp.Path, "folder.md"));
        Assert.StartsWith("findings.yml(6,21): error FG0202: the page 'folder.md' is a folder, not a file; it is not read", Check(temp.Path).Output);
    }

    [Fact]
    public void A_page_over_the_limit_is_FG0202_naming_the_limit()
    {
        using var temp = Study();
        File.WriteAllBytes(Path.Combine(temp.Path, "huge.md"), new byte[FileLimits.Page + 1]);
        Assert.StartsWith("huge.md(1,1): error FG0202: the page 'huge.md' is larger than 8 MiB, the limit for a page; it is not read", Check(temp.Path).Output);
    }

    [Fact]
    public void A_template_that_is_a_link_out_of_the_study_is_refused()
    {
        using var outside = new TempStudy();
        string secret = outside.Write("layout.html", Secret + "{{ content }}\n");
        using var temp = Study();
        Directory.CreateDirectory(Path.Combine(temp.Path, "_templates"));
        File.CreateSymbolicLink(Path.Combine(temp.Path, "_templates", "layout.html"), secret);

        var errors = new System.Collections.Generic.List<FindingsGen.Language.Diagnostics.Diagnostic>();
        Assert.Null(TemplateSet.Load(temp.Path, errors));
        Assert.Equal("_templates/layout.html(1,1): error FG0204: the template '_templates/layout.html' is a link to a file outside the study folder; it is not used", Assert.Single(errors).ToString());
        var (_, output, error) = SiteBuilds.BuildWithOutput(temp.Path, draft: true);
        Assert.DoesNotContain(Secret, output + error + AllText(Path.Combine(temp.Path, "_site")));
    }

    [Fact]
    public void A_template_that_is_a_fifo_is_refused_without_blocking()
    {
        using var temp = Study();
        Directory.CreateDirectory(Path.Combine(temp.Path, "_templates"));
        MakeFifo(Path.Combine(temp.Path, "_templates", "index.html"));
        var errors = new System.Collections.Generic.List<FindingsGen.Language.Diagnostics.Diagnostic>();
        Assert.Null(Within(20, () => TemplateSet.Load(temp.Path, errors)));
        Assert.Equal("_templates/index.html(1,1): error FG0204: the template '_templates/index.html' is not a regular file (a FIFO, socket or device), and only regular files are read; it is not used", Assert.Single(errors).ToString());
    }

    [Fact]
    public void A_manifest_that_is_a_link_out_of_the_study_cannot_run_and_one_over_the_limit_is_FG0201()
    {
        using var outside = new TempStudy();
        string secret = outside.Write("findings.yml", "title: " + Secret + "\nparticipants: {}\nunknown: " + Secret + "\n");
        using var temp = new TempStudy();
        File.CreateSymbolicLink(Path.Combine(temp.Path, "findings.yml"), secret);
        var (exit, output, error) = Check(temp.Path);
        Assert.Equal(2, exit);
        Assert.Equal("findings: 'findings.yml' is a link to a file outside the study folder", error.TrimEnd());
        Assert.DoesNotContain(Secret, output);

        File.Delete(Path.Combine(temp.Path, "findings.yml"));
        File.WriteAllBytes(Path.Combine(temp.Path, "findings.yml"), new byte[FileLimits.Manifest + 1]);
        (exit, output, _) = Check(temp.Path);
        Assert.Equal(1, exit);
        Assert.StartsWith("findings.yml(1,1): error FG0201: 'findings.yml' is larger than 1 MiB, the limit for a manifest; a manifest never needs that much", output);
    }

    [Fact]
    public void A_link_in_a_transcripts_folder_outside_the_study_must_not_lead_out_of_that_folder()
    {
        using var outside = new TempStudy();
        string secret = outside.Write("secret.txt", "T1: I kept going. " + Secret + "\n");
        using var elsewhere = new TempStudy();
        File.CreateSymbolicLink(Path.Combine(elsewhere.Path, "T1.txt"), secret);
        using var temp = Study();
        Environment.SetEnvironmentVariable(TranscriptFolder.EnvironmentVariable, elsewhere.Path);
        try
        {
            var (exit, output, _) = Check(temp.Path);
            Assert.Equal(1, exit);
            Assert.StartsWith("results.md(1,3): error FG0105: T1's transcript cannot be used to trace this quotation: 'T1.txt' is a link to a file outside the transcripts folder", output);

            // The transcripts folder itself may be a link (it is resolved first), and links that stay inside it are followed.
            File.Delete(Path.Combine(elsewhere.Path, "T1.txt"));
            elsewhere.Write("real/T1-source.txt", "T1: I kept going.\n");
            File.CreateSymbolicLink(Path.Combine(elsewhere.Path, "T1.txt"), Path.Combine("real", "T1-source.txt"));
            string linkedFolder = Path.Combine(outside.Path, "transcripts-link");
            Directory.CreateSymbolicLink(linkedFolder, elsewhere.Path);
            Environment.SetEnvironmentVariable(TranscriptFolder.EnvironmentVariable, linkedFolder);
            Assert.Equal(0, Check(temp.Path).Exit);
        }
        finally
        {
            Environment.SetEnvironmentVariable(TranscriptFolder.EnvironmentVariable, null);
        }
    }

    [Fact]
    public void A_fifo_or_folder_as_a_transcript_is_FG0105_without_blocking()
    {
        using var temp = Study();
        File.Delete(Path.Combine(temp.Path, "transcripts", "T1.txt"));
        MakeFifo(Path.Combine(temp.Path, "transcripts", "T1.txt"));
        Assert.StartsWith("results.md(1,3): error FG0105: T1's transcript cannot be used to trace this quotation: 'T1.txt' is not a regular file (a FIFO, socket or device)",
            Within(20, () => Check(temp.Path)).Output);
        File.Delete(Path.Combine(temp.Path, "transcripts", "T1.txt"));
        Directory.CreateDirectory(Path.Combine(temp.Path, "transcripts", "T1.txt"));
        Assert.StartsWith("results.md(1,3): error FG0105: T1's transcript cannot be used to trace this quotation: 'T1.txt' is a folder, not a file", Check(temp.Path).Output);
    }

    [Fact]
    public void An_identifiers_list_that_is_a_fifo_a_folder_or_missing_is_FG0201_at_identifiers()
    {
        using var temp = Study(extra: "identifiers: private/names.txt\n");
        string names = Path.Combine(temp.Path, "private", "names.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(names)!);
        MakeFifo(names);
        var (exit, output, _) = Within(20, () => Check(temp.Path));
        Assert.Equal(1, exit);
        Assert.StartsWith("findings.yml(6,14): error FG0201: the identifiers list cannot be read, so no quotation is screened for identifying terms: 'private/names.txt' is not a regular file (a FIFO, socket or device)", output);

        File.Delete(names);
        Directory.CreateDirectory(names);
        Assert.Contains("'private/names.txt' is a folder, not a file", Check(temp.Path).Output);

        Directory.Delete(names);
        Assert.Contains("error FG0201: the identifiers list cannot be read, so no quotation is screened for identifying terms: 'private/names.txt' does not exist", Check(temp.Path).Output);
    }

    [Fact]
    public void An_identifiers_list_outside_the_study_may_be_a_link_to_a_regular_file()
    {
        using var outside = new TempStudy();
        string names = outside.Write("names.txt", "kept\n");
        using var temp = Study(extra: "identifiers: names.txt\n");
        File.CreateSymbolicLink(Path.Combine(temp.Path, "names.txt"), names);
        Assert.Contains("error FG0301", Check(temp.Path).Output);
    }

    [Fact]
    public async Task The_build_step_refuses_the_same_page_and_the_analyzer_reports_it_as_the_cli_does()
    {
        using var outside = new TempStudy();
        string secret = outside.Write("secret.txt", Secret + "\n");
        using var temp = Study("pages: [results.md, notes.md]\n");
        File.CreateSymbolicLink(Path.Combine(temp.Path, "notes.md"), secret);
        var findings = await AnalyzerHost.RunAsync(temp.Path);
        var refused = Assert.Single(findings, f => f.Id == "FG0202");
        Assert.Equal(("findings.yml", 6, 21), (refused.File, refused.Line, refused.Column));
        Assert.Equal("the page 'notes.md' is a link to a file outside the study folder; it is not read", refused.Message);
        Assert.DoesNotContain(findings, f => f.Message.Contains(Secret));
    }

    // ---- Word transcripts: untrusted zips ----

    /// <summary>A .docx whose document.xml holds one paragraph of <paramref name="megabytes"/> MiB of 'a'.</summary>
    private static byte[] Bomb(int megabytes)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Text(string name, string text)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
            Text("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Text("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            using var document = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
            document.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"u8);
            var chunk = Encoding.ASCII.GetBytes(new string('a', 1 << 20));
            for (int i = 0; i < megabytes; i++) document.Write(chunk);
            document.Write("</w:t></w:r></w:p></w:body></w:document>"u8);
        }
        return stream.ToArray();
    }

    [Fact]
    public void A_docx_that_inflates_past_the_limit_is_FG0105_too_large_within_seconds()
    {
        var bytes = Bomb(200);
        string? problem = null;
        var watch = Stopwatch.StartNew();
        Assert.Null(Within(30, () => DocxText.TryExtract(bytes, "T6.docx", out problem)));
        Assert.Equal("'T6.docx' is too large: its text inflates to more than 64 MiB, the limit for a Word transcript", problem);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");

        using var temp = Study();
        File.Delete(Path.Combine(temp.Path, "transcripts", "T1.txt"));
        File.WriteAllBytes(Path.Combine(temp.Path, "transcripts", "T1.docx"), bytes);
        Assert.StartsWith("results.md(1,3): error FG0105: T1's transcript cannot be used to trace this quotation: 'T1.docx' is too large", Check(temp.Path).Output);
    }

    [Fact]
    public void A_docx_whose_zip_headers_understate_the_inflated_size_is_still_stopped_at_the_limit()
    {
        var bytes = Bomb(100);
        // Rewrite document.xml's "uncompressed size" to 100 bytes, in its local header and in the central directory.
        var name = Encoding.ASCII.GetBytes("word/document.xml");
        int patched = 0;
        for (int i = 0; i + 46 < bytes.Length; i++)
        {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 3 && bytes[i + 3] == 4 && bytes.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                BitConverter.GetBytes(100).CopyTo(bytes, i + 22);
                patched++;
            }
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 1 && bytes[i + 3] == 2 && bytes.AsSpan(i + 46, name.Length).SequenceEqual(name))
            {
                BitConverter.GetBytes(100).CopyTo(bytes, i + 24);
                patched++;
            }
        }
        Assert.Equal(2, patched);
        string? problem = null;
        Assert.Null(Within(30, () => DocxText.TryExtract(bytes, "T1.docx", out problem)));
        // .NET's zip reader notices the lie itself (a damaged file); were it not to, the cap stops the inflating.
        Assert.Matches("^'T1.docx' is (too large|not a readable Word document)", problem);
        Assert.DoesNotContain("aaaa", problem);
    }

    [Fact]
    public void A_truncated_encrypted_or_foreign_docx_is_a_sentence_not_an_exception()
    {
        var good = DocxWriter.Write(new[] { "T1: I kept going." });
        Assert.Equal("T1: I kept going.", DocxText.TryExtract(good, "T1.docx", out var none));
        Assert.Null(none);

        Assert.Null(DocxText.TryExtract(good[..(good.Length / 2)], "T1.docx", out var truncated));
        Assert.StartsWith("'T1.docx' is not a readable Word document (.docx): it is damaged or not a Word file", truncated);

        var compound = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(compound, 0);
        Assert.Null(DocxText.TryExtract(compound, "T1.docx", out var encrypted));
        Assert.Equal("'T1.docx' is encrypted or is an old Word document (.doc); save it as a .docx without a password", encrypted);

        Assert.Null(DocxText.TryExtract("plain text, not a zip"u8.ToArray(), "T1.docx", out var text));
        Assert.StartsWith("'T1.docx' is not a readable Word document (.docx)", text);

        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open());
            writer.Write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        }
        Assert.Null(DocxText.TryExtract(stream.ToArray(), "T1.docx", out var empty));
        Assert.StartsWith("'T1.docx' is not a readable Word document (.docx)", empty);
    }

    [Fact]
    public void The_build_step_turns_a_damaged_docx_into_a_problem_not_an_exception()
    {
        using var temp = Study();
        File.Delete(Path.Combine(temp.Path, "transcripts", "T1.txt"));
        File.WriteAllBytes(Path.Combine(temp.Path, "transcripts", "T1.docx"), DocxWriter.Write(new[] { "T1: I kept going." })[..200]);
        string obj = Path.Combine(temp.Path, "obj");
        var files = BuildFiles.Collect(temp.Path, obj, null);
        var transcript = Assert.Single(files, f => f.Metadata.ContainsKey(Language.HostFiles.Participant));
        Assert.StartsWith("'T1.docx' is not a readable Word document (.docx)", transcript.Metadata[Language.HostFiles.Problem]);
    }
}
