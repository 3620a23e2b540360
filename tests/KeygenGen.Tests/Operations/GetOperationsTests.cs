using System;
using System.Threading.Tasks;
using Keygen.Tests.Operations.Documents;
using Xunit;

namespace Keygen.Tests.Operations;

/// <summary>
/// Every read of one resource among the original operations (getTokenDetails, getSingleProduct, getSinglePolicy,
/// getSingleUser, getSingleLicense, getSingleMachine, getSingleKey, getSingleWebhook, getSingleWebhookEvent): a GET without
/// a body, and the typed model mapped from Keygen's document.
/// </summary>
public sealed class GetOperationsTests : OperationTest
{
    public static TheoryData<string, string, string, Func<KeygenClient, Task>> Gets => new()
    {
        {
            "tokens.get", $"/tokens/{TokenDocuments.Id}", TokenDocuments.Document(withValue: false),
            async k => TokenDocuments.AssertMapped(await k.Tokens.GetAsync(TokenDocuments.Id), withValue: false)
        },
        {
            "products.get", $"/products/{ProductDocuments.Id}", ProductDocuments.Document(),
            async k => ProductDocuments.AssertMapped(await k.Products.GetAsync(ProductDocuments.Id))
        },
        {
            "policies.get", $"/policies/{PolicyDocuments.Id}", PolicyDocuments.Document(),
            async k => PolicyDocuments.AssertMapped(await k.Policies.GetAsync(PolicyDocuments.Id))
        },
        {
            "users.get", $"/users/{UserDocuments.Id}", UserDocuments.Document(),
            async k => UserDocuments.AssertMapped(await k.Users.GetAsync(UserDocuments.Id))
        },
        {
            "licenses.get", $"/licenses/{LicenseDocuments.Key}", LicenseDocuments.Document(),
            async k => LicenseDocuments.AssertMapped(await k.Licenses.GetAsync(LicenseDocuments.Key))
        },
        {
            "machines.get", $"/machines/{MachineDocuments.Id}", MachineDocuments.Document(),
            async k => MachineDocuments.AssertMapped(await k.Machines.GetAsync(MachineDocuments.Id))
        },
        {
            "keys.get", $"/keys/{PoolKeyDocuments.Id}", PoolKeyDocuments.Document(),
            async k => PoolKeyDocuments.AssertMapped(await k.Keys.GetAsync(PoolKeyDocuments.Id))
        },
        {
            "webhookEndpoints.get", $"/webhook-endpoints/{WebhookDocuments.EndpointId}", JsonApiDocument.Single(WebhookDocuments.Endpoint()),
            async k => WebhookDocuments.AssertEndpoint(await k.WebhookEndpoints.GetAsync(WebhookDocuments.EndpointId))
        },
        {
            "webhookEvents.get", $"/webhook-events/{WebhookDocuments.EventId}", JsonApiDocument.Single(WebhookDocuments.Event()),
            async k => WebhookDocuments.AssertEvent(await k.WebhookEvents.GetAsync(WebhookDocuments.EventId))
        },
    };

    [Theory]
    [MemberData(nameof(Gets))]
    public async Task Get_reads_one_resource_into_its_model(string operation, string path, string document, Func<KeygenClient, Task> readAndAssert)
    {
        Reply(200, document);

        await CallOnceAsync(operation, readAndAssert);

        Expect("GET", Acme + path);
    }
}
