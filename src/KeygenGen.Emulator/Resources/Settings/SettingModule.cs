using System;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Auth.Permissions;
using Keygen.Emulator.Events;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;

namespace Keygen.Emulator.Resources.Settings;

/// <summary>
/// <c>/settings</c>: account settings (the default permissions of new licenses and users), one per key, managed by
/// admins and developers; the key works as the id in paths.
/// </summary>
internal sealed class SettingModule : IResourceModule
{
    private static readonly Param Type = RequestSchema.TypeOf("setting", "settings");

    private static readonly RequestSchema CreateSchema = RequestSchema.Resource(Type,
    [
        Param.Object("attributes", Param.String("key"), Param.Any("value")),
    ]);

    private static readonly RequestSchema UpdateSchema = RequestSchema.Resource(Type,
    [
        Param.String("id").Optional(),
        Param.Object("attributes", Param.Any("value")),
    ]);

    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        renderers.Register<AccountSetting>(Render);
        routes.WithoutActiveSubscription(() =>
        {
            routes.Get("/settings", Index);
            routes.Post("/settings", Create);
            routes.Get("/settings/{id}", Show);
            routes.Update("/settings/{id}", Update);
            routes.Delete("/settings/{id}", Destroy);
        });
    }

    /// <summary>Settings are admin and developer business only; anyone else is denied before the lookup.</summary>
    private static AccountSetting Find(ApiRequest request)
    {
        Access.Require(request, request.Caller.IsAdmin);
        return Lookup.FindByAlias<AccountSetting>(request, "setting", _ => true, (s, id) => s.IsNamed(id));
    }

    private static ApiResult Index(ApiRequest request)
    {
        Access.Require(request, request.Caller.IsAdmin);
        return Listing.Of(request, request.Account.Table<AccountSetting>().All);
    }

    private static ApiResult Show(ApiRequest request) => Listing.One(request, Find(request));

    private static ApiResult Create(ApiRequest request)
    {
        var attributes = Fields.Of(request.Params(CreateSchema)).Child("data").Child("attributes");
        Access.Require(request, request.Caller.IsAdmin);
        // Keygen's typed params underscore the key (either spelling is taken); the model validates key and value (a 422).
        var key = KeyCase.Underscore(attributes.String("key")!);
        var value = attributes.Node("value")!;
        var errors = new ValidationErrors("settings", "setting");
        if (request.Account.Table<AccountSetting>().All.Any(s => s.IsNamed(key)))
        {
            errors.Attribute("key", "TAKEN", "has already been taken");
        }

        if (!AccountSetting.Keys.Contains(key))
        {
            errors.Attribute("key", "NOT_ALLOWED", "must be one of: " + string.Join(", ", AccountSetting.Keys));
        }

        ValidateValue(errors, key, value);
        errors.ThrowIfAny();

        var setting = new AccountSetting(Guid.NewGuid(), request.Now, key, value);
        request.Account.Table<AccountSetting>().Add(setting);
        Broadcast.Publish(request, "account.settings.created", setting);
        return Listing.Created(request, setting, "settings");
    }

    private static ApiResult Update(ApiRequest request)
    {
        var setting = Find(request);
        var value = Fields.Of(request.Params(UpdateSchema)).Child("data").Child("attributes").Node("value")!;
        var errors = new ValidationErrors("settings", "setting");
        ValidateValue(errors, setting.Key, value);
        errors.ThrowIfAny();
        setting.Value = value;
        setting.Updated = request.Now;
        Broadcast.Publish(request, "account.settings.updated", setting);
        return Listing.One(request, setting);
    }

    private static ApiResult Destroy(ApiRequest request)
    {
        var setting = Find(request);
        Broadcast.Publish(request, "account.settings.deleted", setting);
        request.Account.Table<AccountSetting>().Remove(setting);
        return ApiResult.NoContent();
    }

    /// <summary>
    /// Keygen's AccountSetting value validation: a permission setting holds an array of distinct permissions its role
    /// may hold, or the wildcard (<c>(permissions &amp; allowed).size == permissions.size</c>, so a duplicate, a null or
    /// an unknown action fails); any other value, or any value of an unknown key, is no valid setting.
    /// </summary>
    private static void ValidateValue(ValidationErrors errors, string key, JsonNode value)
    {
        if (!AccountSetting.PermissionKeys.TryGetValue(key, out var role) || value is not JsonArray permissions)
        {
            errors.Attribute("value", "NOT_ALLOWED", "must be a valid setting");
            return;
        }

        var allowed = PermissionCatalog.AllowedFor(role);
        var actions = permissions.Select(p => p is JsonValue v && v.TryGetValue<string>(out var action) ? action : null).ToList();
        var valid = actions.All(a => a is not null && (a == PermissionCatalog.Wildcard || allowed.Contains(a)))
            && actions.Distinct().Count() == actions.Count;
        if (!valid)
        {
            errors.Attribute("value", "NOT_ALLOWED", $"must be an array of valid {PermissionCatalog.NameOf(role)} permissions");
        }
    }

    private static JsonObject Render(AccountSetting setting, RenderContext context)
    {
        var account = context.AccountId;
        return new ResourceBuilder("settings", setting.Id, Links.Resource(account, "settings", setting.Id))
            .Attribute("key", setting.Key)
            .Attribute("value", setting.Value.DeepClone())
            .Attribute("created", JsonValues.Of(setting.Created))
            .Attribute("updated", JsonValues.Of(setting.Updated))
            .Account(account)
            .Build();
    }
}
