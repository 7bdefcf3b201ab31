using System.IO;
using System.Text;
using FindingsGen.Files.NewStudy;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>The writer behind findings new: all or nothing.</summary>
public sealed class SkeletonWriterTests
{
    [Fact]
    public void Without_commit_every_file_and_folder_it_created_is_removed()
    {
        using var temp = new TempStudy();
        temp.Write("kept.txt", "mine\n");
        string root = Path.Combine(temp.Path, "a", "b");
        using (var writer = SkeletonWriter.Open(root, force: false, out string? refusal))
        {
            Assert.Null(refusal);
            Assert.True(writer!.Add("x/y/z.txt", Encoding.UTF8.GetBytes("z")));
            Assert.True(writer.Add("w.txt", Encoding.UTF8.GetBytes("w")));
            Assert.True(File.Exists(Path.Combine(root, "x", "y", "z.txt")));
            // A failure here (the command's check, a full disk) disposes the writer without Commit.
        }
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "a")));
        Assert.Equal(new[] { Path.Combine(temp.Path, "kept.txt") }, Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Rolling_back_leaves_what_was_there_before_and_what_others_added()
    {
        using var temp = new TempStudy();
        temp.Write("results.md", "mine\n");
        using (var writer = SkeletonWriter.Open(temp.Path, force: true, out _))
        {
            Assert.False(writer!.Add("results.md", Encoding.UTF8.GetBytes("theirs")));
            Assert.True(writer.Add("sub/new.txt", Encoding.UTF8.GetBytes("new")));
            temp.Write("sub/other.txt", "someone else's\n");
        }
        Assert.Equal("mine\n", File.ReadAllText(Path.Combine(temp.Path, "results.md")));
        Assert.False(File.Exists(Path.Combine(temp.Path, "sub", "new.txt")));
        Assert.True(File.Exists(Path.Combine(temp.Path, "sub", "other.txt")));
    }

    [Fact]
    public void Committed_files_stay()
    {
        using var temp = new TempStudy();
        using (var writer = SkeletonWriter.Open(Path.Combine(temp.Path, "s"), force: false, out _))
        {
            writer!.Add("f.txt", Encoding.UTF8.GetBytes("f"));
            writer.Commit();
        }
        Assert.Equal("f", File.ReadAllText(Path.Combine(temp.Path, "s", "f.txt")));
    }
}
