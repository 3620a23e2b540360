using System;
using System.Threading.Tasks;
using Keygen.Http;
using Keygen.Tests.Operations.Documents;
using Xunit;

namespace Keygen.Tests.Operations;

/// <summary>
/// Every delete of the original operations (deleteProduct, deletePolicy, deleteUser, deleteLicense, revokeLicense,
/// deleteMachine, deleteKey, deleteWebhook, revokeToken): a DELETE without a body, answered with 204 and no document.
/// </summary>
public sealed class DeleteOperationsTests : OperationTest
{
    public static TheoryData<string, Func<KeygenClient, Task>, string> Deletes => new()
    {
        { "products.delete", k => k.Products.DeleteAsync(ProductDocuments.Id), $"/products/{ProductDocuments.Id}" },
        { "policies.delete", k => k.Policies.DeleteAsync(PolicyDocuments.Id), $"/policies/{PolicyDocuments.Id}" },
        { "users.delete", k => k.Users.DeleteAsync(UserDocuments.Id), $"/users/{UserDocuments.Id}" },
        { "licenses.delete", k => k.Licenses.DeleteAsync(LicenseDocuments.Id), $"/licenses/{LicenseDocuments.Id}" },
#pragma warning disable CS0618 // licenses.revoke is deprecated in favour of licenses.delete, but it is one of the original operations and must still work.
        { "licenses.revoke", k => k.Licenses.RevokeAsync(LicenseDocuments.Id), $"/licenses/{LicenseDocuments.Id}/actions/revoke" },
#pragma warning restore CS0618
        { "machines.delete", k => k.Machines.DeleteAsync(MachineDocuments.Fingerprint), "/machines/4a%3A9f%3Ac2%3A18%3A7e%3A03%3Ab6%3Ad1%3A55%3A0c%3Ae8%3A2a%3A91%3Af4%3A3d%3A7b" },
        { "keys.delete", k => k.Keys.DeleteAsync(PoolKeyDocuments.Id), $"/keys/{PoolKeyDocuments.Id}" },
        { "webhookEndpoints.delete", k => k.WebhookEndpoints.DeleteAsync(WebhookDocuments.EndpointId), $"/webhook-endpoints/{WebhookDocuments.EndpointId}" },
        { "tokens.revoke", k => k.Tokens.RevokeAsync(TokenDocuments.Id), $"/tokens/{TokenDocuments.Id}" },
    };

    [Theory]
    [MemberData(nameof(Deletes))]
    public async Task Delete_sends_DELETE_without_a_body_and_accepts_no_content(string operation, Func<KeygenClient, Task> call, string path)
    {
        ReplyNoContent();

        KeygenResponse response = await CallOnceAsync(operation, call);

        Expect("DELETE", Acme + path);
        Assert.Equal(204, response.StatusCode);
    }
}
