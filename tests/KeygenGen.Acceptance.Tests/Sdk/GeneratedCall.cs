using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using KeygenGen.Generator.Planning;

namespace Keygen.Acceptance.Sdk;

/// <summary>
/// Calls an operation's generated client method (the one a user calls: <c>keygen.Licenses.ValidateKeyAsync(…)</c>, or the
/// <c>…PageAsync</c> of a paged list) on a client whose handler answers with a replayed response, so the answer is read by the
/// very code a user's call runs: the runtime's checks, then the generated reader of that operation.
/// </summary>
internal static class GeneratedCall
{
    private static readonly PropertyInfo[] Groups = typeof(KeygenClient).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    /// <summary>Calls it; a failure to read is the exception the caller would get (a <see cref="KeygenException"/>).</summary>
    public static async Task InvokeAsync(OperationMatch match, System.Net.Http.HttpMessageHandler handler)
    {
        var method = match.Method;
        using var keygen = new KeygenClient(new KeygenClientOptions
        {
            Account = "replay",
            BaseUrl = new Uri("http://api.keygen.sh"),
            Retry = KeygenRetryOptions.Disabled,
            HttpMessageHandler = handler,
        });
        // The replayed answer does not depend on the credentials sent; anonymous lets every operation be called.
        var client = keygen.WithAuth(KeygenAuth.Anonymous);
        var group = Groups.Single(p => p.Name == match.Route.Client.Group).GetValue(client)!;
        var name = method.Name + (method.Paged ? "PageAsync" : "Async");
        var target = group.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Single(m => m.Name == name && m.GetParameters().Length == method.Parameters.Count);
        var arguments = target.GetParameters().Zip(method.Parameters, (parameter, plan) => Argument(parameter.ParameterType, plan, match)).ToArray();
        try
        {
            await (Task)target.Invoke(group, arguments)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }

    private static object? Argument(Type type, ParameterPlan parameter, OperationMatch match) => parameter.Role switch
    {
        ParameterRole.Path => match.PathParameters[parameter.Subject!],
        // What the body links or creates does not change how the answer is read: one placeholder of the right type.
        ParameterRole.LinkedId => "replay",
        ParameterRole.LinkedIds => new[] { "replay" },
        ParameterRole.Items => Placeholder(type),
        ParameterRole.Request => Placeholder(type),
        ParameterRole.CallOptions => null,
        ParameterRole.CancellationToken => CancellationToken.None,
        _ => throw new InvalidOperationException($"Unknown parameter role {parameter.Role}."),
    };

    /// <summary>
    /// A value the body writer accepts: a request with its <c>required</c> members set (strings to a placeholder, lists to
    /// one placeholder item), so the call reaches the response. The values sent do not matter: the answer is replayed.
    /// </summary>
    private static object? Placeholder(Type type)
    {
        if (type == typeof(string))
        {
            return "replay";
        }

        if (type == typeof(JsonElement))
        {
            // A default JsonElement is no value at all; the writer refuses it.
            return JsonSerializer.SerializeToElement("replay", ReplayJson.Default.String);
        }

        if (type.IsArray || (type.IsInterface && type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type)))
        {
            var itemType = type.IsArray ? type.GetElementType()! : type.GetGenericArguments().Single();
            var items = Array.CreateInstance(itemType, 1);
            items.SetValue(Placeholder(itemType), 0);
            return items;
        }

        if (type.IsValueType || type.GetConstructor(Type.EmptyTypes) is null)
        {
            return type.IsValueType ? Activator.CreateInstance(type) : null;
        }

        var value = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.IsDefined(typeof(RequiredMemberAttribute)) && p.CanWrite))
        {
            property.SetValue(value, Placeholder(property.PropertyType));
        }

        return value;
    }
}

[JsonSerializable(typeof(string))]
internal sealed partial class ReplayJson : JsonSerializerContext;
