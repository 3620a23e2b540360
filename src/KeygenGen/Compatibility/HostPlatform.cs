#if !NETFRAMEWORK
using System.Runtime.InteropServices;
#endif
using System.Runtime.Versioning;

namespace Keygen;

/// <summary>
/// Which operating system the process runs on, and its runtime identifier (<c>linux-x64</c>, <c>win-arm64</c>…), on every
/// target: .NET 5+ answers from <see cref="System.OperatingSystem"/>; .NET Standard (Unity, Xamarin) from
/// <c>RuntimeInformation</c>; .NET Framework 4.6.2, which has neither in the box (and Mono, which runs it), from
/// <see cref="System.Environment"/> and the file every macOS has.
/// </summary>
internal static class HostPlatform
{
#if NETFRAMEWORK
    [SupportedOSPlatformGuard("windows")]
    public static bool IsWindows() => System.Environment.OSVersion.Platform == System.PlatformID.Win32NT;

    [SupportedOSPlatformGuard("macos")]
    public static bool IsMacOS() =>
        !IsWindows() && System.IO.File.Exists("/System/Library/CoreServices/SystemVersion.plist");

    public static string RuntimeIdentifier { get; } =
        (IsWindows() ? "win" : IsMacOS() ? "osx" : "linux") + (System.Environment.Is64BitOperatingSystem ? "-x64" : "-x86");
#elif LEGACY_TARGET
    [SupportedOSPlatformGuard("windows")]
    public static bool IsWindows() => RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

    [SupportedOSPlatformGuard("macos")]
    public static bool IsMacOS() => RuntimeInformation.IsOSPlatform(OSPlatform.OSX);

    /// <summary>Built the way .NET 5+ names a portable runtime identifier: <c>win</c>, <c>osx</c> or <c>linux</c>, then the architecture.</summary>
    public static string RuntimeIdentifier { get; } =
        (IsWindows() ? "win" : IsMacOS() ? "osx" : "linux") + "-" + RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
#else
    [SupportedOSPlatformGuard("windows")]
    public static bool IsWindows() => System.OperatingSystem.IsWindows();

    [SupportedOSPlatformGuard("macos")]
    public static bool IsMacOS() => System.OperatingSystem.IsMacOS();

    public static string RuntimeIdentifier => RuntimeInformation.RuntimeIdentifier;
#endif
}
