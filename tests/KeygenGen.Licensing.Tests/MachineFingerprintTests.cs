using System;
using System.IO;
using System.Linq;
using Keygen.Licensing;
using KeygenGen.Licensing.Tests.Vectors;
using Xunit;

namespace KeygenGen.Licensing.Tests;

public sealed class MachineFingerprintTests
{
    private static readonly FingerprintVector Vector = VectorSet.Instance.MachineFingerprint;

    [Fact]
    public void The_fingerprint_is_the_salted_hmac_computed_by_node()
    {
        var fingerprint = new MachineFingerprintProvider(Vector.Salt, () => Vector.MachineId).GetFingerprint();
        Assert.Equal(Vector.Expected, fingerprint);
        Assert.DoesNotContain(Vector.MachineId, fingerprint, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Surrounding_whitespace_of_the_raw_id_is_ignored()
    {
        Assert.Equal(Vector.Expected, new MachineFingerprintProvider(Vector.Salt, () => $"  {Vector.MachineId}\n").GetFingerprint());
    }

    [Fact]
    public void Another_application_gets_an_unrelated_fingerprint()
    {
        var other = new MachineFingerprintProvider(Vector.Salt + ".other", () => Vector.MachineId).GetFingerprint();
        Assert.NotEqual(Vector.Expected, other);
        Assert.Equal(64, other.Length);
    }

    [Fact]
    public void The_id_source_is_read_once_per_provider()
    {
        var calls = 0;
        var provider = new MachineFingerprintProvider(Vector.Salt, () => $"id-{++calls}");
        Assert.Equal(provider.GetFingerprint(), provider.GetFingerprint());
        Assert.Equal(1, calls);
    }

    [Fact]
    public void An_empty_id_or_salt_is_an_error()
    {
        Assert.Throws<MachineIdUnavailableException>(() => new MachineFingerprintProvider(Vector.Salt, () => " \n").GetFingerprint());
        Assert.Throws<ArgumentException>(() => new MachineFingerprintProvider(string.Empty, () => Vector.MachineId));
    }

    [Fact]
    public void The_platform_id_is_stable_and_matches_the_os_source()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Equal(new MachineFingerprintProvider("app").GetFingerprint(), new MachineFingerprintProvider("app").GetFingerprint());
            return;
        }

        var expected = PlatformMachineId.LinuxPaths.Where(File.Exists).Select(p => File.ReadAllText(p).Trim()).FirstOrDefault(t => t.Length > 0);
        if (expected is null)
        {
            Assert.Throws<MachineIdUnavailableException>(PlatformMachineId.Read);
            return;
        }

        Assert.Equal(expected, PlatformMachineId.Read());
        Assert.Equal(new MachineFingerprintProvider("app", () => expected).GetFingerprint(), new MachineFingerprintProvider("app").GetFingerprint());
    }

    [Fact]
    public void The_first_non_empty_file_wins()
    {
        var directory = Directory.CreateTempSubdirectory("keygen-machine-id-");
        try
        {
            var empty = Path.Combine(directory.FullName, "empty");
            var real = Path.Combine(directory.FullName, "real");
            File.WriteAllText(empty, "\n");
            File.WriteAllText(real, "0123456789abcdef0123456789abcdef\n");

            Assert.Equal("0123456789abcdef0123456789abcdef", PlatformMachineId.ReadFirstFile([Path.Combine(directory.FullName, "missing"), empty, real]));
            Assert.Null(PlatformMachineId.ReadFirstFile([empty]));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_macos_platform_uuid_is_read_from_ioreg_output()
    {
        const string Output = """
            +-o J314sAP  <class IOPlatformExpertDevice, id 0x100000209, registered, matched, active, busy 0 (117 ms), retain 33>
                {
                  "IOPlatformSerialNumber" = "C02XXXXXXXXX"
                  "IOPlatformUUID" = "8F3C2A10-5B4E-4C1D-9E7F-0A1B2C3D4E5F"
                  "model" = <"MacBookPro18,3">
                }
            """;
        Assert.Equal("8F3C2A10-5B4E-4C1D-9E7F-0A1B2C3D4E5F", PlatformMachineId.ParseIoregPlatformUuid(Output));
        Assert.Null(PlatformMachineId.ParseIoregPlatformUuid("no uuid here"));
        Assert.Null(PlatformMachineId.ParseIoregPlatformUuid(null));
    }
}
