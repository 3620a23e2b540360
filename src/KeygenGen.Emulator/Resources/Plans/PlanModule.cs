using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Billing;
using Keygen.Emulator.Resources.Common;

namespace Keygen.Emulator.Resources.Plans;

/// <summary>
/// Keygen Cloud plans: the account-less <c>GET /v1/plans</c> (public plans) and <c>/v1/plans/{id}</c> (any plan),
/// and the account's own plan, <c>GET /plan</c> for staff and <c>PATCH /plan</c> for admins.
/// </summary>
internal sealed class PlanModule : IResourceModule
{
    private static readonly RequestSchema ChangeSchema = RequestSchema.Linkage(false, "plan", "plans");

    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        renderers.Register<Plan>(PlanRenderer.Render);
        routes.Unscoped("GET", "/plans", request => Listing.Of(request, request.Store.Plans.Where(p => !p.Private)));
        routes.Unscoped("GET", "/plans/{id}", request => Listing.One(request, Find(request, request.Route("id"))));
        routes.WithoutActiveSubscription(() =>
        {
            routes.Get("/plan", Current);
            routes.Update("/plan", Change);
        });
    }

    private static Plan Find(ApiRequest request, string id) => request.Store.FindPlan(id) ?? throw Errors.NotFound("plan", id);

    private static ApiResult Current(ApiRequest request)
    {
        Access.Require(request, request.Caller.IsStaff);
        return Listing.One(request, Billings.Of(request.Account).Plan);
    }

    private static ApiResult Change(ApiRequest request)
    {
        var data = Fields.Of(request.Params(ChangeSchema)).Child("data");
        Access.Require(request, request.Caller.Is(Role.Admin));
        EnvironmentalRows.RequireGlobalRequest(request);
        var billing = Billings.Of(request.Account);
        billing.Plan = Find(request, data.String("id")!);
        billing.Updated = request.Now;
        Broadcast.Publish(request, "account.plan.updated", billing.Plan);
        return Listing.One(request, billing.Plan);
    }
}
