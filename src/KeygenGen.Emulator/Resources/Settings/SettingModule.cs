using System;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Auth;
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
        Param.Object("attributes", Param.String("key"), Param.StringArray("value")),
    ]);

    private static readonly RequestSchema UpdateSchema = RequestSchema.Resource(Type,
    [
        Param.String("id").Optional(),
        Param.Object("attributes", Param.StringArray("value")),
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
        // Keygen takes the key in either spelling and validates it on the model (a 422, not a 400). The emulator answers
        // it in the camel case the SDK's AccountSettingKey reads, where Keygen answers its snake-case column.
        var sent = attributes.String("key")!;
        var key = KeyCase.ToCamel(sent);
        var errors = new ValidationErrors("settings", "setting");
        if (request.Account.Table<AccountSetting>().All.Any(s => s.IsNamed(sent)))
        {
            errors.Attribute("key", "TAKEN", "has already been taken");
        }

        if (!AccountSetting.Keys.Contains(KeyCase.Underscore(sent)))
        {
            errors.Attribute("key", "INCLUSION", "must be one of: " + string.Join(", ", AccountSetting.Keys))
                .Attribute("value", "NOT_ALLOWED", "must be a valid setting");
        }

        errors.ThrowIfAny();

        var setting = new AccountSetting(Guid.NewGuid(), request.Now, key, ValueOf(attributes));
        request.Account.Table<AccountSetting>().Add(setting);
        Broadcast.Publish(request, "account.settings.created", setting);
        return Listing.Created(request, setting, "settings");
    }

    private static ApiResult Update(ApiRequest request)
    {
        var setting = Find(request);
        setting.Value = ValueOf(Fields.Of(request.Params(UpdateSchema)).Child("data").Child("attributes"));
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

    private static JsonNode ValueOf(Fields attributes) => JsonValues.Of(attributes.Strings("value"))!;

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
