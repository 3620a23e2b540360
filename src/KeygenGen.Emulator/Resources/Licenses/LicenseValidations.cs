using System;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Licenses;

/// <summary>
/// License validation: the quick <c>GET …/actions/validate</c> (no scope checks, no event), the scoped
/// <c>POST …/actions/validate</c>, and <c>POST /licenses/actions/validate-key</c>, which needs no authentication.
/// Each answers the license (or <c>data: null</c>) with <c>meta: {ts, valid, detail, code[, nonce, scope]}</c>.
/// </summary>
internal static class LicenseValidations
{
    public static void Register(RouteTable routes)
    {
        routes.Get("/licenses/{id}/actions/validate", QuickValidate);
        routes.Post("/licenses/{id}/actions/validate", ValidateById);
        routes.Post("/licenses/actions/validate-key", ValidateByKey, AuthMode.Optional);
    }

    private static ApiResult QuickValidate(ApiRequest request)
    {
        var license = LicenseModule.Find(request);
        Access.Require(request, LicenseAccess.CanValidate(request.Caller, license));
        var result = LicenseValidator.Validate(license, scope: null, request.Account, request.Now);
        license.LastValidated = request.Now;
        return Answer(request, license, result, sent: null);
    }

    private static ApiResult ValidateById(ApiRequest request)
    {
        var license = LicenseModule.Find(request);
        var meta = Fields.Of(request.Params(LicenseSchemas.Validate)).Child("meta");
        Access.Require(request, LicenseAccess.CanValidate(request.Caller, license));
        return Validate(request, license, meta);
    }

    private static ApiResult ValidateByKey(ApiRequest request)
    {
        var meta = Fields.Of(request.Params(LicenseSchemas.ValidateKey)).Child("meta");
        var license = FindByKey(request, meta);
        Access.Require(request, request.Caller.Bearer is null || license is null || LicenseAccess.CanValidate(request.Caller, license));
        return Validate(request, license, meta);
    }

    /// <summary>
    /// Keygen's LicenseKeyLookupService: a plain key is looked up as stored. With <c>encrypted</c> or
    /// <c>legacyEncrypted</c> it is read as a legacy-encrypted key, which Keygen only compares against a key hash; the
    /// emulator stores no hashed keys (it refuses the LEGACY_ENCRYPT scheme), so such a lookup finds no license.
    /// </summary>
    private static License? FindByKey(ApiRequest request, Fields meta)
    {
        if (meta.Bool("legacyEncrypted") == true || meta.Bool("encrypted") == true)
        {
            return null;
        }

        var key = meta.String("key")!;
        return request.Account.Table<License>().All.FirstOrDefault(l => string.Equals(l.Key, key, StringComparison.Ordinal));
    }

    /// <summary>A full validation: scope checks, a touch of <c>lastValidated</c> and a validation webhook event.</summary>
    private static ApiResult Validate(ApiRequest request, License? license, Fields meta)
    {
        var result = LicenseValidator.Validate(license, new ValidationScope(meta.Child("scope")), request.Account, request.Now);
        if (license is null)
        {
            return Answer(request, null, result, meta);
        }

        license.LastValidated = request.Now;
        license.LastValidatedVersion = result.MatchedVersion ?? license.LastValidatedVersion;

        var answer = Answer(request, license, result, meta);
        var eventName = result.Valid ? "license.validation.succeeded" : "license.validation.failed";
        Broadcast.Publish(request, eventName, license, (JsonObject)answer.Document!["meta"]!.DeepClone());
        return answer;
    }

    /// <summary>The license document with the validation outcome, echoing the request's nonce and scope.</summary>
    private static ApiResult Answer(ApiRequest request, License? license, ValidationResult result, Fields? sent)
    {
        var meta = new JsonObject
        {
            ["ts"] = JsonValues.Timestamp(request.Now),
            ["valid"] = result.Valid,
            ["detail"] = result.Detail,
            ["code"] = result.Code,
        };
        if (sent?.Long("nonce") is { } nonce)
        {
            meta["nonce"] = nonce;
        }

        if (sent?.Object("scope") is { } scope)
        {
            meta["scope"] = scope;
        }

        return ApiResult.Ok(Documents.Single(license is null ? null : request.Render(license), meta));
    }
}
