using System;
using System.Runtime.InteropServices;

namespace Keygen.Distribution;

/// <summary>
/// This machine's platform and architecture under the names Keygen's CLI and Go SDK publish artifacts with (Go's
/// <c>GOOS</c>/<c>GOARCH</c>: <c>linux</c>, <c>darwin</c>, <c>windows</c>; <c>amd64</c>, <c>arm64</c>, …).
/// </summary>
public static class KeygenPlatform
{
    /// <summary>The operating system: <c>windows</c>, <c>darwin</c>, <c>linux</c>, <c>freebsd</c>, or the runtime's own name.</summary>
    public static string Os { get; } =
        OperatingSystem.IsWindows() ? "windows"
        : OperatingSystem.IsMacOS() ? "darwin"
        : OperatingSystem.IsLinux() ? "linux"
        : OperatingSystem.IsFreeBSD() ? "freebsd"
        : RuntimeInformation.OSDescription.ToLowerInvariant();

    /// <summary>The processor architecture: <c>amd64</c>, <c>arm64</c>, <c>386</c>, <c>arm</c>, or the runtime's own name.</summary>
    public static string Arch { get; } = RuntimeInformation.OSArchitecture switch
    {
        Architecture.X64 => "amd64",
        Architecture.Arm64 => "arm64",
        Architecture.X86 => "386",
        Architecture.Arm => "arm",
        var other => other.ToString().ToLowerInvariant(),
    };

    /// <summary>The executable file extension, with its dot: <c>.exe</c> on Windows, empty elsewhere.</summary>
    public static string Ext { get; } = OperatingSystem.IsWindows() ? ".exe" : string.Empty;
}
