using System;
using System.Linq;
using Keygen.Emulator.Http;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace Keygen.Emulator.Hosting;

/// <summary>
/// Keygen's environment selection: the <c>Keygen-Environment</c> header, else the <c>environment</c> query
/// parameter, names an environment by id or code; neither means the global environment (null). Only in Keygen EE.
/// </summary>
internal static class RequestEnvironment
{
    public const string Header = "Keygen-Environment";

    public static KeygenEnvironment? Resolve(HttpRequest request, AccountState account)
    {
        if (!account.IsEnterprise)
        {
            RefuseInCommunityEdition(request);
            return null;
        }

        var header = request.Headers[Header].ToString();
        var name = header.Length > 0 ? header : request.Query["environment"].ToString();
        if (name.Length == 0)
        {
            return null;
        }

        var environments = account.Table<KeygenEnvironment>().All;
        return (Guid.TryParse(name, out var id) ? environments.FirstOrDefault(e => e.Id == id) : null)
            ?? environments.FirstOrDefault(e => string.Equals(e.Code, name, StringComparison.Ordinal))
            ?? throw Errors.BadRequest("environment is invalid", ErrorSource.Header(Header), "ENVIRONMENT_INVALID");
    }

    /// <summary>Environments are Keygen EE's: CE answers any attempt to select one 400 <c>ENVIRONMENT_NOT_SUPPORTED</c>.</summary>
    private static void RefuseInCommunityEdition(HttpRequest request)
    {
        if (request.Headers.ContainsKey(Header))
        {
            throw Errors.BadRequest("is unsupported", ErrorSource.Header(Header), "ENVIRONMENT_NOT_SUPPORTED");
        }

        if (request.Query.ContainsKey("environment"))
        {
            throw Errors.BadRequest("is unsupported", ErrorSource.Parameter("environment"), "ENVIRONMENT_NOT_SUPPORTED");
        }
    }
}
