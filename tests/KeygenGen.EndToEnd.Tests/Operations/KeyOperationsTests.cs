using System.Linq;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations;

/// <summary>addKey, getSingleKey, updateKey, listKeys, deleteKey: the key pool of a pooled policy.</summary>
public sealed class KeyOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("keys.create", "keys.get", "keys.update", "keys.list", "keys.delete")]
    public Task Pool_keys_are_created_read_updated_listed_handed_out_and_deleted() => CoveringAsync(async () =>
    {
        var policy = await Keygen.PolicyAsync(p => p.UsePool = true);
        var first = await Keygen.Keys.CreateAsync(new CreatePoolKeyRequest { PolicyId = policy.Id, Key = "POOL-FIRST" });
        var second = await Keygen.Keys.CreateAsync(new CreatePoolKeyRequest { PolicyId = policy.Id, Key = "POOL-SECOND" });
        var read = await Keygen.Keys.GetAsync(first.Id);

        Assert.Equal(("POOL-FIRST", policy.Id, policy.ProductId), (read.Key, read.PolicyId, read.ProductId));

        await Keygen.Keys.UpdateAsync(second.Id, new UpdatePoolKeyRequest { Key = "POOL-RENAMED" });
        Assert.Equal("POOL-RENAMED", (await Keygen.Keys.GetAsync(second.Id)).Key);

        var pool = await Keygen.Keys.ListAsync(new ListKeysRequest { Policy = policy.Id }).ToListAsync();
        Assert.Equal(["POOL-FIRST", "POOL-RENAMED"], pool.Select(k => k.Key).Order());

        // A license of a pooled policy takes the oldest key out of the pool.
        var license = await Keygen.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policy.Id });
        Assert.Equal("POOL-FIRST", license.Key);
        Assert.Equal([second.Id], (await Keygen.Keys.ListAsync(new ListKeysRequest { Policy = policy.Id }).ToListAsync()).Select(k => k.Id));

        await Keygen.Keys.DeleteAsync(second.Id);
        var gone = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Keys.GetAsync(second.Id));
        var empty = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policy.Id }));

        Assert.Equal(404, gone.StatusCode);
        Assert.Equal((422, "POLICY_POOL_EMPTY"), (empty.StatusCode, empty.Code));
    });
}
