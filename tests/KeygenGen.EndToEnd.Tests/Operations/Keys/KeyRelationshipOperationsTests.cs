using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Keys;

/// <summary>A pooled key's relationships: its product and its policy.</summary>
public sealed class KeyRelationshipOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("keys.getProduct", "keys.getPolicy")]
    public Task A_pooled_key_reads_its_policy_and_that_policys_product() => CoveringAsync(async () =>
    {
        var policy = await Keygen.PolicyAsync(p => { p.UsePool = true; p.Name = "Pooled"; });
        var key = await Keygen.Keys.CreateAsync(new CreatePoolKeyRequest { PolicyId = policy.Id, Key = "POOL-RELATED" });

        var ownPolicy = await Keygen.Keys.GetPolicyAsync(key.Id);
        var product = await Keygen.Keys.GetProductAsync(key.Id);
        await Keygen.Keys.DeleteAsync(key.Id);
        var gone = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Keys.GetPolicyAsync(key.Id));

        Assert.Equal((policy.Id, "Pooled", true), (ownPolicy.Id, ownPolicy.Name, ownPolicy.UsePool));
        Assert.Equal((policy.ProductId, "Studio"), (product.Id, product.Name));
        Assert.Equal(404, gone.StatusCode);
    });
}
