using System.Collections.Generic;
using System.Threading.Tasks;
using Keygen.Acceptance.Sdk;
using Xunit;

namespace Keygen.Acceptance.Runner;

/// <summary>The SDK checks on requests and answers made by hand: they match the operation meant, and they can fail.</summary>
public sealed class SdkChecksTests
{
    private const string License = "/v1/accounts/test1/licenses";

    private static readonly Dictionary<string, string> JsonApi = new() { ["Content-Type"] = "application/vnd.api+json; charset=utf-8" };

    [Fact]
    public void A_path_matches_the_most_literal_template_of_its_method()
    {
        Assert.Equal("licenses.validateKey", Match("POST", License + "/actions/validate-key").Method.OperationId);
        var validate = Match("POST", License + "/key%2F1/actions/validate");
        Assert.Equal("licenses.validate", validate.Method.OperationId);
        Assert.Equal("key/1", validate.PathParameters["id"]);
        Assert.Null(SdkPlan.Shared.Match("PUT", License + "/actions/validate-key"));
        Assert.Null(SdkPlan.Shared.Match("GET", "/v1/accounts/test1/no-such-resources"));
    }

    [Fact]
    public void Expressible_names_each_member_the_typed_request_has_no_property_for()
    {
        var validateKey = Match("POST", License + "/actions/validate-key");
        Assert.Empty(Expressibility.MissesOf(validateKey, string.Empty, """{ "meta": { "key": "K", "nonce": 9048238457, "scope": { "fingerprint": "f" } } }""", SdkPlan.Shared));
        Assert.Equal(
            ["meta.scope.colour", "meta.extra", "links"],
            Expressibility.MissesOf(validateKey, string.Empty, """{ "meta": { "key": "K", "scope": { "colour": "red" }, "extra": 1 }, "links": {} }""", SdkPlan.Shared));

        var list = Match("GET", License);
        Assert.Empty(Expressibility.MissesOf(list, "metadata%5Btier%5D=pro&page%5Bsize%5D=5&page%5Bcursor%5D=&environment=test", null, SdkPlan.Shared));
        Assert.Empty(Expressibility.MissesOf(list, "page%5Bnumber%5D=2&page%5Bsize%5D=5", null, SdkPlan.Shared));
        Assert.Equal(["query colour"], Expressibility.MissesOf(list, "page[number]=2&colour=red", null, SdkPlan.Shared));
    }

    [Fact]
    public void Create_ids_are_misses_unless_the_path_names_them_or_the_create_takes_them()
    {
        var update = Match("PATCH", License + "/abc");
        Assert.Empty(Expressibility.MissesOf(update, string.Empty, """{ "data": { "type": "licenses", "id": "abc", "attributes": { "name": "n" } } }""", SdkPlan.Shared));
        var create = Match("POST", License);
        Assert.Equal(["attributes.colour"], Expressibility.MissesOf(create, string.Empty,
            """{ "data": { "type": "licenses", "id": "x", "attributes": { "colour": 1 }, "relationships": { "policy": { "data": { "type": "policies", "id": "p" } } } } }""",
            SdkPlan.Shared));
        var withoutClientIds = Match("POST", "/v1/accounts/test1/products");
        Assert.Equal(["data.id"], Expressibility.MissesOf(withoutClientIds, string.Empty,
            """{ "data": { "type": "products", "id": "x", "attributes": { "name": "n" } } }""", SdkPlan.Shared));
    }

    [Fact]
    public async Task Readable_reads_through_the_generated_client_and_fails_as_it_would()
    {
        var get = Match("GET", License + "/abc");
        const string Good = """{ "data": { "id": "abc", "type": "licenses", "attributes": { "name": "n", "colour": "red" }, "relationships": { "policy": { "data": { "type": "policies", "id": "p" } } } } }""";
        await GeneratedCall.InvokeAsync(get, new ReplayedResponseHandler(200, JsonApi, Good));
        Assert.Equal(["licenses.attributes.colour"], UnknownMembers.Of(Good, get.Method, SdkPlan.Shared));

        const string Bad = """{ "data": { "id": "abc", "type": "licenses", "attributes": { "uses": "many" } } }""";
        await Assert.ThrowsAsync<KeygenMalformedResponseException>(() => GeneratedCall.InvokeAsync(get, new ReplayedResponseHandler(200, JsonApi, Bad)));
    }

    private static OperationMatch Match(string method, string path) => Assert.IsType<OperationMatch>(SdkPlan.Shared.Match(method, path));
}
