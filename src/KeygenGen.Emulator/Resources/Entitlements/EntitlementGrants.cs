using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.Resources.Licenses;
using Keygen.Emulator.Resources.Policies;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Entitlements;

/// <summary>
/// <c>/policies/{id}/entitlements</c> and <c>/licenses/{id}/entitlements</c>: list and read a holder's entitlements,
/// attach (answering the new join resources) and detach them. A license's list holds its policy's entitlements
/// too, but only those attached to the license itself can be detached from it.
/// </summary>
internal static class EntitlementGrants
{
    private static readonly Holder<Policy, PolicyEntitlement> Policies = new(
        EventPrefix: "policy",
        Find: request => PolicyModule.Find(request, "policy_id"),
        Entitlements: policy => policy.AttachedEntitlements.Select(a => a.Entitlement),
        Attached: policy => policy.AttachedEntitlements,
        CanRead: (caller, policy) => caller.SeesAll || caller.Bearer == policy.Product,
        Grant: (request, policy, entitlement) => new PolicyEntitlement(Guid.NewGuid(), request.Now, policy, entitlement),
        ThroughPolicy: (_, _) => false);

    private static readonly Holder<License, LicenseEntitlement> Licenses = new(
        EventPrefix: "license",
        Find: request => LicenseModule.Find(request, "license_id"),
        Entitlements: license => license.Entitlements,

        // Finding the license already checked that the caller may see it, which is all reading its entitlements needs.
        Attached: license => license.AttachedEntitlements,
        CanRead: (_, _) => true,
        Grant: (request, license, entitlement) => new LicenseEntitlement(Guid.NewGuid(), request.Now, license, entitlement),
        ThroughPolicy: (license, id) => license.Policy.AttachedEntitlements.Any(a => a.Entitlement.Id == id));

    public static void Register(RouteTable routes)
    {
        Policies.Register(routes, "/policies/{policy_id}/entitlements");
        Licenses.Register(routes, "/licenses/{license_id}/entitlements");
    }

    /// <summary>
    /// Attach and detach: the entitlements named, looked up account-wide, must suit the request's environment (only
    /// strictly for a global holder: a shared one may take global entitlements); then staff who sell, the environment,
    /// and the holder's product.
    /// </summary>
    private static void RequireCanAttach<THolder>(ApiRequest request, THolder holder, IEnumerable<Guid> ids)
        where THolder : Entity, IProductScoped
    {
        var named = ids.Select(request.Account.Table<Entitlement>().FindEverywhere).OfType<Entitlement>();
        Access.RequireCompatible(request, named, strict: holder.Environment is null);
        Access.Require(request, request.Caller.Is(Role.Admin, Role.Developer, Role.SalesAgent, Role.Environment) || request.Caller.Bearer == holder.Product);
    }

    /// <summary>The endpoints of one kind of holder (policies or licenses), with what differs between them.</summary>
    private sealed record Holder<TParent, TGrant>(
        string EventPrefix,
        Func<ApiRequest, TParent> Find,
        Func<TParent, IEnumerable<Entitlement>> Entitlements,
        Func<TParent, List<TGrant>> Attached,
        Func<Principal, TParent, bool> CanRead,
        Func<ApiRequest, TParent, Entitlement, TGrant> Grant,
        Func<TParent, Guid, bool> ThroughPolicy)
        where TParent : Entity, IProductScoped
        where TGrant : Entity, IEntitlementGrant
    {
        public void Register(RouteTable routes, string path)
        {
            routes.Get(path, Index);
            routes.Get(path + "/{id}", Show);
            routes.Post(path, Attach);
            routes.Delete(path, Detach);
        }

        private ApiResult Index(ApiRequest request)
        {
            var parent = Find(request);
            Access.Require(request, CanRead(request.Caller, parent));
            return Listing.Of(request, Entitlements(parent));
        }

        private ApiResult Show(ApiRequest request)
        {
            var parent = Find(request);
            var entitlement = Lookup.Find<Entitlement>(request, "entitlement", Entitlements(parent).ToList().Contains);
            Access.Require(request, CanRead(request.Caller, parent));
            return Listing.One(request, entitlement);
        }

        /// <summary>Attaches in request order, all or nothing: the first item that cannot be attached fails the whole request.</summary>
        private ApiResult Attach(ApiRequest request)
        {
            var parent = Find(request);
            var ids = Attachments.Ids(request, EntitlementSchemas.Attach);
            RequireCanAttach(request, parent, ids);
            var attached = Attached(parent);
            var created = Attachments.Join(
                ids,
                request.Account.Table<Entitlement>().Find,
                (entitlement, pending) => attached.Concat(pending).Any(a => a.Entitlement == entitlement),
                entitlement => Grant(request, parent, entitlement),
                () => new ValidationErrors("entitlements", EventPrefix + "_entitlement"),
                "entitlement",
                (entitlement, _, errors) =>
                {
                    if (ThroughPolicy(parent, entitlement.Id))
                    {
                        errors.Relationship("entitlement", "CONFLICT", "already exists (entitlement is attached through policy)");
                    }
                });

            attached.AddRange(created);
            Broadcast.PublishAll(request, EventPrefix + ".entitlements.attached", parent, created, Codes(created));
            return Listing.All(request, created);
        }

        private ApiResult Detach(ApiRequest request)
        {
            var parent = Find(request);
            var ids = Attachments.Ids(request, EntitlementSchemas.Attach);
            RequireCanAttach(request, parent, ids);
            Attachments.RejectAttachedThrough(ids, id => ThroughPolicy(parent, id), "entitlement", "policy");
            var attached = Attached(parent);
            var detached = Attachments.Detachable(ids, id => attached.Find(a => a.Entitlement.Id == id), Attachments.NotAttached("entitlement"));
            attached.RemoveAll(detached.Contains);
            Broadcast.PublishAll(request, EventPrefix + ".entitlements.detached", parent, detached, Codes(detached));
            return ApiResult.NoContent();
        }

        /// <summary>What Keygen's event log keeps of an attach or detach: the entitlements' codes.</summary>
        private static JsonObject Codes(IEnumerable<TGrant> grants) =>
            new() { ["codes"] = new JsonArray(grants.Select(g => (JsonNode?)JsonValue.Create(g.Entitlement.Code)).ToArray()) };
    }
}
