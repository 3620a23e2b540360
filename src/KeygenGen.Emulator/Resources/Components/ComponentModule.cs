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

    private static readonly MachineParts<MachineComponent> Parts = new("components", "machine component");

    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        renderers.Register<MachineComponent>(ComponentRenderer.Render);
        routes.Get("/components", Index);
        routes.Post("/components", Create);
        routes.Get("/components/{id}", Show);
        routes.Update("/components/{id}", Update);
        routes.Delete("/components/{id}", Destroy);
        Parts.RegisterRelated(routes, (_, m) => m.Components);
    }

    private static MachineComponent Find(ApiRequest request) => Parts.Find(request);

    private static ApiResult Index(ApiRequest request) => Listing.Of(request, Parts.Visible(request));

    private static ApiResult Show(ApiRequest request) => Listing.One(request, Find(request));

    private static ApiResult Create(ApiRequest request)
    {
        var data = Fields.Of(request.Params(ComponentSchemas.Create)).Child("data");
        var machine = Parts.MachineFor(request, data, "machine_component");
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
        // Authorized before the body is read, as Keygen's typed params are only read once authorize! passed.
        Access.RequireToChange(request, component, MachineAccess.CanUpdateParts(request.Caller, component.Machine));
        var attributes = Fields.Of(request.Params(ComponentSchemas.Update)).Child("data").Child("attributes");
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
        Access.RequireToChange(request, component, MachineAccess.CanChangeParts(request.Caller, component.Machine));
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
