using System;
using System.Collections.Generic;
using System.Linq;
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

    /// <summary>
    /// Keygen's <c>AccountSetting::VALID_KEYS</c>, each with the role whose default permissions it holds (the model's
    /// validation checks a value against that role's allowed permissions).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, Role> PermissionKeys = new Dictionary<string, Role>
    {
        ["default_license_permissions"] = Role.License,
        ["default_user_permissions"] = Role.User,
    };

    /// <summary>Keygen's <c>AccountSetting::VALID_KEYS</c>, in its order.</summary>
    public static readonly string[] Keys = PermissionKeys.Keys.ToArray();

    /// <summary>
    /// The key as Keygen stores and answers it, in snake case (<c>default_license_permissions</c>); the create route
    /// takes either spelling and underscores it.
    /// </summary>
    public string Key { get; }

    public JsonNode Value { get; set; }

    /// <summary>Whether a path id names this setting by its key (Keygen's alias lookup compares the stored key exactly).</summary>
    public bool IsNamed(string id) => id == Key;
}
