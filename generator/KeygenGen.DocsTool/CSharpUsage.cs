using System.Collections.Generic;
using System.Linq;
using KeygenGen.Generator.Emitting;
using KeygenGen.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace KeygenGen.DocsTool;

/// <summary>
/// The C# a user writes to call an operation, named exactly as the emitter names things: the client property is
/// the operation's group, the method its <c>MethodName</c> plus <c>Async</c> (paged lists also have
/// <c>…PageAsync</c>), and the request class its <c>RequestName</c>. Placeholders are variables named after the
/// inputs, so the snippet reads as code.
/// </summary>
internal static class CSharpUsage
{
    /// <summary>One or two lines of C# (two for paged lists: every item, then one page).</summary>
    public static IReadOnlyList<string> Calls(OperationSpec operation, ApiSpec spec)
    {
        var client = "keygen." + operation.Group;
        var arguments = string.Join(", ", Arguments(operation, spec).Append("ct"));
        var method = operation.MethodName + "Async";
        if (operation.Paging)
        {
            var item = Variable(operation.Response.Resource ?? "Item");
            return
            [
                $"await foreach (var {item} in {client}.{method}({arguments})) {{ … }}",
                $"var page = await {client}.{operation.MethodName}PageAsync({arguments});",
            ];
        }

        var call = $"await {client}.{method}({arguments});";
        var result = ResultVariable(operation.Response);
        return [result is null ? call : $"var {result} = {call}"];
    }

    private static IEnumerable<string> Arguments(OperationSpec operation, ApiSpec spec)
    {
        foreach (var parameter in operation.PathParameters)
        {
            yield return Variable(parameter.PropertyName);
        }

        // Relationship changes take the linked ids as arguments, as the emitter writes them.
        if (operation.Body is { Mode: BodyMode.ToOne or BodyMode.ToMany } linkage)
        {
            yield return Variable(linkage.Resource ?? "Resource") + (linkage.Mode == BodyMode.ToOne ? "Id" : "Ids");
        }

        if (operation.RequestName is { } requestName && RequestEmitter.HasRequest(operation))
        {
            // A createMany method takes a list of its request class, one per new resource.
            var request = RequestInstance(requestName, operation, spec);
            yield return RequestEmitter.IsItemRequest(operation) ? $"[{request}]" : request;
        }
    }

    private static string RequestInstance(string requestName, OperationSpec operation, ApiSpec spec)
    {
        var required = RequiredInputs(operation, spec).ToList();
        return required.Count == 0
            ? $"new {requestName}()"
            : $"new {requestName} {{ {string.Join(", ", required.Select(name => name + " = " + Variable(name)))} }}";
    }

    /// <summary>The request properties a caller must set: required query parameters, body fields and body meta.</summary>
    private static IEnumerable<string> RequiredInputs(OperationSpec operation, ApiSpec spec)
    {
        foreach (var query in operation.Query.Where(q => q.Required))
        {
            yield return query.PropertyName;
        }

        if (operation.Body is not { } body)
        {
            yield break;
        }

        if (RequestBody.Resource(body, spec) is { } resource)
        {
            foreach (var attribute in RequestBody.Attributes(body.Mode, resource).Where(a => RequestBody.IsRequired(body.Mode, a.Create)))
            {
                yield return attribute.PropertyName;
            }

            foreach (var relationship in RequestBody.Relationships(body.Mode, resource).Where(r => RequestBody.IsRequired(body.Mode, r.Create)))
            {
                yield return relationship.PropertyName;
            }
        }

        foreach (var meta in body.Meta.Where(m => m.Required))
        {
            yield return meta.PropertyName;
        }
    }

    private static string? ResultVariable(ResponseSpec response)
    {
        if (response.Meta is { } meta)
        {
            return Variable(meta);
        }

        return response.Kind switch
        {
            ResponseKind.Single => Variable(response.Resource ?? "Result"),
            ResponseKind.List => Variable(response.Resource ?? "Item") + "List",
            ResponseKind.Binary => "content",
            ResponseKind.Redirect => response.Resource is null ? "location" : "redirect",
            _ => null,
        };
    }

    /// <summary>A camelCase local name for a PascalCase name, escaped when it is a C# keyword.</summary>
    private static string Variable(string pascalName)
    {
        var name = char.ToLowerInvariant(pascalName[0]) + pascalName.Substring(1);
        return SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None ? name : "@" + name;
    }
}
