using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Auth.Permissions;
using Keygen.Emulator.Events;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.Http.Query;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Users;

/// <summary><c>/users</c>: users, their roles and their passwords.</summary>
internal sealed class UserModule : IResourceModule
{
    /// <summary>The writable user attributes; the password is handled apart, since only its hash is kept.</summary>
    private static readonly AttributeSetters<User> Setters = new()
    {
        ["email"] = (u, f, n) => u.Email = f.String(n)!.ToLowerInvariant(),
        ["firstName"] = (u, f, n) => u.FirstName = f.String(n),
        ["lastName"] = (u, f, n) => u.LastName = f.String(n),
        ["metadata"] = (u, f, n) => u.Metadata = f.Object(n)!,
        ["role"] = (u, f, n) => u.Role = UserRoles.TryParse(f.String(n)!, out var role) ? role : u.Role,
    };

    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        renderers.Register<User>(UserRenderer.Render);
        routes.Get("/users", Index);
        routes.Post("/users", Create, AuthMode.Optional);
        routes.Delete("/users/{id}", Destroy);
        routes.WithoutActiveSubscription(() =>
        {
            routes.Get("/users/{id}", Show);
            routes.Update("/users/{id}", Update);
            routes.Post("/users/{id}/actions/update-password", UserPasswords.Update);
            routes.Post("/users/{id}/actions/reset-password", UserPasswords.Reset, AuthMode.None);
        });
        UserBans.Register(routes);
        UserRelationships.Register(routes);
    }

    /// <summary>A user by UUID or email (case-insensitive), among those <paramref name="visible"/> lets through.</summary>
    public static User Find(ApiRequest request, Func<User, bool> visible, string routeValue = "id") =>
        Lookup.FindByAlias(request, "user", visible, (u, email) => string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase), routeValue);

    /// <summary>A user in the caller's scope (Keygen's <c>authorized_scope</c>); outside it, a 404.</summary>
    public static User FindInScope(ApiRequest request, string routeValue = "id") =>
        Find(request, u => UserAccess.InScope(request.Caller, u, request.Account), routeValue);

    private static ApiResult Index(ApiRequest request)
    {
        var rows = WithRoles(request, request.Account.Table<User>().All)
            .Where(u => UserAccess.InScope(request.Caller, u, request.Account))
            .Filter(request, "status", (u, v) => UserRenderer.Status(u, request.RenderContext) == v.ToUpperInvariant())
            .Filter(request, "product", (u, v) => LicensesOf(request, u).Any(l => QueryFilters.SameId(l.Product.Id, v)))
            .Filter(request, "license", (u, v) => LicensesOf(request, u).Any(l => QueryFilters.SameId(l.Id, v) || l.Key == v))
            .Filter(request, "group", (u, v) => u.Group is { } group && QueryFilters.SameId(group.Id, v))
            .FilterFlag(request, "assigned", u => OwnsALicense(request, u))
            .FilterFlag(request, "active", u => OwnsALicense(request, u))
            .FilterMetadata(request, u => u.Metadata)
            .ToList();
        Access.Require(request, rows.All(u => UserAccess.CanRead(request.Caller, u, request.Account)));
        if (rows.Any(u => u.Role == Role.Admin))
        {
            PermissionCheck.AlsoVerify(request, "admin.read");
        }

        return Listing.Of(request, rows);
    }

    private static ApiResult Show(ApiRequest request)
    {
        var user = FindInScope(request);
        Access.Require(request, UserAccess.CanRead(request.Caller, user, request.Account));
        if (user.Role == Role.Admin)
        {
            PermissionCheck.AlsoVerify(request, "admin.read");
        }

        return Listing.One(request, user);
    }

    private static ApiResult Create(ApiRequest request)
    {
        var data = Fields.Of(request.Params(UserSchemas.Create)).Child("data");
        var attributes = data.Child("attributes");
        var user = new User(Guid.NewGuid(), request.Now, attributes.String("email")!);
        Setters.Apply(user, attributes);
        UserPermissions.Assign(request, user, user.Role, attributes, "create");

        // UserPolicy#create? checks the environment before the roles.
        user.Environment = EnvironmentalRows.Chosen(request, data, "users", "user");
        EnvironmentalRows.RequireHere(request, user.Environment);
        Access.Require(request, UserAccess.CanCreate(request.Caller, user, request.Account));
        user.Group = GroupMembership.Linked(request.Account, data, "users", "user");
        GroupMembership.CheckJoin(request.Account, user.Group, user);
        var password = attributes.String("password");
        UserRules.Validate(request.Account, user, password);
        user.Password = password is null ? null : PasswordHash.Create(password);

        request.Account.Table<User>().Add(user);
        Broadcast.Publish(request, "user.created", user);
        return Listing.Created(request, user, "users");
    }

    private static ApiResult Update(ApiRequest request)
    {
        var user = FindInScope(request);
        var attributes = Fields.Of(request.Params(UserSchemas.Update)).Child("data").Child("attributes");
        var previousRole = user.Role;
        Changes.Apply(user, () =>
        {
            Setters.Apply(user, attributes);
            // Authorized after the change is applied, so a role change cannot escalate privileges.
            UserPermissions.Assign(request, user, previousRole, attributes, "update");
            EnvironmentalRows.RequireHere(request, user.Environment);
            Access.Require(request, UserAccess.CanUpdate(request.Caller, user));
            var password = attributes.String("password");
            UserRules.Validate(request.Account, user, password);
            if (previousRole == Role.Admin && user.Role != Role.Admin)
            {
                UserRules.KeepAnAdmin(request.Account, user);
            }

            if (attributes.Has("permissions") && user.Role == previousRole)
            {
                UserPermissions.KeepARootAdmin(request.Account, user);
            }

            if (attributes.Has("password"))
            {
                user.Password = password is null ? null : PasswordHash.Create(password);
            }
        });

        if (user.Role != previousRole)
        {
            RevokeTokens(request, user, except: request.Caller.Token);
        }

        user.Updated = request.Now;
        Broadcast.Publish(request, "user.updated", user);
        return Listing.One(request, user);
    }

    private static ApiResult Destroy(ApiRequest request)
    {
        var user = FindInScope(request);
        EnvironmentalRows.RequireHere(request, user.Environment);
        UserPermissions.RequirePrivileges(request, user);
        Access.Require(request, UserAccess.CanDelete(request.Caller, user, request.Account), UserAccess.WhyNotDelete(request.Caller, user, request.Account));
        if (user.Role == Role.Admin)
        {
            UserRules.KeepAnAdmin(request.Account, user);
        }

        Deletions.User(request.Account, user);
        Broadcast.Publish(request, "user.deleted", user);
        return ApiResult.NoContent();
    }

    /// <summary>Keygen's <c>roles[]</c> filter of user lists: only plain users unless other roles are asked for.</summary>
    public static IEnumerable<User> WithRoles(ApiRequest request, IEnumerable<User> users)
    {
        var roles = request.Query.Get("roles") switch
        {
            QueryList list => list.Items.OfType<QueryScalar>().Select(s => s.Value).ToHashSet(),
            QueryScalar scalar => [scalar.Value],
            _ => ["user"],
        };
        return users.Where(u => roles.Contains(UserRoles.NameOf(u.Role)));
    }

    /// <summary>Revokes a user's tokens, e.g. after a password or role change.</summary>
    public static void RevokeTokens(ApiRequest request, User user, Token? except)
    {
        foreach (var token in request.Account.Table<Token>().All.Where(t => t.Bearer == user && t != except).ToList())
        {
            request.Account.Table<Token>().Remove(token);
        }
    }

    private static IEnumerable<License> LicensesOf(ApiRequest request, User user) => Visibility.LicensesOf(user, request.Account);

    /// <summary>Keygen's <c>assigned</c> user scope (also under its old name <c>active</c>): the user owns a license.</summary>
    private static bool OwnsALicense(ApiRequest request, User user) => request.Account.Table<License>().All.Any(l => l.Owner == user);
}
