using System.Linq;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations;

/// <summary>addPolicy, getSinglePolicy, updatePolicy, listPolicies, deletePolicy.</summary>
public sealed class PolicyOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("policies.create", "policies.get", "policies.update", "policies.list", "policies.delete")]
    public Task A_policy_is_created_read_updated_listed_and_deleted() => CoveringAsync(async () =>
    {
        var product = await Keygen.ProductAsync();
        var created = await Keygen.Policies.CreateAsync(new CreatePolicyRequest
        {
            Name = "Pro",
            ProductId = product.Id,
            Duration = 86400 * 30,
            Floating = true,
            MaxMachines = 3,
        });
        var read = await Keygen.Policies.GetAsync(created.Id);

        Assert.Equal("Pro", read.Name);
        Assert.Equal(product.Id, read.ProductId);
        Assert.Equal(86400 * 30, read.Duration);
        Assert.True(read.Floating);
        Assert.Equal(3, read.MaxMachines);

        await Keygen.Policies.UpdateAsync(created.Id, new UpdatePolicyRequest { Name = "Pro Plus", MaxMachines = 5, Duration = null });
        var reread = await Keygen.Policies.GetAsync(created.Id);

        Assert.Equal("Pro Plus", reread.Name);
        Assert.Equal(5, reread.MaxMachines);
        Assert.Null(reread.Duration);
        Assert.True(reread.Floating);

        var other = await Keygen.PolicyAsync();
        var listed = await Keygen.Policies.ListAsync(new ListPoliciesRequest { Product = product.Id }).ToListAsync();
        Assert.Equal([created.Id], listed.Select(p => p.Id));
        Assert.Contains(await Keygen.Policies.ListAsync().ToListAsync(), p => p.Id == other.Id);

        await Keygen.Policies.DeleteAsync(created.Id);
        var gone = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Policies.GetAsync(created.Id));
        Assert.Equal(404, gone.StatusCode);
        Assert.Empty(await Keygen.Policies.ListAsync(new ListPoliciesRequest { Product = product.Id }).ToListAsync());
    });
}
