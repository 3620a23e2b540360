using System.Threading.Tasks;
using Keygen.Serialization;
using Keygen.Tests.Operations.Documents;
using Xunit;

namespace Keygen.Tests.Operations;

/// <summary>keys.create, update, list (addKey, updateKey, listKeys): a policy's pool of license keys. Get and delete: <see cref="GetOperationsTests"/>, <see cref="DeleteOperationsTests"/>.</summary>
public sealed class KeysOperationsTests : OperationTest
{
    [Fact]
    public async Task Create_posts_the_key_and_its_pool_policy()
    {
        Reply(201, PoolKeyDocuments.Document());

        PoolKey key = await Keygen.Keys.CreateAsync(new CreatePoolKeyRequest { Key = PoolKeyDocuments.Key, PolicyId = PolicyDocuments.Id });

        Expect("POST", $"{Acme}/keys", body: $$"""
            {"data":{"type":"keys","attributes":{"key":"{{PoolKeyDocuments.Key}}"},
              "relationships":{"policy":{"data":{"type":"policies","id":"{{PolicyDocuments.Id}}"} } } } }
            """);
        PoolKeyDocuments.AssertMapped(key);
    }

    [Fact]
    public async Task Update_patches_the_key()
    {
        Reply(200, PoolKeyDocuments.Document());

        PoolKey key = await Keygen.Keys.UpdateAsync(PoolKeyDocuments.Id, new UpdatePoolKeyRequest { Key = PoolKeyDocuments.Key });

        Expect("PATCH", $"{Acme}/keys/{PoolKeyDocuments.Id}", body: $$"""
            {"data":{"type":"keys","attributes":{"key":"{{PoolKeyDocuments.Key}}"} } }
            """);
        PoolKeyDocuments.AssertMapped(key);
    }

    [Fact]
    public async Task List_filters_by_policy()
    {
        Reply(200, JsonApiDocument.List([PoolKeyDocuments.Resource()], $"{KeygenAccount.Path}/keys", next: null));

        KeygenPage<PoolKey> page = await Keygen.Keys.ListPageAsync(new ListKeysRequest { Policy = PolicyDocuments.Id });

        Expect("GET", $"{Acme}/keys", query: [("policy", PolicyDocuments.Id), ("page[size]", "100"), ("page[cursor]", "")]);
        PoolKeyDocuments.AssertMapped(Assert.Single(page.Data));
    }
}
