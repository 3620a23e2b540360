using System.Collections.Generic;
using System.Linq;
using KeygenGen.Generator.Model;
using KeygenGen.Generator.Planning;

namespace KeygenGen.DocsTool;

/// <summary>
/// The C# a user writes to call an operation, from the generator's plan of its method: the client property is the
/// operation's group, the method its name plus <c>Async</c> (paged lists also have <c>…PageAsync</c>), the arguments its
/// parameters, and a request sets the properties the plan makes required. Placeholders are variables named after the
/// inputs, so the snippet reads as code.
/// </summary>
internal static class CSharpUsage
{
    /// <summary>One or two lines of C# (two for paged lists: every item, then one page).</summary>
    /// <exception cref="DocsToolException">The plan has no method for the operation.</exception>
    public static IReadOnlyList<string> Calls(OperationSpec operation, ApiPlan plan)
    {
        var method = plan.Method(operation.Id) ?? throw new DocsToolException($"The plan has no method for operation '{operation.Id}'.");
        var client = "keygen." + operation.Group;
        var arguments = string.Join(", ", Arguments(operation, method, plan).Append("ct"));
        if (method.Paged)
        {
            var item = Variable(operation.Response.Resource ?? "Item");
            return
            [
                $"await foreach (var {item} in {client}.{method.Name}Async({arguments})) {{ … }}",
                $"var page = await {client}.{method.Name}PageAsync({arguments});",
            ];
        }

        var call = $"await {client}.{method.Name}Async({arguments});";
        var result = ResultVariable(operation.Response);
        return [result is null ? call : $"var {result} = {call}"];
    }

    private static IEnumerable<string> Arguments(OperationSpec operation, MethodPlan method, ApiPlan plan)
    {
        foreach (var parameter in method.Parameters.Where(p => p.Role != ParameterRole.CancellationToken))
        {
            // A createMany method takes a list of its request class, one per new resource.
            yield return parameter.Role switch
            {
                ParameterRole.Request => RequestInstance(RequestBody.RequestOf(operation, plan)!),
                ParameterRole.Items => $"[{RequestInstance(RequestBody.RequestOf(operation, plan)!)}]",
                _ => parameter.Name,
            };
        }
    }

    /// <summary>A new request that sets the properties a caller must set: required query parameters, body fields and body meta.</summary>
    private static string RequestInstance(RequestPlan request)
    {
        var required = request.Members.Where(m => m.Presence == RequestPresence.Required).Select(m => m.Name).ToList();
        return required.Count == 0
            ? $"new {request.Name}()"
            : $"new {request.Name} {{ {string.Join(", ", required.Select(name => name + " = " + Variable(name)))} }}";
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
            ResponseKind.Redirect => "location",
            _ => null,
        };
    }

    /// <summary>A camelCase local name for a PascalCase name, escaped when it is a C# keyword (as the generator names parameters).</summary>
    private static string Variable(string pascalName) => CSharpNames.CamelCase(pascalName);
}
