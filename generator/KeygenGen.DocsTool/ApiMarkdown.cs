using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KeygenGen.Generator.Model;
using KeygenGen.Generator.Planning;

namespace KeygenGen.DocsTool;

/// <summary>Writes <c>docs/api.md</c>: counts, an index by group, every operation, the webhook events, then the declared types.</summary>
internal static class ApiMarkdown
{
    /// <param name="plan">The generator's plan of <paramref name="spec"/>: the request bodies and calls are read from it.</param>
    public static string Write(ApiSpec spec, ApiPlan plan)
    {
        var groups = spec.Operations
            .GroupBy(o => o.Group)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Operations: g.OrderBy(o => o.Id, StringComparer.Ordinal).ToList()))
            .ToList();

        var md = new MarkdownWriter()
            .Line("# Keygen API reference")
            .Line()
            .Line($"<!-- Generated from schema/*.json by generator/KeygenGen.DocsTool; do not edit. Regenerate: {DocsFiles.RegenerateCommand} -->")
            .Line()
            .Line($"{spec.Operations.Count} operations in {groups.Count} groups; {spec.Events.Count} [webhook events](#webhook-events); "
                + $"{spec.Resources.Count} resource types, {spec.Unions.Count} unions, {spec.Enums.Count} enums, {spec.Objects.Count} objects. "
                + "The same API as OpenAPI 3.0: [openapi.json](openapi.json).")
            .Line()
            .Line("Paths are relative to `https://api.keygen.sh` (or your custom domain). Request and response bodies are "
                + "JSON:API documents (`application/vnd.api+json`). In the C# snippets `keygen` is a `KeygenClient` and `ct` a "
                + "`CancellationToken`.")
            .Line()
            .Line("## Index")
            .Line()
            .Table(["Group", "Operations"], groups.Select(g => (IReadOnlyList<string>)
                [$"[{g.Name}](#{MarkdownWriter.Anchor(g.Name)})", string.Join(" · ", g.Operations.Select(IndexLink))]));

        foreach (var (name, operations) in groups)
        {
            md.Line("## " + name).Line();
            foreach (var operation in operations)
            {
                WriteOperation(md, operation, spec, plan);
            }
        }

        WriteEvents(md, plan.Events);
        WriteTypes(md, spec);
        return md.ToString();
    }

    /// <summary>Every event type, with the kind that reads it and what that kind's data is.</summary>
    private static void WriteEvents(MarkdownWriter md, EventsPlan? events)
    {
        if (events is null)
        {
            return;
        }

        md.Line("## Webhook events").Line()
            .Line($"Keygen POSTs these to your webhook endpoints. `{events.ClassName}.X` reads one typed (`KeygenEventKind<T>`, T as below); "
                + "an event type this SDK does not know stays readable untyped. Receiving them in ASP.NET Core: [webhooks.md](webhooks.md).")
            .Line()
            .Table(["Event", "C#", "Data", "Summary"], events.Events.Select(e => (IReadOnlyList<string>)
                [MarkdownWriter.Code(e.Type), MarkdownWriter.Code($"{events.ClassName}.{e.MemberName}"), MarkdownWriter.Code(CSharpUsage.ShortTypeName(e.DataType)), e.Summary ?? ""]));
    }

    private static string IndexLink(OperationSpec operation)
        => $"[{MarkdownWriter.Code(operation.MethodName)}](#{MarkdownWriter.Anchor(operation.Id)})";

    private static void WriteOperation(MarkdownWriter md, OperationSpec operation, ApiSpec spec, ApiPlan plan)
    {
        md.Line("### " + operation.Id)
            .Line()
            .Line($"`{operation.Method.ToString().ToUpperInvariant()} {SchemaTypes.FullPath(operation)}` · auth: "
                + string.Join(", ", operation.Auth.Select(AuthText)))
            .Line()
            .Line(operation.Summary)
            .Line();
        if (operation.Description is { } description)
        {
            md.Line(description).Line();
        }

        if (operation.Deprecated is { } deprecated)
        {
            md.Line("> **Deprecated:** " + deprecated).Line();
        }

        if (operation.PathParameters.Count > 0)
        {
            md.Line("**Path parameters**").Line()
                .Table(["Name", "Type", "Description"], operation.PathParameters.Select(p => (IReadOnlyList<string>)
                    [MarkdownWriter.Code(p.JsonName), FieldType(p), FieldSummary(p)]));
        }

        var query = QueryRows(operation).ToList();
        if (query.Count > 0)
        {
            md.Line("**Query parameters**").Line().Table(["Name", "Type", "Required", "Description"], query);
        }

        if (operation.Body is { } body)
        {
            md.Line($"**Request body** ({BodyText(body)})").Line()
                .Table(["Member", "Type", "Required", "Description"], RequestBody.Members(operation, plan).Select(m => (IReadOnlyList<string>)
                    [MarkdownWriter.Code(m.Path), m.Type, YesNo(m.Required), Summary(m.Summary, m.Secret)]));
        }

        md.Line("**Response** " + ResponseText(operation.Response, spec)).Line();
        if (operation.Paging)
        {
            md.Line($"Paged: `{operation.MethodName}Async` goes through every page; `{operation.MethodName}PageAsync` returns one page with its links "
                    + "(with `PageNumber` set, an offset page with its `TotalCount` and `PageCount`).")
                .Line();
        }

        if (RuntimeHelpers.ByOperation.TryGetValue(operation.Id, out var helpers))
        {
            md.Line("**Helpers** (the whole job, not just this call):").Line();
            foreach (var helper in helpers)
            {
                md.Line($"- [{MarkdownWriter.Code(helper.ShortType + "." + helper.Member)}](../README.md#{MarkdownWriter.Anchor(helper.ReadmeSection)}) {helper.Summary}.");
            }

            md.Line();
        }

        md.Line("```csharp");
        foreach (var call in CSharpUsage.Calls(operation, plan))
        {
            md.Line(call);
        }

        md.Line("```").Line();
    }

    private static IEnumerable<IReadOnlyList<string>> QueryRows(OperationSpec operation)
    {
        foreach (var parameter in operation.Query)
        {
            yield return [MarkdownWriter.Code(parameter.JsonName), FieldType(parameter), YesNo(parameter.Required), FieldSummary(parameter)];
        }

        if (operation.Paging)
        {
            yield return [MarkdownWriter.Code(Paging.SizeParameter), "integer", "no", Paging.SizeSummary];
            yield return [MarkdownWriter.Code(Paging.CursorParameter), "string", "no", Paging.CursorSummary];
            yield return [MarkdownWriter.Code(Paging.NumberParameter), "integer", "no", Paging.NumberSummary];
        }
    }

    private static string FieldType(FieldSpec field)
        => SchemaTypes.Display(field.Type) + (field.Nullable ? ", nullable" : "");

    private static string FieldSummary(FieldSpec field) => Summary(field.Summary, field.Secret);

    private static string Summary(string? summary, bool secret)
        => (summary ?? "") + (secret ? (summary is null ? "" : " ") + "_Secret: never logged._" : "");

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string AuthText(AuthKind kind) => kind switch
    {
        AuthKind.None => "none",
        AuthKind.Token => "bearer token",
        AuthKind.License => "license key",
        AuthKind.Basic => "basic (email and password)",
        _ => kind.ToString(),
    };

    private static string BodyText(BodySpec body) => body.Mode switch
    {
        BodyMode.Create => $"create {MarkdownWriter.Code(body.Resource!)}",
        BodyMode.Update => $"update {MarkdownWriter.Code(body.Resource!)}; members left unset are not sent",
        BodyMode.Meta => "meta only",
        BodyMode.ToOne => $"one {MarkdownWriter.Code(body.Resource!)} identifier, or null",
        BodyMode.ToMany => $"{MarkdownWriter.Code(body.Resource!)} identifiers",
        BodyMode.CreateMany => $"new {MarkdownWriter.Code(body.Resource!)} resources: `data` is a list; the method takes one request per item",
        _ => body.Mode.ToString(),
    };

    private static string ResponseText(ResponseSpec response, ApiSpec spec)
    {
        var status = MarkdownWriter.Code(response.Status.ToString(CultureInfo.InvariantCulture));
        var members = spec.Unions.FirstOrDefault(u => u.Name == response.Resource) is { } union
            ? " (" + string.Join(", ", union.Members.Select(MarkdownWriter.Code)) + ", by the JSON:API `type`)"
            : "";
        var data = response.Kind switch
        {
            ResponseKind.None => "no body",
            ResponseKind.Single => $"one {MarkdownWriter.Code(response.Resource!)}{members}" + (response.Nullable ? ", or `null`" : ""),
            ResponseKind.List => $"a list of {MarkdownWriter.Code(response.Resource!)}{members}",
            ResponseKind.Binary => "raw bytes (`application/octet-stream`)",
            ResponseKind.Redirect => response.Resource is { } resource
                ? $"a redirect; the method returns the {MarkdownWriter.Code(resource)} in the body with the `Location` it redirects to, "
                    + $"as a {MarkdownWriter.Code($"KeygenRedirect<{resource}>")} (the URL is not followed)"
                : "a redirect; the `Location` header is the result",
            _ => response.Kind.ToString(),
        };
        var meta = response.Meta is { } name ? $"; the method returns the document's meta as {MarkdownWriter.Code(name)}" : "";
        return $"{status}: {data}{meta}.";
    }

    private static void WriteTypes(MarkdownWriter md, ApiSpec spec)
    {
        md.Line("## Types").Line()
            .Line("### Resource types").Line()
            .Table(["Resource", "JSON:API type", "Summary"], spec.Resources.OrderBy(r => r.Name, StringComparer.Ordinal)
                .Select(r => (IReadOnlyList<string>)[MarkdownWriter.Code(r.Name), MarkdownWriter.Code(r.JsonApiType), r.Summary ?? ""]))
            .Line("### Unions").Line()
            .Line("A union is one of its member resources, told apart by the JSON:API `type`; a type it does not list is kept as JSON, never an error.").Line()
            .Table(["Union", "Members", "Summary"], spec.Unions.OrderBy(u => u.Name, StringComparer.Ordinal)
                .Select(u => (IReadOnlyList<string>)[MarkdownWriter.Code(u.Name), string.Join(", ", u.Members.Select(MarkdownWriter.Code)), u.Summary ?? ""]))
            .Line("### Enums").Line()
            .Line("Enums are extensible: a value the server adds later is kept, never an error.").Line()
            .Table(["Enum", "Values", "Summary"], spec.Enums.OrderBy(e => e.Name, StringComparer.Ordinal)
                .Select(e => (IReadOnlyList<string>)
                    [MarkdownWriter.Code(e.Name), string.Join(", ", e.Values.Select(v => MarkdownWriter.Code(v.Value))), e.Summary ?? ""]))
            .Line("### Objects").Line()
            .Table(["Object", "Properties", "Summary"], spec.Objects.OrderBy(o => o.Name, StringComparer.Ordinal)
                .Select(o => (IReadOnlyList<string>)
                    [MarkdownWriter.Code(o.Name), string.Join(", ", o.Properties.Select(p => MarkdownWriter.Code(p.JsonName))), o.Summary ?? ""]));
    }
}
