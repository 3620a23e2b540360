using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Signing;

namespace Keygen.Emulator.Resources.Machines;

/// <summary>
/// The legacy <c>POST /machines/{id}/actions/generate-offline-proof</c>: <c>meta.proof</c> is
/// <c>proof/&lt;base64url(JSON dataset)&gt;.&lt;base64url(RSA-SHA256 signature)&gt;</c> with the account's RSA key,
/// over a dataset the caller gives (privileged bearers) or Keygen's default one.
/// </summary>
internal static class MachineProofs
{
    private static readonly RequestSchema Body = new(Param.Object("meta", Param.FreeObject("dataset") with { MaxDepth = null, AllowsBlank = false }).Optional().When(Privileged));

    public static void Register(RouteTable routes) => routes.Post("/machines/{id}/actions/generate-offline-proof", Generate);

    private static bool Privileged(ApiRequest r) => r.Caller.Is(Role.Admin, Role.Developer, Role.SalesAgent, Role.SupportAgent, Role.Product, Role.Environment);

    private static ApiResult Generate(ApiRequest request)
    {
        var machine = MachineModule.Find(request);
        var given = Fields.Of(request.Params(Body)).Child("meta").Object("dataset");
        Access.Require(request, MachineAccess.CanProve(request.Caller, machine));

        // Keygen stores request keys in snake_case, so a given dataset is signed with its keys underscored.
        var dataset = given is null ? DefaultDataset(request, machine) : Underscored(given)!;
        var signing = "proof/" + Base64Url.Padded(Encoding.UTF8.GetBytes(JsonValues.Serialize(dataset)));
        var signature = request.Account.Keys.Sign(SignatureAlgorithms.RsaSha256, Encoding.UTF8.GetBytes(signing));
        var meta = new JsonObject { ["proof"] = signing + "." + Base64Url.Padded(signature) };
        Broadcast.Publish(request, "machine.proofs.generated", machine, (JsonObject)meta.DeepClone());
        return ApiResult.Ok(Documents.Single(request.Render(machine), meta));
    }

    private static JsonObject DefaultDataset(ApiRequest request, Machine machine) => new()
    {
        ["account"] = new JsonObject { ["id"] = request.Account.Account.Id.ToString() },
        ["product"] = new JsonObject { ["id"] = machine.Product.Id.ToString() },
        ["policy"] = new JsonObject { ["id"] = machine.Policy.Id.ToString(), ["duration"] = JsonValues.Of(machine.Policy.Duration) },
        ["license"] = new JsonObject
        {
            ["id"] = machine.License.Id.ToString(),
            ["key"] = machine.License.Key,
            ["expiry"] = JsonValues.Of(machine.License.Expiry),
        },
        ["machine"] = new JsonObject
        {
            ["id"] = machine.Id.ToString(),
            ["fingerprint"] = machine.Fingerprint,
            ["created"] = JsonValues.Of(machine.Created),
        },
        ["ts"] = JsonValues.Timestamp(request.Now),
    };

    private static JsonNode? Underscored(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(KeyCase.Underscore(p.Key), Underscored(p.Value)))),
        JsonArray array => new JsonArray(array.Select(Underscored).ToArray()),
        _ => node?.DeepClone(),
    };
}
