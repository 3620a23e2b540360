namespace Keygen.Distribution;

/// <summary>
/// This machine's platform and architecture under the names Keygen's CLI and Go SDK publish artifacts with (Go's
/// <c>GOOS</c>/<c>GOARCH</c>: <c>linux</c>, <c>darwin</c>, <c>windows</c>; <c>amd64</c>, <c>arm64</c>, …).
/// </summary>
public static class KeygenPlatform
{
    /// <summary>The operating system: <c>windows</c>, <c>darwin</c>, <c>linux</c>, <c>freebsd</c>, or the runtime's own name.</summary>
    public static string Os { get; } =
        HostPlatform.IsWindows() ? "windows"
        : HostPlatform.IsMacOS() ? "darwin"
        : HostPlatform.IsLinux() ? "linux"
        : HostPlatform.IsFreeBSD() ? "freebsd"
        : HostPlatform.Description.ToLowerInvariant();

    /// <summary>The processor architecture: <c>amd64</c>, <c>arm64</c>, <c>386</c>, <c>arm</c>, or the runtime's own name.</summary>
    public static string Arch { get; } = HostPlatform.Architecture switch
    {
        "x64" => "amd64",
        "x86" => "386",
        var other => other, // arm64 and arm are named alike
    };

    /// <summary>The executable file extension, with its dot: <c>.exe</c> on Windows, empty elsewhere.</summary>
    public static string Ext { get; } = HostPlatform.IsWindows() ? ".exe" : string.Empty;
}
