using System;
using System.IO;

namespace Keygen.Distribution;

/// <summary>
/// Puts a verified download in place of a file without a moment where neither exists: the old file is renamed aside, the
/// new one renamed in (a rename within one directory is atomic), and only then is the old one deleted; if the new one
/// cannot be moved in, the old one goes back. The new file keeps the old one's Unix permissions (an executable stays
/// executable). A running program's file cannot be deleted on Windows, so its renamed copy may stay behind: it is reported
/// and removed by the next replacement.
/// </summary>
internal static class FileReplacement
{
    /// <summary>Replaces <paramref name="target"/> with <paramref name="replacement"/>, a file in the same directory.</summary>
    /// <returns>The path of the old file when it could not be deleted; otherwise null.</returns>
    public static string? Replace(string replacement, string target)
    {
        if (!File.Exists(target))
        {
            File.Move(replacement, target);
            return null;
        }

        CopyPermissions(target, replacement);
        var aside = target + ".old";
        TryDelete(aside); // left by an earlier replacement of a running program
        File.Move(target, aside);
        try
        {
            File.Move(replacement, target);
        }
        catch
        {
            File.Move(aside, target);
            throw;
        }

        return TryDelete(aside) ? null : aside;
    }

    /// <summary>A temporary path beside <paramref name="target"/> (same directory, so the final rename is atomic), hidden on Unix.</summary>
    public static string TemporaryBeside(string target) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(target))!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.download");

    public static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void CopyPermissions(string from, string to)
    {
        if (!HostPlatform.IsWindows())
        {
            File.SetUnixFileMode(to, File.GetUnixFileMode(from));
        }
    }
}
