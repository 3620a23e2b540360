using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Reflection;
using Microsoft.Extensions.Logging;
using Keygen.Signatures;
using Microsoft.Extensions.Logging.Abstractions;

namespace Keygen.Http;

/// <summary>
/// The validated, immutable snapshot of <see cref="KeygenClientOptions"/> one client works from; building it is where
/// every option is checked, so a misconfigured client fails at construction with every problem listed.
/// </summary>
internal sealed class KeygenClientSettings
{
    private KeygenClientSettings(KeygenClientOptions options)
    {
        Endpoint = new KeygenEndpoint(options.BaseUrl, options.Account, options.UseAccountlessPaths);
        TokenAuth = options.Token is null ? null : KeygenAuth.FromConfiguredToken(options.Token);
        LicenseKey = options.LicenseKey;
        LicenseKeyAuth = options.LicenseKey is null ? null : KeygenAuth.FromConfiguredLicenseKey(options.LicenseKey);
        ApiVersion = options.ApiVersion;
        Environment = options.Environment;
        UserAgent = BuildUserAgent(options.UserAgentSuffix);
        Timeout = options.Timeout;
        Retry = options.Retry.Copy();
        Logger = options.Logger ?? NullLogger.Instance;
        TimeProvider = options.TimeProvider;
        PublicKeys = options.PublicKey is null ? null : KeygenPublicKeys.Parse(options.PublicKey);
        Redactor = KeygenRedactor.ForValues([.. TokenAuth?.SecretValues ?? [], .. LicenseKeyAuth?.SecretValues ?? []]);
    }

    public KeygenEndpoint Endpoint { get; }

    /// <summary>The configured token, when there is one.</summary>
    public KeygenAuth? TokenAuth { get; }

    /// <summary>The configured license key, when there is one.</summary>
    public KeygenAuth? LicenseKeyAuth { get; }

    /// <summary>The configured license key itself: what the licensing façade validates and decrypts license files with.</summary>
    public string? LicenseKey { get; }

    public string ApiVersion { get; }

    public string? Environment { get; }

    public string UserAgent { get; }

    public TimeSpan Timeout { get; }

    public KeygenRetryOptions Retry { get; }

    public ILogger Logger { get; }

    public TimeProvider TimeProvider { get; }

    /// <summary>The key responses must be signed with, when verification is on.</summary>
    public KeygenPublicKeys? PublicKeys { get; }

    /// <summary>Redacts the configured token and license key from everything the client prints.</summary>
    public KeygenRedactor Redactor { get; }

    /// <summary>Validates <paramref name="options"/> and snapshots them.</summary>
    /// <exception cref="KeygenConfigurationException">Lists every problem found, each with the option to fix.</exception>
    public static KeygenClientSettings From(KeygenClientOptions? options, bool httpClientInjected)
    {
        if (options is null)
        {
            throw new KeygenConfigurationException("KeygenClientOptions must not be null.");
        }

        List<string> problems = FindProblems(options, httpClientInjected);
        if (problems.Count > 0)
        {
            throw new KeygenConfigurationException(
                "KeygenClientOptions is invalid: " + string.Join(" ", problems));
        }

        return new KeygenClientSettings(options);
    }

    private static List<string> FindProblems(KeygenClientOptions options, bool httpClientInjected)
    {
        var problems = new List<string>();
        AccountProblem(options, problems);
        if (KeygenEndpoint.BaseUrlProblem(options.BaseUrl) is { } baseUrlProblem)
        {
            problems.Add(baseUrlProblem);
        }

        if (options.Token is not null && CredentialRules.Problem(options.Token) is { } tokenProblem)
        {
            problems.Add($"Token {tokenProblem}; set a Keygen token (e.g. \"admin-…\") or leave it null.");
        }

        if (options.LicenseKey is not null && CredentialRules.Problem(options.LicenseKey) is { } licenseKeyProblem)
        {
            problems.Add($"LicenseKey {licenseKeyProblem}; set a license key or leave it null.");
        }

        if (!OptionRules.IsApiVersion(options.ApiVersion))
        {
            problems.Add($"ApiVersion \"{options.ApiVersion}\" is not a version like \"{KeygenClientOptions.DefaultApiVersion}\".");
        }

        if (options.Environment is not null && !OptionRules.IsHeaderToken(options.Environment))
        {
            problems.Add("Environment must be an environment id or code: non-empty, without spaces or control characters.");
        }

        if (options.UserAgentSuffix is not null && !IsUserAgentSuffix(options.UserAgentSuffix))
        {
            problems.Add($"UserAgentSuffix \"{options.UserAgentSuffix}\" is not a valid User-Agent product list, e.g. \"MyApp/2.1\".");
        }

        if (!OptionRules.IsTimeout(options.Timeout))
        {
            problems.Add("Timeout must be positive, or Timeout.InfiniteTimeSpan to wait forever.");
        }

        if (options.PublicKey is not null && PublicKeyProblem(options.PublicKey) is { } publicKeyProblem)
        {
            problems.Add(publicKeyProblem);
        }

        OptionRules.RetryProblems(options.Retry, "Retry", problems);
        if (options.TimeProvider is null)
        {
            problems.Add("TimeProvider must not be null; use TimeProvider.System.");
        }

        if (httpClientInjected && options.HttpMessageHandler is not null)
        {
            problems.Add("HttpMessageHandler cannot be combined with an injected HttpClient; configure the handler on that HttpClient instead.");
        }

        return problems;
    }

    private static void AccountProblem(KeygenClientOptions options, List<string> problems)
    {
        if (options.Account is null)
        {
            if (!options.UseAccountlessPaths)
            {
                problems.Add("Account is required: set the account id or slug (e.g. \"acme\"), or set UseAccountlessPaths for a custom domain or a self-hosted singleplayer server.");
            }

            return;
        }

        if (!OptionRules.IsHeaderToken(options.Account) || options.Account.AsSpan().IndexOfAny("/?#%\\") >= 0)
        {
            problems.Add("Account must be the account id (UUID) or slug: non-empty, without spaces, '/', '?', '#', '%' or '\\'.");
        }
    }

    private static string? PublicKeyProblem(string publicKey)
    {
        try
        {
            KeygenPublicKeys.Parse(publicKey);
            return null;
        }
        catch (KeygenVerificationException e)
        {
            return $"PublicKey cannot be used ({e.Message.TrimEnd('.')}); copy the account's Ed25519 public key from the dashboard (64 hex characters) or from data.meta.keys.ed25519.";
        }
    }

    private static bool IsUserAgentSuffix(string suffix)
    {
        using var probe = new HttpRequestMessage();
        return suffix.Length > 0 && probe.Headers.UserAgent.TryParseAdd(suffix);
    }

    private static string BuildUserAgent(string? suffix)
    {
        string version = typeof(KeygenClientSettings).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        int metadata = version.IndexOf('+', StringComparison.Ordinal);
        if (metadata >= 0)
        {
            version = version[..metadata];
        }

        string userAgent = FormattableString.Invariant($"KeygenGen/{version} dotnet/{System.Environment.Version} ({HostPlatform.RuntimeIdentifier})");
        return suffix is null ? userAgent : userAgent + " " + suffix;
    }
}
