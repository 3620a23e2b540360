using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using Microsoft.Win32;

namespace Keygen.Licensing;

/// <summary>Reads the operating system's own stable machine identifier.</summary>
internal static partial class PlatformMachineId
{
    /// <summary>systemd's id, then D-Bus's copy of it (older or minimal distributions).</summary>
    internal static readonly string[] LinuxPaths = ["/etc/machine-id", "/var/lib/dbus/machine-id"];

    private static readonly TimeSpan IoregTimeout = TimeSpan.FromSeconds(5);

    public static string Read()
    {
        var id = HostPlatform.IsWindows() ? ReadWindowsMachineGuid()
            : HostPlatform.IsMacOS() ? ParseIoregPlatformUuid(RunIoreg())
            : ReadFirstFile(LinuxPaths);
        return id ?? throw new MachineIdUnavailableException(
            $"No machine id was found on {Environment.OSVersion.Platform}; pass your own id source or IMachineFingerprintProvider.");
    }

    /// <summary>The first non-empty file among <paramref name="paths"/>, trimmed; containers often ship an empty one.</summary>
    internal static string? ReadFirstFile(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            try
            {
                var text = File.ReadAllText(path).Trim();
                if (text.Length > 0)
                {
                    return text;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Missing or unreadable: try the next location.
            }
        }

        return null;
    }

    /// <summary>Finds <c>"IOPlatformUUID" = "…"</c> in the output of <c>ioreg -rd1 -c IOPlatformExpertDevice</c>.</summary>
    internal static string? ParseIoregPlatformUuid(string? output)
    {
        var match = output is null ? Match.Empty : IoregPlatformUuid().Match(output);
        return match.Success ? match.Groups["uuid"].Value : null;
    }

    [SupportedOSPlatform("windows")]
    private static string? ReadWindowsMachineGuid()
    {
        // The 64-bit view: a 32-bit process would otherwise be redirected to WOW6432Node, which lacks MachineGuid.
        using var hive = RegistryKey.OpenBaseKey(RegistryHive.LocalMachine, RegistryView.Registry64);
        using var key = hive.OpenSubKey(@"SOFTWARE\Microsoft\Cryptography");
        return key?.GetValue("MachineGuid") as string;
    }

    private static string? RunIoreg()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("ioreg", "-rd1 -c IOPlatformExpertDevice")
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
                CreateNoWindow = true,
            });
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit((int)IoregTimeout.TotalMilliseconds) || !output.Wait(IoregTimeout))
            {
                process.Kill();
                return null;
            }

            return output.Result;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return null;
        }
    }

    private const string IoregPlatformUuidPattern = "\"IOPlatformUUID\"\\s*=\\s*\"(?<uuid>[^\"]+)\"";

#if LEGACY_TARGET
    // No regex source generator before .NET 7; read once per process, so not worth compiling.
    private static Regex IoregPlatformUuid() => new(IoregPlatformUuidPattern);
#else
    [GeneratedRegex(IoregPlatformUuidPattern)]
    private static partial Regex IoregPlatformUuid();
#endif
}
