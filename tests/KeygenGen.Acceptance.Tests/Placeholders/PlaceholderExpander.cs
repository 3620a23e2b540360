using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Keygen.Acceptance.Json;
using Keygen.Acceptance.Running;
using Keygen.Emulator.Seeding;

namespace Keygen.Acceptance.Placeholders;

/// <summary>
/// The suite's placeholders (<c>placeholder_steps.rb</c>): <c>$licenses[0].key</c> (a stored resource's attribute,
/// <c>id</c> when none is named, relationships followed through dots), <c>$current</c> (the bearer), <c>$account</c>,
/// <c>$crypt[0]</c>, <c>$token</c>, <c>$time.1.day.ago</c>, <c>$date.tomorrow</c>, <c>$otp</c>, <c>$null_byte</c>;
/// <c>$!…</c> gives the value as a JSON string literal and <c>$~…</c> in base64. A <c>$word</c> that names no
/// resource is left as it is, as Keygen's helper leaves it. In paths, <c>licenses/$0</c> is the first license's id
/// and <c>users/$current</c> the bearer's.
/// </summary>
internal static partial class PlaceholderExpander
{
    /// <summary>The resource names placeholders may use (Keygen's list), singular and underscored.</summary>
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "account", "billing", "key", "license", "machine", "machine_component", "component", "machine_process", "process", "plan",
        "policy", "product", "receipt", "request_log", "role", "token", "user", "webhook_endpoint", "webhook_event", "entitlement",
        "environment", "policy_entitlement", "license_entitlement", "release", "release_platform", "platform", "release_arch", "arch",
        "release_filetype", "filetype", "release_channel", "channel", "release_entitlement_constraint", "release_download_link",
        "release_upgrade_link", "release_upload_link", "release_artifact", "artifact", "release_package", "package", "release_engine",
        "engine", "constraint", "current", "crypt", "date", "time", "null_byte", "event_type", "event_log", "otp", "group",
        "group_owner", "owner", "session",
    };

    public static string Expand(string text, ScenarioWorld world)
    {
        var result = new StringBuilder(text.Length);
        var last = 0;
        foreach (Match match in Placeholder().Matches(text))
        {
            result.Append(text, last, match.Index - last);
            last = match.Index + match.Length;
            var escape = match.Groups[1].Success;
            var encode = match.Groups[2].Success;
            var resource = match.Groups[3].Value;
            var index = match.Groups[4].Success ? match.Groups[4].Value : null;
            var attribute = match.Groups[5].Success ? match.Groups[5].Value : null;
            if (!Names(resource))
            {
                result.Append(match.Value);
                continue;
            }

            var value = Value(world, resource, index, attribute);
            if (escape)
            {
                value = JsonSerializer.Serialize(value);
            }

            if (encode)
            {
                value = Convert.ToBase64String(Encoding.UTF8.GetBytes(value));
            }

            result.Append(value);
        }

        return result.Append(text, last, text.Length - last).ToString();
    }

    /// <summary>Path placeholders (<c>licenses/$0</c>, <c>users/$current</c>), then the general ones.</summary>
    public static string ExpandPath(string path, ScenarioWorld world)
    {
        var expanded = PathIndex().Replace(path, match =>
        {
            var resource = match.Groups[1].Value;
            var index = match.Groups[2].Value;
            string id;
            if (index == "current")
            {
                id = resource is "users" or "products" ? Bearer(world).Id
                    : throw new InvalidOperationException($"{resource}/$current names no current {resource}.");
            }
            else if (resource == "accounts")
            {
                id = ScenarioWorld.Pick(world.Accounts, Numeric(index), "account").Id;
            }
            else if (resource == "plans")
            {
                id = ScenarioWorld.Pick(world.Data.Plans, Numeric(index), "plan").Id;
            }
            else if (resource == "billing")
            {
                id = world.Account.Document["relationships"]?["billing"]?["data"]?["id"]?.GetValue<string>() ?? string.Empty;
            }
            else
            {
                id = ScenarioWorld.Pick(world.Records(resource), Numeric(index), resource).Id;
            }

            return resource + "/" + id;
        });
        return Expand(expanded, world);
    }

    private static string Numeric(string index) => int.TryParse(index, out var n) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "0";

    private static bool Names(string resource)
    {
        var underscored = resource.Replace('-', '_');
        return Known.Contains(underscored) || Known.Contains(Steps.Names.Singular(underscored));
    }


    private static string Value(ScenarioWorld world, string resource, string? index, string? attribute)
    {
        var now = world.Now;
        switch (resource)
        {
            case "account":
                return Read(world.Account.Document, attribute ?? "id", world);
            case "current":
                return Read(Bearer(world).Document, attribute ?? "id", world);
            case "token":
                return world.Crypt.FirstOrDefault() as string ?? throw new InvalidOperationException("$token: nothing was put aside.");
            case "crypt":
                var item = index is null ? world.Crypt.FirstOrDefault() : world.Crypt.ElementAtOrDefault(int.Parse(index, System.Globalization.CultureInfo.InvariantCulture));
                return item switch
                {
                    DataRecord record => Read(record.Document, attribute ?? "id", world),
                    string secret => secret,
                    _ => throw new InvalidOperationException($"$crypt[{index}]: nothing was put aside."),
                };
            case "date":
                return RubyTime.Date(attribute ?? string.Empty, now) ?? throw new InvalidOperationException($"Unknown date expression '$date.{attribute}'.");
            case "time":
                return RubyTime.Evaluate(attribute ?? "now", now) ?? throw new InvalidOperationException($"Unknown time expression '$time.{attribute}'.");
            case "event_types":
                throw new Steps.StepUnsupportedException("event types by name (the emulator keeps event names, not event type rows)");
            case "null_byte":
                return "foo-\\u0000-bar";
            case "otp":
                var factor = world.SecondFactor ?? throw new InvalidOperationException("$otp: no second factor was made.");
                return world.Account.OneTimePassword(factor);
        }

        var rows = Collection(world, resource);
        var row = index is null ? rows.FirstOrDefault()
            : Guid.TryParse(index, out _) ? rows.FirstOrDefault(r => string.Equals(r.Id, index, StringComparison.OrdinalIgnoreCase))
            : ScenarioWorld.Pick(rows, index, resource);
        return row is null
            ? throw new InvalidOperationException($"${resource}[{index}]: there is no such {resource}.")
            : Read(row.Document(), attribute ?? "id", world);
    }

    /// <summary>The rows a placeholder's resource names (accounts and plans are global, the rest the current account's), rendered only when read.</summary>
    private static IReadOnlyList<Row> Collection(ScenarioWorld world, string resource) =>
        Steps.Names.Singular(resource.Replace('-', '_')) switch
        {
            "account" => world.Accounts.Select(a => new Row(a.Id, () => a.Document)).ToList(),
            "plan" => world.Data.Plans.Select(p => new Row(p.Id, () => p.Document)).ToList(),
            _ => world.Records(resource).Select(r => new Row(r.Id, () => r.Document)).ToList(),
        };

    /// <summary>An attribute of a rendered resource, following relationships through dots (<c>policy.id</c>).</summary>
    private static string Read(JsonObject resource, string attribute, ScenarioWorld world)
    {
        var parts = attribute.Split('.');
        var current = resource;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part == "to_i" && i > 0)
            {
                continue;
            }

            var toI = i + 1 < parts.Length && parts[i + 1] == "to_i";
            if (i == parts.Length - 1 || toI)
            {
                return Format(ReadAttribute(current, part, world), toI);
            }

            current = Related(current, part, world);
        }

        return current["id"]?.GetValue<string>() ?? string.Empty;
    }

    private static JsonNode? ReadAttribute(JsonObject resource, string name, ScenarioWorld world) => name switch
    {
        "public_key" => JsonValue.Create(Account(resource, world).RsaPublicKeyPem),
        "ed25519_public_key" => JsonValue.Create(Account(resource, world).PublicKeyHex),
        "ecdsa_public_key" => JsonValue.Create(Account(resource, world).EcdsaPublicKeyPem),
        "account_id" => resource["relationships"]?["account"]?["data"]?["id"]?.DeepClone(),
        _ => DataRecord.Read(resource, name),
    };

    private static AccountData Account(JsonObject resource, ScenarioWorld world) => world.AccountNamed(resource["id"]!.GetValue<string>());

    private static JsonObject Related(JsonObject resource, string relationship, ScenarioWorld world)
    {
        if (relationship == "account")
        {
            return world.Account.Document;
        }

        return Linked(resource, relationship, world)
            ?? Through(resource, relationship, world)
            ?? throw new InvalidOperationException($"The resource has no related {relationship}.");
    }

    private static JsonObject? Linked(JsonObject resource, string relationship, ScenarioWorld world)
    {
        if (resource["relationships"]?[Camel(relationship)]?["data"] is not JsonObject linkage)
        {
            return null;
        }

        var type = linkage["type"]!.GetValue<string>();
        var id = linkage["id"]!.GetValue<string>();
        return world.Account.Find(type, id)?.Document ?? throw new InvalidOperationException($"No {type} '{id}'.");
    }

    /// <summary>
    /// A model association the serializer does not render, reached as Rails' <c>has_one :through</c> reaches it: through
    /// a rendered to-one relationship whose resource has it (a machine's policy is its license's).
    /// </summary>
    private static JsonObject? Through(JsonObject resource, string relationship, ScenarioWorld world) =>
        (resource["relationships"] as JsonObject ?? [])
            .Where(r => r.Key is not ("account" or "environment") && r.Value?["data"] is JsonObject)
            .Select(r => Linked(resource, r.Key, world))
            .Select(related => related is null ? null : Linked(related, relationship, world))
            .FirstOrDefault(found => found is not null);

    /// <summary>A snake_case name in lowerCamelCase, as the API names relationships.</summary>
    private static string Camel(string name) =>
        string.Concat(name.Split('_').Select((part, i) => i == 0 || part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));

    /// <summary>Ruby's string of an attribute: times as ISO 8601 with milliseconds (or seconds since the epoch for <c>to_i</c>).</summary>
    private static string Format(JsonNode? value, bool toI)
    {
        var text = JsonMatch.RubyString(value);
        if (toI && RubyTime.Parse(text) is { } time)
        {
            return time.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return text;
    }

    private static DataRecord Bearer(ScenarioWorld world) => world.Bearer ?? throw new InvalidOperationException("$current: the scenario has no bearer.");

    private sealed record Row(string Id, Func<JsonObject> Document);

    [GeneratedRegex(@"(?<!\\)\$(!)?(~)?([-\w]+)(?:\[([^\]]+)\])?(?:\.([-.\w]+))?")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"([-\w]+)/(?<!\\)\$(\w+)")]
    private static partial Regex PathIndex();
}
