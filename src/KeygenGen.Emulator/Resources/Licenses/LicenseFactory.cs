using System;
using System.Linq;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;

namespace Keygen.Emulator.Resources.Licenses;

/// <summary>
/// Builds a new license as Keygen's model callbacks do: validate, then take the policy's defaults (protection,
/// expiry from the duration, first check-in), then the key: the one sent, one popped from the pool, one signed
/// per the policy's scheme, or a random one.
/// </summary>
internal static class LicenseFactory
{
    public static License Create(ApiRequest request, Policy policy, User? owner, Guid id, Fields attributes)
    {
        var account = request.Account;
        var customKey = attributes.String("key");
        var errors = new ValidationErrors("licenses", "license");
        if (account.Table<License>().Contains(id))
        {
            errors.Identifier("CONFLICT", "must not conflict with another license");
        }

        if (policy.Scheme == LicenseKeys.UnsupportedScheme)
        {
            // Only a seeded policy can carry it (policy writes refuse it); a clear 422 rather than a failed key.
            errors.Relationship("policy", "NOT_SUPPORTED", "uses legacy encrypted license keys, which the KeygenGen emulator does not support");
        }

        if (customKey is not null)
        {
            CheckCustomKey(request, policy, customKey, errors);
        }

        // The key is a placeholder until the license's own fields are known (signed keys cover them).
        var license = new License(id, request.Now, policy, customKey ?? string.Empty) { Owner = owner };
        LicenseAttributes.Setters.Apply(license, attributes);
        LicenseRules.CheckOverrides(errors, license);
        errors.ThrowIfAny();

        if (license.Expiry is null && policy.ExpirationBasis == "FROM_CREATION" && policy.Duration is { } duration)
        {
            license.Expiry = Durations.Add(request.Now, duration);
        }

        if (policy.RequireCheckIn)
        {
            license.LastCheckIn = request.Now;
        }

        license.Key = MakeKey(request, license, customKey);
        return license;
    }

    private static void CheckCustomKey(ApiRequest request, Policy policy, string key, ValidationErrors errors)
    {
        var licenses = request.Account.Table<License>();
        if (Guid.TryParse(key, out var asId) && licenses.Contains(asId))
        {
            errors.Attribute("key", "CONFLICT", "must not conflict with another license's identifier (UUID)");
        }

        // Keygen's EXCLUDED_ALIASES: a key may not read like a route segment of the licenses it would look up.
        if (key is "actions" or "action")
        {
            errors.Attribute("key", "NOT_ALLOWED", "is reserved");
        }

        if (licenses.All.Any(l => l.Key == key))
        {
            errors.Attribute("key", "TAKEN", "has already been taken");
        }

        if (policy.Scheme is null && key.Length < 6)
        {
            errors.Attribute("key", "TOO_SHORT", "is too short (minimum is 6 characters)");
        }
    }

    private static string MakeKey(ApiRequest request, License license, string? customKey)
    {
        var account = request.Account;
        var policy = license.Policy;
        if (policy.Scheme is { } scheme)
        {
            var dataset = customKey is null ? null : LicenseKeys.FillTemplate(customKey, license, account.Account.Id);
            if (dataset is not null && LicenseKeys.Problem(scheme, dataset) is { } problem)
            {
                throw Errors.Invalid([new ApiError(422, "Unprocessable resource", problem, ProblemCode(scheme), ErrorSource.Pointer("/data/attributes/key"))]);
            }

            return LicenseKeys.Crypt(license, customKey, account.Keys, account.Account.Id);
        }

        if (customKey is not null)
        {
            return customKey;
        }

        return policy.UsePool ? PopPool(request, policy) : UniqueRandomKey(request);
    }

    private static string ProblemCode(string scheme) => scheme == "RSA_2048_JWT_RS256" ? "KEY_JWT_CLAIMS_INVALID" : "KEY_BYTE_SIZE_EXCEEDED";

    /// <summary>Takes the oldest key of the policy's pool; an empty pool is Keygen's 422 "pool is empty".</summary>
    private static string PopPool(ApiRequest request, Policy policy)
    {
        var key = Keys.KeyModule.Pop(request.Account, policy)
            ?? throw ValidationErrors.RelationshipError("licenses", "license", "policy", "POOL_EMPTY", "pool is empty");
        return key.Key;
    }

    private static string UniqueRandomKey(ApiRequest request)
    {
        var licenses = request.Account.Table<License>();
        string key;
        do
        {
            key = LicenseKeys.Random();
        }
        while (licenses.All.Any(l => l.Key == key));

        return key;
    }
}
