using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Tests.Transport.Fixtures;
using Xunit;

namespace Keygen.Tests.Shapes;

/// <summary>
/// Union responses over real HTTP: <c>/me</c> answers with whichever resource the credentials belong to, and search
/// with a list of the type searched. The member is chosen by the resource object's <c>type</c>, wherever it stands
/// among the object's members; a type the SDK does not know is kept, never an error.
/// </summary>
public sealed class UnionResponseTests : KeygenServerTest
{
    public static TheoryData<string, string> Bearers => new()
    {
        // type first, type last, type between attributes and links
        { "licenses", """{"data":{"type":"licenses","id":"lic-1","attributes":{"name":"Seat 1"},"links":{"self":"/l/lic-1"}}}""" },
        { "licenses", """{"data":{"id":"lic-1","attributes":{"name":"Seat 1"},"links":{"self":"/l/lic-1"},"type":"licenses"}}""" },
        { "users", """{"data":{"attributes":{"email":"ops@example.com"},"id":"lic-1","relationships":{"group":{"data":null}},"type":"users"}}""" },
        { "products", """{"data":{"attributes":{"name":"Studio"},"type":"products","links":{"self":"/p"},"id":"lic-1"}}""" },
        { "environments", """{"meta":{"x":1},"data":{"id":"lic-1","attributes":{"name":"Sandbox","code":"sandbox"},"type":"environments"}}""" },
    };

    [Theory]
    [MemberData(nameof(Bearers))]
    public async Task Me_reads_the_member_its_type_names_whatever_the_member_order(string type, string document)
    {
        Server.Fallback = Replies.Json(200, document);
        using KeygenClient client = TestClients.Client(Server);

        Bearer me = await client.Profile.MeAsync();

        Assert.Equal("/v1/accounts/acme/me", Assert.Single(Server.Requests).Path);
        Assert.Equal((type, "lic-1"), (me.Type, me.Id));
        Assert.Null(me.UnknownJson);
        var described = me.Match(
            user: u => $"user {u.Email}",
            product: p => $"product {p.Name}",
            license: l => $"license {l.Name} at {l.SelfLink}",
            keygenEnvironment: e => $"environment {e.Code}",
            unknown: b => $"unknown {b.Type}");
        string expected = type switch
        {
            "licenses" => "license Seat 1 at /l/lic-1",
            "users" => "user ops@example.com",
            "products" => "product Studio",
            _ => "environment sandbox",
        };
        Assert.Equal(expected, described);
        Assert.Single(new object?[] { me.User, me.Product, me.License, me.KeygenEnvironment }.OfType<object>());
        Assert.Same(me.User ?? (object?)me.Product ?? (object?)me.License ?? me.KeygenEnvironment, me.Resource);
    }

    [Fact]
    public async Task An_unknown_bearer_type_keeps_its_type_id_and_json_instead_of_failing()
    {
        Server.Fallback = Replies.Json(200, """{"data":{"attributes":{"seats":3},"id":"t-9","type":"teams"}}""");
        using KeygenClient client = TestClients.Client(Server);

        Bearer me = await client.Profile.MeAsync();

        Assert.Equal(("teams", "t-9"), (me.Type, me.Id));
        Assert.Null(me.Resource);
        Assert.Equal(3, me.UnknownJson!.Value.GetProperty("attributes").GetProperty("seats").GetInt32());
        Assert.Equal("unknown teams", me.Match(u => "user", p => "product", l => "license", e => "environment", b => "unknown " + b.Type));
    }

    [Fact]
    public async Task A_resource_object_without_a_type_is_a_malformed_response()
    {
        Server.Fallback = Replies.Json(200, """{"data":{"id":"x","attributes":{"name":"Seat"}}}""");
        using KeygenClient client = TestClients.Client(Server);

        var error = await Assert.ThrowsAsync<KeygenMalformedResponseException>(() => client.Profile.MeAsync());

        Assert.Contains("\"type\"", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_sends_meta_and_reads_a_list_of_mixed_types_in_order()
    {
        Server.Fallback = Replies.Json(200, """
            {"data":[
              {"type":"licenses","id":"l1","attributes":{"name":"Studio seat"}},
              {"attributes":{"fingerprint":"fp-1"},"id":"m1","type":"machines"},
              {"id":"x1","type":"future-things","attributes":{}}
            ],"links":{"self":"/v1/accounts/acme/search"}}
            """);
        using KeygenClient client = TestClients.Client(Server);

        var results = await client.Search.QueryAsync(new SearchRequest
        {
            Type = SearchType.Licenses,
            Query = new JsonObject { ["name"] = "studio" },
            Op = SearchOperator.Or,
            Limit = 5,
        });

        RecordedRequest sent = Assert.Single(Server.Requests);
        Assert.Equal(("POST", "/v1/accounts/acme/search", "5"), (sent.Method, sent.Path, sent.Query["limit"]));
        Assert.Equal("""{"meta":{"type":"licenses","query":{"name":"studio"},"op":"OR"}}""", sent.BodyText);
        Assert.Equal(["licenses", "machines", "future-things"], results.Select(r => r.Type));
        Assert.Equal("Studio seat", results[0].License!.Name);
        Assert.Equal("fp-1", results[1].Machine!.Fingerprint);
        Assert.True(results[2].Resource is null && results[2].UnknownJson is not null);
    }
}
