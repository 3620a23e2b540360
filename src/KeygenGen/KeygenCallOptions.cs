using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Http;

namespace Keygen;

/// <summary>
/// Settings for one call, laid over the client's <see cref="KeygenClientOptions"/>: every property left
/// <see langword="null"/> keeps the client's setting. Pass it to any generated method or to <see cref="KeygenClient.SendAsync(KeygenRequest, KeygenCallOptions?, System.Threading.CancellationToken)"/>,
/// or make a view that applies it to every call with <see cref="KeygenClient.WithOptions"/>
/// (<see cref="KeygenClient.WithAuth"/> is the view for <see cref="Auth"/> alone). Redaction, retries and signature checks
/// apply to the call exactly as to any other. Build it once and share it: the client reads it when a call starts and never changes it.
/// <see cref="ToString"/> never shows credentials or header values.
/// </summary>
/// <example>
/// <code>
/// var sandbox = new KeygenCallOptions { Environment = "sandbox", Timeout = TimeSpan.FromSeconds(5) };
/// License license = await keygen.Licenses.GetAsync(id, sandbox, ct);
/// </code>
/// </example>
public sealed class KeygenCallOptions
{
    /// <summary>
    /// The value of <see cref="Environment"/> that sends no <c>Keygen-Environment</c> header, so the call is made in the
    /// global environment even when the client is configured with another one (Keygen has no name for the global environment).
    /// </summary>
    public const string GlobalEnvironment = "";

    /// <summary>
    /// Headers the client sets itself, each from its own option; setting them through <see cref="Headers"/> is refused.
    /// </summary>
    private static readonly Dictionary<string, string> ReservedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Authorization"] = "use Auth",
        ["Keygen-Version"] = "use ApiVersion",
        ["Keygen-Environment"] = "use Environment",
        ["Keygen-Accept-Signature"] = "use RequireSignature",
        ["User-Agent"] = "use KeygenClientOptions.UserAgentSuffix",
        ["Accept"] = "each operation sets it",
        ["Content-Type"] = "each operation sets it",
        ["Content-Length"] = "the body sets it",
        ["Host"] = "KeygenClientOptions.BaseUrl sets it",
    };

    /// <summary>
    /// The credentials for the call, instead of whatever the client would pick; <see cref="KeygenAuth.Anonymous"/> sends none.
    /// </summary>
    public KeygenAuth? Auth { get; init; }

    /// <summary>
    /// An environment id or code, sent as <c>Keygen-Environment</c> instead of <see cref="KeygenClientOptions.Environment"/>;
    /// <see cref="GlobalEnvironment"/> sends none.
    /// </summary>
    public string? Environment { get; init; }

    /// <summary>The API version sent as <c>Keygen-Version</c> instead of <see cref="KeygenClientOptions.ApiVersion"/>, e.g. <c>1.7</c>.</summary>
    public string? ApiVersion { get; init; }

    /// <summary>
    /// How long each attempt may take, instead of <see cref="KeygenClientOptions.Timeout"/>;
    /// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> disables it.
    /// </summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Retry settings instead of <see cref="KeygenClientOptions.Retry"/>; <see cref="KeygenRetryOptions.Disabled"/> sends the call once.</summary>
    public KeygenRetryOptions? Retry { get; init; }

    /// <summary>
    /// Whether the response must carry a valid, fresh Keygen signature. <see langword="true"/>: it must, and a client without
    /// <see cref="KeygenClientOptions.PublicKey"/> refuses the call before sending it (code that must not act on an unverified
    /// answer says so here, whatever client it is handed). <see langword="false"/>: the response is not checked, e.g. for a
    /// server that does not sign. <see langword="null"/>: checked when the client has a public key.
    /// </summary>
    public bool? RequireSignature { get; init; }

    /// <summary>
    /// Extra request headers, e.g. <c>Prefer</c>. Headers the client sets from its own options (<c>Authorization</c>,
    /// <c>Keygen-Version</c>, <c>Keygen-Environment</c>, <c>Accept</c>, …) and those the operation sets are refused.
    /// Header values are never logged.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>Describes the options; credentials and header values are never shown.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        Add(parts, "Auth", Auth?.ToString());
        Add(parts, "Environment", Environment is null ? null : Environment.Length == 0 ? "(global)" : Environment);
        Add(parts, "ApiVersion", ApiVersion);
        Add(parts, "Timeout", Timeout?.ToString());
        Add(parts, "Retry", Retry is null ? null : "{ " + Retry + " }");
        Add(parts, "RequireSignature", RequireSignature?.ToString());
        Add(parts, "Headers", Headers is null ? null : "[" + string.Join(", ", Headers.Keys) + "]");
        return "KeygenCallOptions { " + string.Join(", ", parts) + (parts.Count == 0 ? "}" : " }");
    }

    /// <summary>
    /// <paramref name="inner"/> laid over <paramref name="outer"/>: each property of the inner options wins where it is set,
    /// headers are combined (the inner value wins for a name in both). No copy is made when either is absent.
    /// </summary>
    internal static KeygenCallOptions? Merge(KeygenCallOptions? outer, KeygenCallOptions? inner)
    {
        if (outer is null || inner is null)
        {
            return inner ?? outer;
        }

        return new KeygenCallOptions
        {
            Auth = inner.Auth ?? outer.Auth,
            Environment = inner.Environment ?? outer.Environment,
            ApiVersion = inner.ApiVersion ?? outer.ApiVersion,
            Timeout = inner.Timeout ?? outer.Timeout,
            Retry = inner.Retry ?? outer.Retry,
            RequireSignature = inner.RequireSignature ?? outer.RequireSignature,
            Headers = inner.Headers is null ? outer.Headers
                : outer.Headers is null ? inner.Headers
                : outer.Headers.Where(h => !inner.Headers.ContainsKey(h.Key)).Concat(inner.Headers).ToDictionary(StringComparer.OrdinalIgnoreCase),
        };
    }

    /// <summary>
    /// A checked copy that later changes to the caller's objects (the retry settings, the header dictionary) cannot reach.
    /// </summary>
    /// <exception cref="KeygenConfigurationException">A setting is invalid; the message lists every problem.</exception>
    internal KeygenCallOptions Snapshot()
    {
        var problems = new List<string>();
        if (Environment is { Length: > 0 } environment && !OptionRules.IsHeaderToken(environment))
        {
            problems.Add("Environment must be an environment id or code (no spaces or control characters), or KeygenCallOptions.GlobalEnvironment.");
        }

        if (ApiVersion is not null && !OptionRules.IsApiVersion(ApiVersion))
        {
            problems.Add($"ApiVersion \"{ApiVersion}\" is not a version like \"{KeygenClientOptions.DefaultApiVersion}\".");
        }

        if (Timeout is { } timeout && !OptionRules.IsTimeout(timeout))
        {
            problems.Add("Timeout must be positive, or Timeout.InfiniteTimeSpan to wait forever.");
        }

        if (Retry is not null)
        {
            OptionRules.RetryProblems(Retry, "Retry", problems);
        }

        Dictionary<string, string>? headers = Headers is null ? null : new(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, string> header in Headers ?? Enumerable.Empty<KeyValuePair<string, string>>())
        {
            if (HeaderProblem(header) is { } problem)
            {
                problems.Add(problem);
            }
            else if (!headers!.TryAdd(header.Key, header.Value))
            {
                problems.Add($"Headers names '{header.Key}' twice (header names are case-insensitive).");
            }
        }

        if (problems.Count > 0)
        {
            throw new KeygenConfigurationException("KeygenCallOptions is invalid: " + string.Join(" ", problems));
        }

        return new KeygenCallOptions
        {
            Auth = Auth,
            Environment = Environment,
            ApiVersion = ApiVersion,
            Timeout = Timeout,
            Retry = Retry?.Copy(),
            RequireSignature = RequireSignature,
            Headers = headers,
        };
    }

    private static string? HeaderProblem(KeyValuePair<string, string> header)
    {
        if (header.Key is null || header.Value is null)
        {
            return "Headers must not hold a null name or value.";
        }

        if (ReservedHeaders.TryGetValue(header.Key, out string? instead))
        {
            return $"Headers must not set '{header.Key}': {instead}.";
        }

        return OptionRules.IsSendableHeader(header.Key, header.Value)
            ? null
            : $"Headers holds '{header.Key}', which is not a valid header name, or whose value contains control characters (such as a line break).";
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (value is not null)
        {
            parts.Add(name + " = " + value);
        }
    }
}
