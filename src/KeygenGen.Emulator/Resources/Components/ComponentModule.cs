using System;
using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.Resources.Machines;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Components;

/// <summary>
/// <c>/components</c>: a machine's hardware components (also created inline on activation), unique per the
/// policy's component uniqueness strategy, plus their product/license/machine and a machine's components.
/// </summary>
internal sealed class ComponentModule : IResourceModule
{
    private static readonly AttributeSetters<MachineComponent> Setters = new()
    {
        ["name"] = (c, f, n) => c.Name = f.String(n)!,
        ["metadata"] = (c, f, n) => c.Metadata = f.Object(n)!,
    };

    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        renderers.Register<MachineComponent>(ComponentRenderer.Render);
        routes.Get("/components", Index);
        routes.Post("/components", Create);
        routes.Get("/components/{id}", Show);
        routes.Update("/components/{id}", Update);
        routes.Delete("/components/{id}", Destroy);
        Related.One(routes, "/components/{component_id}/product", FindParent, c => c.Product);
        Related.One(routes, "/components/{component_id}/license", FindParent, c => c.License);
        Related.One(routes, "/components/{component_id}/machine", FindParent, c => c.Machine);
        Related.Many(routes, "/machines/{machine_id}/components", r => MachineModule.Find(r, "machine_id"), m => m.Components, "component");
    }

    private static MachineComponent Find(ApiRequest request, string routeValue = "id") =>
        Lookup.Find<MachineComponent>(request, "component", c => Visibility.Machine(request.Caller, c.Machine), routeValue);

    private static MachineComponent FindParent(ApiRequest request) => Find(request, "component_id");

    private static ApiResult Index(ApiRequest request)
    {
        var rows = request.Account.Table<MachineComponent>().All
            .Where(c => Visibility.Machine(request.Caller, c.Machine))
            .Filter(request, "product", (c, v) => QueryFilters.SameId(c.Product.Id, v))
            .Filter(request, "machine", (c, v) => QueryFilters.SameId(c.Machine.Id, v))
            .Filter(request, "license", (c, v) => QueryFilters.SameId(c.License.Id, v))
            .Filter(request, "owner", (c, v) => c.Machine.Owner is { } owner && QueryFilters.SameId(owner.Id, v))
            .Filter(request, "user", (c, v) => c.License.Owner is { } owner && (QueryFilters.SameId(owner.Id, v) || owner.Email == v));
        return Listing.Of(request, rows);
    }

    private static ApiResult Show(ApiRequest request) => Listing.One(request, Find(request));

    private static ApiResult Create(ApiRequest request)
    {
        var data = Fields.Of(request.Params(ComponentSchemas.Create)).Child("data");
        var found = request.Account.Table<Machine>().Find(data.LinkageId("machine")!.Value);
        Access.Require(request, request.Caller.Is(Role.Admin, Role.Developer, Role.SalesAgent) || (found is not null && MachineAccess.CanChangeParts(request.Caller, found)));
        var machine = found ?? throw ValidationErrors.MissingRelationship("components", "machine_component", "machine");
        var attributes = data.Child("attributes");
        var component = new MachineComponent(Guid.NewGuid(), request.Now, machine, attributes.String("fingerprint")!, attributes.String("name")!);
        Setters.Apply(component, attributes);

        var errors = new ValidationErrors("components", "machine_component");
        ComponentRules.CheckNew(request.Account, component, [component], (attribute, error, detail) => errors.Attribute(attribute, error, detail));
        errors.ThrowIfAny();
        Add(request.Account, component);
        Broadcast.Publish(request, "component.created", component);
        return Listing.Created(request, component, "components");
    }

    private static ApiResult Update(ApiRequest request)
    {
        var component = Find(request);
        var attributes = Fields.Of(request.Params(ComponentSchemas.Update)).Child("data").Child("attributes");
        Access.Require(request, request.Caller.Is(Role.SupportAgent) || MachineAccess.CanChangeParts(request.Caller, component.Machine));
        Changes.Apply(component, () =>
        {
            Setters.Apply(component, attributes);
            var errors = new ValidationErrors("components", "machine_component");
            if (component.Name.Length > 255)
            {
                errors.Attribute("name", "TOO_LONG", "is too long (maximum is 255 characters)");
            }

            errors.ThrowIfAny();
        });
        component.Updated = request.Now;
        Broadcast.Publish(request, "component.updated", component);
        return Listing.One(request, component);
    }

    private static ApiResult Destroy(ApiRequest request)
    {
        var component = Find(request);
        Access.Require(request, MachineAccess.CanChangeParts(request.Caller, component.Machine));
        Broadcast.Publish(request, "component.deleted", component);
        Deletions.Component(request.Account, component);
        return ApiResult.NoContent();
    }

    /// <summary>Stores a validated component on its machine (also used for a machine's inline components).</summary>
    public static void Add(AccountState account, MachineComponent component)
    {
        account.Table<MachineComponent>().Add(component);
        component.Machine.Components.Add(component);
    }
}
