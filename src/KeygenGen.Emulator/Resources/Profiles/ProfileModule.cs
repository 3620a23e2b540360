using System.Text.Json.Nodes;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;

namespace Keygen.Emulator.Resources.Profiles;

/// <summary>
/// The current bearer (a user, product or license): <c>GET /me</c> includes the current token in <c>included</c>;
/// the older <c>GET /profile</c> gives its id in <c>meta.tokenId</c> instead.
/// </summary>
internal sealed class ProfileModule : IResourceModule
{
    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        routes.WithoutActiveSubscription(() =>
        {
            routes.Get("/me", Me);
            routes.Get("/profile", Profile);
        });
    }

    private static ApiResult Me(ApiRequest request)
    {
        var document = Documents.Single(request.Render(request.Caller.Bearer!));
        if (request.Caller.Token is { } token)
        {
            document["included"] = new JsonArray(request.Render(token));
        }

        return ApiResult.Ok(document);
    }

    private static ApiResult Profile(ApiRequest request) => ApiResult.Ok(Documents.Single(
        request.Render(request.Caller.Bearer!),
        new JsonObject { ["tokenId"] = request.Caller.Token?.Id.ToString() }));
}
