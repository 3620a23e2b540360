using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Auth.Permissions;
using Keygen.Emulator.Events;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Machines;

/// <summary><c>/machines</c>: activating a machine for a license (within its limits), reading, updating, deactivating.</summary>
internal sealed class MachineModule : IResourceModule
{
    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        renderers.Register<Machine>(MachineRenderer.Render);
        routes.Get("/machines", Index);
        routes.Post("/machines", Create);
        routes.Get("/machines/{id}", Show);
        routes.Update("/machines/{id}", Update);
        routes.Delete("/machines/{id}", Destroy);
        MachineHeartbeats.Register(routes);
        MachineRelationships.Register(routes);
        MachineProofs.Register(routes);
    }

    /// <summary>A machine by UUID or fingerprint, among those the caller may see.</summary>
    public static Machine Find(ApiRequest request, string routeValue = "id") =>
        Lookup.FindByAlias<Machine>(request, "machine", m => Visibility.Machine(request.Caller, m), (m, fingerprint) => m.Fingerprint == fingerprint, routeValue);

    private static ApiResult Index(ApiRequest request)
    {
        var now = request.Now;
        var rows = request.Account.Table<Machine>().All
            .Where(m => Visibility.Machine(request.Caller, m))
            .ByFingerprint(request)
            .Filter(request, "ip", (m, v) => m.Ip == v)
            .Filter(request, "hostname", (m, v) => m.Hostname == v)
            .Filter(request, "status", (m, v) => (m.HeartbeatStatus(now) == "DEAD" ? "DEAD" : "ALIVE") == v.ToUpperInvariant())
            .ByProduct(request)
            .Filter(request, "policy", (m, v) => QueryFilters.SameId(m.Policy.Id, v))
            .ByLicense(request)
            .Filter(request, "key", (m, v) => m.License.Key == v)
            .Filter(request, "owner", (m, v) => m.Owner is { } owner && QueryFilters.SameId(owner.Id, v))
            .ByUser(request)
            .FilterMetadata(request, m => m.Metadata);
        return Listing.Of(request, rows);
    }

    private static ApiResult Show(ApiRequest request) => Listing.One(request, Find(request));

    private static ApiResult Create(ApiRequest request)
    {
        var data = Fields.Of(request.Params(MachineSchemas.Create)).Child("data");
        var account = request.Account;
        var found = account.Table<License>().Find(data.LinkageId("license")!.Value);
        if (data.Child("relationships").Has("components"))
        {
            // Keygen's MachinePolicy: creating components with the machine takes their permission too.
            PermissionCheck.AlsoVerify(request, "component.create");
        }

        Access.Require(request, request.Caller.Is(Role.Admin, Role.Developer, Role.SalesAgent, Role.Environment) || (found is not null && MachineAccess.CanCreate(request.Caller, found, data.LinkageId("owner"))));
        EnvironmentRelationship.Verify(request, data, "machines", "machine", out _);
        var license = found ?? throw ValidationErrors.MissingRelationship("machines", "machine", "license");
        var machine = NewMachine(request, data, license);
        var components = InlineComponents(request, data, machine);

        MachineRules.ValidateNew(account, machine, components);
        ActivationCounter.CountActivation(request);
        account.Table<Machine>().Add(machine);
        license.Machines.Add(machine);
        foreach (var component in components)
        {
            Components.ComponentModule.Add(account, component);
        }

        Broadcast.Publish(request, "machine.created", machine);
        return Listing.Created(request, machine, "machines");
    }

    private static ApiResult Update(ApiRequest request)
    {
        var machine = Find(request);
        // Keygen authorizes an update before it reads the body.
        Access.RequireToChange(request, machine, MachineAccess.CanUpdate(request.Caller, machine));
        var attributes = Fields.Of(request.Params(MachineSchemas.Update)).Child("data").Child("attributes");
        Changes.Apply(machine, () =>
        {
            MachineAttributes.Setters.Apply(machine, attributes);
            MachineRules.ValidateChanged(machine);
        });
        machine.Updated = request.Now;
        Broadcast.Publish(request, "machine.updated", machine);
        return Listing.One(request, machine);
    }

    private static ApiResult Destroy(ApiRequest request)
    {
        var machine = Find(request);
        Access.RequireToChange(request, machine, MachineAccess.CanDestroy(request.Caller, machine));
        ActivationCounter.CountDeactivation(request);
        Broadcast.Publish(request, "machine.deleted", machine);
        Deletions.Machine(request.Account, machine);
        return ApiResult.NoContent();
    }

    /// <summary>The components sent in <c>relationships.components.data</c> (at most 20, as Keygen's nested attributes allow).</summary>
    private static List<MachineComponent> InlineComponents(ApiRequest request, Fields data, Machine machine)
    {
        var items = data.Child("relationships").Child("components").Items("data");
        if (items.Count > 20)
        {
            throw Errors.Unprocessable("too many records");
        }

        return items.Select(item => item.Child("attributes")).Select(attributes =>
            new MachineComponent(Guid.NewGuid(), request.Now, machine, attributes.String("fingerprint")!, attributes.String("name")!)
            {
                Metadata = attributes.Object("metadata") ?? new(),
            }).ToList();
    }

    private static Machine NewMachine(ApiRequest request, Fields data, License license)
    {
        var account = request.Account;
        var attributes = data.Child("attributes");
        var id = data.String("id") is { } given ? Guid.Parse(given) : Guid.NewGuid();
        if (account.Table<Machine>().Contains(id))
        {
            new ValidationErrors("machines", "machine").Identifier("CONFLICT", "must not conflict with another machine").ThrowIfAny();
        }

        User? owner = null;
        if (data.LinkageId("owner") is { } ownerId)
        {
            owner = account.Table<User>().Find(ownerId) ?? throw ValidationErrors.MissingRelationship("machines", "machine", "owner");
            if (!license.HasUser(owner))
            {
                new ValidationErrors("machines", "machine").Relationship("owner", "INVALID", "must be a valid license user").ThrowIfAny();
            }
        }

        // A machine without a group of its own joins its license's group, else its owner's (Keygen's callbacks, in that order).
        var group = GroupMembership.Linked(account, data, "machines", "machine") ?? license.Group ?? owner?.Group;
        GroupMembership.CheckJoin<Machine>(account, group);
        var machine = new Machine(id, request.Now, license, attributes.String("fingerprint")!) { Owner = owner, Group = group };
        MachineAttributes.Setters.Apply(machine, attributes);
        // Keygen's before_validation: a FROM_CREATION basis starts the heartbeat at creation, required or not.
        if (license.Policy.HeartbeatBasis == "FROM_CREATION")
        {
            machine.LastHeartbeat = request.Now;
        }

        return machine;
    }
}
