using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;

namespace Keygen.Emulator.Resources.Licenses;

/// <summary>
/// The usage counter: <c>POST /licenses/{id}/actions/increment-usage</c> (<c>meta.increment</c>, default 1),
/// <c>decrement-usage</c> (<c>meta.decrement</c>) and <c>reset-usage</c>. The count stays within 0 and
/// <c>maxUses</c> (<c>USES_INVALID</c>, <c>USES_LIMIT_EXCEEDED</c>). Increments and decrements lock the license row
/// without waiting, like Keygen's <c>FOR UPDATE NOWAIT</c>: one that collides with another is a 409.
/// </summary>
internal static class LicenseUsage
{
    private static readonly RequestSchema Increment = new(Param.Object("meta", Param.Integer("increment").Optional()).Optional());

    private static readonly RequestSchema Decrement = new(Param.Object("meta", Param.Integer("decrement").Optional()).Optional());

    public static void Register(RouteTable routes)
    {
        routes.PostNoWait("/licenses/{id}/actions/increment-usage", request => Change(request, Increment, "increment", +1), "licenses");
        routes.PostNoWait("/licenses/{id}/actions/decrement-usage", request => Change(request, Decrement, "decrement", -1), "licenses");
        routes.Post("/licenses/{id}/actions/reset-usage", Reset);
    }

    /// <param name="request">The request.</param>
    /// <param name="schema">The body it accepts.</param>
    /// <param name="by">The <c>meta</c> key holding the step (<c>increment</c> or <c>decrement</c>).</param>
    /// <param name="sign">+1 to add the step, -1 to subtract it.</param>
    private static ApiResult Change(ApiRequest request, RequestSchema schema, string by, int sign)
    {
        var license = LicenseModule.Find(request);
        // Keygen authorizes before it reads the body.
        Access.RequireToChange(request, license, sign > 0 ? CanIncrement(request.Caller, license) : LicenseAccess.CanManage(request.Caller, license));
        var step = Fields.Of(request.Params(schema)).Child("meta").Long(by, ErrorSource.Pointer("/meta/" + by)) ?? 1;
        if (request.Contended)
        {
            // Keygen says "increment" for both directions.
            throw Errors.Conflict("failed to increment due to another conflicting update", ErrorSource.Pointer("/data/attributes/uses"));
        }

        var uses = license.Uses + (sign * step);
        if (uses is < int.MinValue or > int.MaxValue)
        {
            throw Errors.BadRequest("integer is too large", ErrorSource.Pointer("/meta/" + by));
        }

        return Apply(request, license, (int)uses, sign > 0 ? "license.usage.incremented" : "license.usage.decremented");
    }

    private static ApiResult Reset(ApiRequest request)
    {
        var license = LicenseModule.Find(request);
        Access.RequireToChange(request, license, LicenseAccess.CanManage(request.Caller, license));
        return Apply(request, license, 0, "license.usage.reset");
    }

    /// <summary>Keygen's License validations of <c>uses</c>: never negative, and at most <c>maxUses</c> when it changes.</summary>
    private static ApiResult Apply(ApiRequest request, License license, int uses, string eventName)
    {
        var errors = new ValidationErrors("licenses", "license");
        if (uses < 0)
        {
            errors.Attribute("uses", "INVALID", "must be greater than or equal to 0");
        }

        if (uses != license.Uses && license.MaxUses is { } max && uses > max)
        {
            errors.Attribute("uses", "LIMIT_EXCEEDED", $"usage exceeds maximum allowed for license ({max})");
        }

        errors.ThrowIfAny();
        license.Uses = uses;
        license.Updated = request.Now;
        Broadcast.Publish(request, eventName, license);
        return Listing.One(request, license);
    }

    /// <summary>Increment: staff who sell or support, the product, the license itself, and its owner unless it is protected.</summary>
    private static bool CanIncrement(Principal caller, License license) =>
        LicenseAccess.CanManage(caller, license) || caller.Bearer == license || (caller.Bearer is User user && license.Owner == user && !license.Protected);
}
