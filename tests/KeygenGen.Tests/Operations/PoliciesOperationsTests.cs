using System.Threading.Tasks;
using Keygen.Serialization;
using Keygen.Tests.Operations.Documents;
using Xunit;

namespace Keygen.Tests.Operations;

/// <summary>policies.create, update, list (addPolicy, updatePolicy, listPolicies). Get and delete: <see cref="GetOperationsTests"/>, <see cref="DeleteOperationsTests"/>.</summary>
public sealed class PoliciesOperationsTests : OperationTest
{
    [Fact]
    public async Task Create_posts_attributes_and_the_required_product()
    {
        Reply(201, PolicyDocuments.Document());

        Policy policy = await Keygen.Policies.CreateAsync(new CreatePolicyRequest
        {
            Name = "Pro",
            ProductId = ProductDocuments.Id,
            Duration = 31536000,
            MaxMachines = 3,
            MaxMemory = 68719476736L,
            Strict = true,
            Scheme = LicenseScheme.Ed25519Sign,
            HeartbeatResurrectionStrategy = HeartbeatResurrectionStrategy.Revive15Minutes,
            RequireHeartbeat = true,
        });

        Expect("POST", $"{Acme}/policies", body: $$"""
            {"data":{"type":"policies",
              "attributes":{"name":"Pro","duration":31536000,"strict":true,"scheme":"ED25519_SIGN","maxMachines":3,"maxMemory":68719476736,
                            "heartbeatResurrectionStrategy":"15_MINUTE_REVIVE","requireHeartbeat":true},
              "relationships":{"product":{"data":{"type":"products","id":"{{ProductDocuments.Id}}"} } } } }
            """);
        PolicyDocuments.AssertMapped(policy);
    }

    [Fact]
    public async Task Update_patches_only_what_is_set_and_clears_limits_set_to_null()
    {
        Reply(200, PolicyDocuments.Document());

        Policy policy = await Keygen.Policies.UpdateAsync(PolicyDocuments.Id, new UpdatePolicyRequest
        {
            MaxMachines = null,
            CheckInInterval = CheckInInterval.Week,
            ExpirationStrategy = ExpirationStrategy.MaintainAccess,
        });

        Expect("PATCH", $"{Acme}/policies/{PolicyDocuments.Id}", body: """
            {"data":{"type":"policies","attributes":{"maxMachines":null,"expirationStrategy":"MAINTAIN_ACCESS","checkInInterval":"week"}}}
            """);
        PolicyDocuments.AssertMapped(policy);
    }

    [Fact]
    public async Task List_filters_by_product()
    {
        Reply(200, JsonApiDocument.List([PolicyDocuments.Resource()], $"{KeygenAccount.Path}/policies?page%5Bcursor%5D=&page%5Bsize%5D=100&product={ProductDocuments.Id}", next: null));

        KeygenPage<Policy> page = await Keygen.Policies.ListPageAsync(new ListPoliciesRequest { Product = ProductDocuments.Id });

        Expect("GET", $"{Acme}/policies", query: [("product", ProductDocuments.Id), ("page[size]", "100"), ("page[cursor]", "")]);
        PolicyDocuments.AssertMapped(Assert.Single(page.Data));
        Assert.Null(page.Links.Next);
    }
}
