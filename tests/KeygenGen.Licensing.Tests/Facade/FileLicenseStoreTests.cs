using System;
using System.IO;
using System.Threading.Tasks;
using Keygen.Licensing;
using Xunit;

namespace KeygenGen.Licensing.Tests.Facade;

/// <summary>The default offline file store: one file, replaced whole, named so that the key never shows.</summary>
public sealed class FileLicenseStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "keygengen-store-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task ItKeepsOneCertificateReplacesItWholeAndForgetsIt()
    {
        var store = new FileLicenseStore(Path.Combine(_folder, "nested", "license.lic"));

        var before = await store.ReadAsync(default);
        await store.WriteAsync("first", default);
        await store.WriteAsync("second", default);
        var after = await store.ReadAsync(default);
        await store.DeleteAsync(default);
        await store.DeleteAsync(default);

        Assert.Null(before);
        Assert.Equal("second", after);
        Assert.Null(await store.ReadAsync(default));
        Assert.Empty(Directory.GetFiles(Path.Combine(_folder, "nested")));
    }

    [Fact]
    public void TheDefaultPathIsUnderLocalAppDataAndNamedByAHashOfAccountAndKey()
    {
        const string key = "ABCDEF-123456-V3";
        var store = FileLicenseStore.ForLicense("https://api.keygen.sh/v1/accounts/acme", key);
        var other = FileLicenseStore.ForLicense("https://api.keygen.sh/v1/accounts/acme", key + "X");
        var otherAccount = FileLicenseStore.ForLicense("https://api.keygen.sh/v1/accounts/umbrella", key);

        Assert.StartsWith(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), store.Path, StringComparison.Ordinal);
        Assert.Matches("[0-9a-f]{32}\\.lic$", store.Path);
        Assert.DoesNotContain(key, store.Path, StringComparison.Ordinal);
        Assert.Equal(store.Path, FileLicenseStore.ForLicense("https://api.keygen.sh/v1/accounts/acme", key).Path);
        Assert.NotEqual(store.Path, other.Path);
        Assert.NotEqual(store.Path, otherAccount.Path);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
