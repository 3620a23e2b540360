using System;
using System.Text.Json.Nodes;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

/// <summary>An account-wide setting, e.g. the permissions new licenses get; one per key.</summary>
internal sealed class AccountSetting : Entity
{
    /// <summary>Account-wide: Keygen keeps this type outside environments.</summary>
    public override bool IsEnvironmentScoped => false;

    public AccountSetting(Guid id, DateTimeOffset created, string key, JsonNode value)
        : base(id, created)
    {
        Key = key;
        Value = value;
    }

    /// <summary>Keygen's AccountSetting::VALID_KEYS.</summary>
    public static readonly string[] Keys = ["default_license_permissions", "default_user_permissions"];

    /// <summary>The key as the API spells it (<c>defaultLicensePermissions</c>); Keygen stores it in snake case.</summary>
    public string Key { get; }

    public JsonNode Value { get; set; }

    /// <summary>Whether a path id names this setting by its key, in either spelling.</summary>
    public bool IsNamed(string id) => JsonApi.KeyCase.Underscore(id) == JsonApi.KeyCase.Underscore(Key);
}
