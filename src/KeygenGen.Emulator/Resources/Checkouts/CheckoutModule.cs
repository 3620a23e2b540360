using Keygen.Emulator.Auth;
using Keygen.Emulator.Auth.Permissions;
using Keygen.Emulator.Events;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Resources.Licenses;
using Keygen.Emulator.Resources.Machines;

namespace Keygen.Emulator.Resources.Checkouts;

/// <summary>
/// Offline check-out (keygen-api.md §1.17): <c>POST …/actions/check-out</c> answers a <c>license-files</c> or
/// <c>machine-files</c> resource, <c>GET</c> the raw certificate as <c>application/octet-stream</c> (<c>&lt;id&gt;.lic</c>).
/// Options come from the query string, and for <c>POST</c> also from <c>meta</c>.
/// </summary>
internal sealed class CheckoutModule : IResourceModule
{
    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        routes.Post("/licenses/{id}/actions/check-out", request => CheckOutLicense(request, download: false));
        routes.Get("/licenses/{id}/actions/check-out", request => CheckOutLicense(request, download: true));
        routes.Post("/machines/{id}/actions/check-out", request => CheckOutMachine(request, download: false));
        routes.Get("/machines/{id}/actions/check-out", request => CheckOutMachine(request, download: true));
    }

    private static ApiResult CheckOutLicense(ApiRequest request, bool download)
    {
        var license = LicenseModule.Find(request);
        var options = CheckoutOptions.Read(request, withBody: !download, CheckoutKind.License, license.Policy.Scheme);
        Access.RequireToChange(request, license, LicenseAccess.CanCheckOut(request.Caller, license));
        PermissionCheck.AlsoVerify(request, CheckoutPermissions.For(CheckoutKind.License, options.Includes));
        var answer = new CheckoutFile(CheckoutKind.License, options, license, Machine: null).Issue(request, download);
        license.LastCheckOut = request.Now;
        Broadcast.Publish(request, "license.checked-out", license);
        return answer;
    }

    private static ApiResult CheckOutMachine(ApiRequest request, bool download)
    {
        var machine = MachineModule.Find(request);
        var options = CheckoutOptions.Read(request, withBody: !download, CheckoutKind.Machine, machine.Policy.Scheme);
        Access.RequireToChange(request, machine, MachineAccess.CanCheckOut(request.Caller, machine));
        PermissionCheck.AlsoVerify(request, CheckoutPermissions.For(CheckoutKind.Machine, options.Includes));
        var answer = new CheckoutFile(CheckoutKind.Machine, options, machine.License, machine).Issue(request, download);
        machine.LastCheckOut = request.Now;
        Broadcast.Publish(request, "machine.checked-out", machine);
        return answer;
    }
}
