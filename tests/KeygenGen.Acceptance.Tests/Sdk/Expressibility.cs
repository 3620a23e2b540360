using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using KeygenGen.Generator.Model;
using KeygenGen.Generator.Planning;

namespace Keygen.Acceptance.Sdk;

/// <summary>
/// What of a request the operation's typed request cannot send: each query key, body attribute, relationship and meta
/// member (nested object members too) is looked up among the request plan's members by section and wire name. Misses are
/// named by their wire path: <c>query page[number]</c>, <c>attributes.permissions</c>, <c>meta.scope.checksum</c>.
/// </summary>
internal static class Expressibility
{
    public static IReadOnlyList<string> MissesOf(OperationMatch match, string query, string? body, SdkPlan plan)
    {
        var method = match.Method;
        var request = method.Request is { } argument ? plan.Request(argument.ClassName) : null;
        var misses = new List<string>();
        foreach (var key in QueryKeys(query).Where(key => !InQuery(key, method, request)))
        {
            misses.Add("query " + key);
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            return misses;
        }

        JsonElement root;
        try
        {
            // What Keygen's decoder reads is what the typed request must be able to say: a scenario may send comments or
            // raw line breaks in a string (Oj takes both), which the SDK's strict JSON writes its own way.
            using var document = RequestBody.ParseAsKeygen(body);
            root = document.RootElement.Clone();
        }
        catch (Exception e) when (e is JsonException or ApiException)
        {
            misses.Add("body (not JSON)");
            return misses;
        }

        foreach (var member in root.ValueKind == JsonValueKind.Object ? root.EnumerateObject() : Enumerable.Empty<JsonProperty>())
        {
            switch (member.Name)
            {
                case "data" when method.Body is BodySource.LinkedId or BodySource.LinkedIds:
                    misses.AddRange(Json.Items(member.Value).SelectMany(Json.Names).Where(n => n is not ("type" or "id")).Select(n => "data." + n));
                    break;
                case "data" when method.Body == BodySource.Items:
                    var item = plan.Plan.Requests.FirstOrDefault(r => r.Kind == RequestKind.ListItem && r.OperationId == method.OperationId);
                    foreach (var resource in Json.Items(member.Value))
                    {
                        Resource(resource, item, match, plan, misses);
                    }

                    break;
                case "data" when request is not null && request.JsonApiType is not null:
                    foreach (var resource in Json.Items(member.Value))
                    {
                        Resource(resource, request, match, plan, misses);
                    }

                    break;
                case "meta" when request is not null:
                    Values(member.Value, request.In(RequestSection.Meta), "meta", plan, misses);
                    break;
                default:
                    misses.Add(member.Name);
                    break;
            }
        }

        return misses;
    }

    private static IEnumerable<string> QueryKeys(string query) =>
        query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => Uri.UnescapeDataString(pair.Split('=')[0].Replace('+', ' ')))
            .Distinct(StringComparer.Ordinal);

    private static bool InQuery(string key, MethodPlan method, RequestPlan? request)
    {
        // A paged list's method sends the cursor paging it is built on itself.
        if (method.Paged && key is "page[size]" or "page[cursor]")
        {
            return true;
        }

        // Keygen takes the environment from the Keygen-Environment header or this parameter alike
        // (CurrentEnvironmentScope); the client sends the header from KeygenClientOptions.Environment.
        if (key == "environment")
        {
            return true;
        }

        return request is not null && request.Members.Any(m =>
            (m.Section is RequestSection.Query or RequestSection.Paging && m.JsonName == key)
            // A filter object (metadata) is sent as name[key]=value.
            || (m.Section == RequestSection.Query && m.Type?.Kind == TypeKind.JsonObject && key.StartsWith(m.JsonName + "[", StringComparison.Ordinal)));
    }

    private static void Resource(JsonElement resource, RequestPlan? request, OperationMatch match, SdkPlan plan, List<string> misses)
    {
        foreach (var member in resource.EnumerateObject())
        {
            switch (member.Name)
            {
                case "type":
                    break;
                // The path already names the resource an update is for; any other id is one the caller chooses.
                case "id" when match.PathParameters.Values.Contains(member.Value.ToString()):
                    break;
                // Every update of Keygen's declares data.id a no-op (typed_params: `param :id, ..., noop: true`, e.g.
                // accounts_controller.rb): the path names the resource, even the account's own base path.
                case "id" when match.Method.HttpMethod == HttpMethodKind.Patch:
                    break;
                // A create whose schema body has "clientId" takes the new resource's id.
                case "id" when request is not null && request.In(RequestSection.ResourceId).Count > 0:
                    break;
                case "attributes" when request is not null:
                    Values(member.Value, request.In(RequestSection.Attributes), "attributes", plan, misses);
                    break;
                case "relationships" when request is not null:
                    Relationships(member.Value, request, match, plan, misses);
                    break;
                default:
                    misses.Add("data." + member.Name);
                    break;
            }
        }
    }

    private static void Relationships(JsonElement relationships, RequestPlan request, OperationMatch match, SdkPlan plan, List<string> misses)
    {
        var members = request.In(RequestSection.Relationships);
        foreach (var relationship in relationships.ValueKind == JsonValueKind.Object ? relationships.EnumerateObject() : Enumerable.Empty<JsonProperty>())
        {
            var member = members.FirstOrDefault(m => m.JsonName == relationship.Name);
            if (member is null)
            {
                misses.Add("relationships." + relationship.Name);
            }
            else if (member.Kind == RequestMemberKind.InlineItems && relationship.Value.TryGetProperty("data", out var items))
            {
                var itemRequest = member.ItemClass is null ? null : plan.Request(member.ItemClass);
                var inner = new List<string>();
                foreach (var item in Json.Items(items))
                {
                    Resource(item, itemRequest, match, plan, inner);
                }

                misses.AddRange(inner.Select(m => $"relationships.{relationship.Name}.{m}"));
            }
        }
    }

    private static void Values(JsonElement values, IEnumerable<RequestMemberPlan> members, string path, SdkPlan plan, List<string> misses)
    {
        var byName = members.ToDictionary(m => m.JsonName, StringComparer.Ordinal);
        foreach (var value in values.ValueKind == JsonValueKind.Object ? values.EnumerateObject() : Enumerable.Empty<JsonProperty>())
        {
            if (!byName.TryGetValue(value.Name, out var member))
            {
                misses.Add($"{path}.{value.Name}");
            }
            else if (member.Type is { Kind: TypeKind.Object, Name: { } objectName } && plan.Object(objectName) is { } nested)
            {
                var names = nested.Members.Select(p => p.JsonName).ToHashSet(StringComparer.Ordinal);
                foreach (var item in Json.Items(value.Value))
                {
                    misses.AddRange(Json.Names(item).Where(n => !names.Contains(n)).Select(n => $"{path}.{value.Name}.{n}"));
                }
            }
        }
    }
}
