#if !NETFRAMEWORK
using System.Runtime.InteropServices;
#endif
using System.Runtime.Versioning;

namespace Keygen;

/// <summary>
/// Which operating system and processor the process runs on, and its runtime identifier (<c>linux-x64</c>, <c>win-arm64</c>…),
/// on every target: .NET 5+ answers from <see cref="System.OperatingSystem"/>; .NET Standard (Unity, Xamarin) from
/// <c>RuntimeInformation</c>; .NET Framework 4.6.2, which has neither in the box (and Mono, which runs it), from
/// <see cref="System.Environment"/> and the files every macOS, Linux and FreeBSD has.
/// </summary>
internal static class HostPlatform
{
#if NETFRAMEWORK
    [SupportedOSPlatformGuard("windows")]
    public static bool IsWindows() => System.Environment.OSVersion.Platform == System.PlatformID.Win32NT;

    [SupportedOSPlatformGuard("macos")]
    public static bool IsMacOS() =>
        !IsWindows() && System.IO.File.Exists("/System/Library/CoreServices/SystemVersion.plist");

    [SupportedOSPlatformGuard("linux")]
    public static bool IsLinux() => !IsWindows() && !IsMacOS() && System.IO.File.Exists("/proc/sys/kernel/ostype");

    [SupportedOSPlatformGuard("freebsd")]
    public static bool IsFreeBSD() => !IsWindows() && !IsMacOS() && System.IO.File.Exists("/bin/freebsd-version");

    /// <summary>The operating system as the runtime describes it (Mono: <c>Unix 6.1.0.0</c>).</summary>
    public static string Description => System.Environment.OSVersion.ToString();

    /// <summary>
    /// The processor architecture, as .NET names it in lower case: <c>x64</c> or <c>x86</c> here, as .NET Framework tells no
    /// more without RuntimeInformation (an ARM machine runs .NET Framework apps emulated as x64 or x86 anyway).
    /// </summary>
    public static string Architecture { get; } = System.Environment.Is64BitOperatingSystem ? "x64" : "x86";

    public static string RuntimeIdentifier { get; } = (IsWindows() ? "win" : IsMacOS() ? "osx" : "linux") + "-" + Architecture;
#elif LEGACY_TARGET
    [SupportedOSPlatformGuard("windows")]
    public static bool IsWindows() => RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

    [SupportedOSPlatformGuard("macos")]
    public static bool IsMacOS() => RuntimeInformation.IsOSPlatform(OSPlatform.OSX);

    [SupportedOSPlatformGuard("linux")]
    public static bool IsLinux() => RuntimeInformation.IsOSPlatform(OSPlatform.Linux);

    [SupportedOSPlatformGuard("freebsd")]
    public static bool IsFreeBSD() => RuntimeInformation.IsOSPlatform(OSPlatform.Create("FREEBSD"));

    /// <summary>The operating system as the runtime describes it.</summary>
    public static string Description => RuntimeInformation.OSDescription;

    /// <summary>The processor architecture, as .NET names it in lower case: <c>x64</c>, <c>arm64</c>, <c>x86</c>, <c>arm</c>…</summary>
    public static string Architecture { get; } = RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();

    /// <summary>Built the way .NET 5+ names a portable runtime identifier: <c>win</c>, <c>osx</c> or <c>linux</c>, then the architecture.</summary>
    public static string RuntimeIdentifier { get; } = (IsWindows() ? "win" : IsMacOS() ? "osx" : "linux") + "-" + Architecture;
#else
    [SupportedOSPlatformGuard("windows")]
    public static bool IsWindows() => System.OperatingSystem.IsWindows();

    [SupportedOSPlatformGuard("macos")]
    public static bool IsMacOS() => System.OperatingSystem.IsMacOS();

    [SupportedOSPlatformGuard("linux")]
    public static bool IsLinux() => System.OperatingSystem.IsLinux();

    [SupportedOSPlatformGuard("freebsd")]
    public static bool IsFreeBSD() => System.OperatingSystem.IsFreeBSD();

    /// <summary>The operating system as the runtime describes it.</summary>
    public static string Description => RuntimeInformation.OSDescription;

    /// <summary>The processor architecture, as .NET names it in lower case: <c>x64</c>, <c>arm64</c>, <c>x86</c>, <c>arm</c>…</summary>
    public static string Architecture { get; } = RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();

    public static string RuntimeIdentifier => RuntimeInformation.RuntimeIdentifier;
#endif
}
