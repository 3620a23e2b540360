using System;
using System.Collections.Generic;
using System.Linq;
using KeygenGen.Generator.Planning;

namespace Keygen.Acceptance.Sdk;

/// <summary>An operation's method and path template, matched against the paths the replay sent.</summary>
internal sealed class OperationRoute
{
    private readonly string[] _segments;

    public OperationRoute(ClientPlan client, MethodPlan method)
    {
        Client = client;
        Method = method;
        // Keygen serves account-scoped routes under /v1/accounts/{account}; the others (/v1/ping, /v1/me) under /v1.
        var prefix = method.AccountScoped ? "/v1/accounts/{account}" : "/v1";
        _segments = (prefix + method.Path).Split('/', StringSplitOptions.RemoveEmptyEntries);
        LiteralSegments = _segments.Count(s => !IsParameter(s));
    }

    public ClientPlan Client { get; }

    public MethodPlan Method { get; }

    /// <summary>How many segments are fixed text: of two matching templates the more literal one is meant.</summary>
    public int LiteralSegments { get; }

    public OperationMatch? Match(string method, string path)
    {
        if (!method.Equals(Method.HttpMethod.ToString(), StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var sent = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (sent.Length != _segments.Length)
        {
            return null;
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < sent.Length; i++)
        {
            if (IsParameter(_segments[i]))
            {
                parameters[_segments[i][1..^1]] = Uri.UnescapeDataString(sent[i]);
            }
            else if (!_segments[i].Equals(sent[i], StringComparison.Ordinal))
            {
                return null;
            }
        }

        return new OperationMatch(this, parameters);
    }

    private static bool IsParameter(string segment) => segment.StartsWith('{') && segment.EndsWith('}');
}

/// <summary>A route a request matched, with the values of its path parameters (by wire name).</summary>
internal sealed record OperationMatch(OperationRoute Route, IReadOnlyDictionary<string, string> PathParameters)
{
    public MethodPlan Method => Route.Method;
}
