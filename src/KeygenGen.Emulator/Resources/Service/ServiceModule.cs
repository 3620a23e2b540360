using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;

namespace Keygen.Emulator.Resources.Service;

/// <summary>
/// The account-less service routes besides sign-up and plans: <c>GET /v1/ping</c> (200, no body) and
/// <c>POST /v1/recover</c>, which Keygen answers 204 whether or not the email belongs to an account (so it reveals
/// nothing); the emulator sends no email.
/// </summary>
internal sealed class ServiceModule : IResourceModule
{
    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        routes.Unscoped("GET", "/ping", _ => new ApiResult(200, null));
        routes.Unscoped("POST", "/recover", request =>
        {
            request.Params(SignupSchemas.Recover);
            return ApiResult.NoContent();
        });
    }
}
