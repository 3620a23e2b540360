using Keygen.Emulator.Http;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Events;

/// <summary>
/// Keygen's event notifications that start a license's expiry (<c>on_exclusive_event</c> in license.rb): a license
/// without an expiry whose policy expires from its first validation, activation, use or download gets one when the
/// first such event is broadcast, for the license the event is about, or that sent the request.
/// </summary>
internal static class ExpiryStarts
{
    public static void Notify(ApiRequest request, string eventName, object resource)
    {
        var basis = eventName switch
        {
            _ when eventName.StartsWith("license.validation.", System.StringComparison.Ordinal) => "FROM_FIRST_VALIDATION",
            "machine.created" => "FROM_FIRST_ACTIVATION",
            "license.usage.incremented" => "FROM_FIRST_USE",
            "artifact.downloaded" or "release.downloaded" or "release.upgraded" => "FROM_FIRST_DOWNLOAD",
            _ => null,
        };
        if (basis is null)
        {
            return;
        }

        Start(resource switch
        {
            License license => license,
            Machine machine => machine.License,
            _ => null,
        }, basis, request);
        Start(request.Caller.Bearer as License, basis, request);
    }

    private static void Start(License? license, string basis, ApiRequest request)
    {
        if (license is { Expiry: null } && license.Policy.ExpirationBasis == basis && license.Policy.Duration is { } duration)
        {
            license.Expiry = Durations.Add(request.Now, duration);
        }
    }
}
