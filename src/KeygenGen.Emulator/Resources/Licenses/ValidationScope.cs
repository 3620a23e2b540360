using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.JsonApi.Params;

namespace Keygen.Emulator.Resources.Licenses;

/// <summary>
/// <c>meta.scope</c> of a validation. Keygen distinguishes a key that is absent from one sent as null (a null
/// <c>user</c> still requires the license to match "no user"), so each field remembers whether it was sent.
/// </summary>
internal sealed record ValidationScope(Fields Raw)
{
    public bool Has(string name) => Raw.Has(name);

    public string? Environment => Raw.String("environment");

    public string? Product => Raw.String("product");

    public string? Policy => Raw.String("policy");

    public string? User => Raw.String("user");

    public string? Machine => Raw.String("machine");

    public string? Checksum => Raw.String("checksum");

    public string? Version => Raw.String("version");

    /// <summary><c>fingerprint</c> or else <c>fingerprints</c>, without nulls or duplicates.</summary>
    public IReadOnlyList<string> Fingerprints =>
        Raw.String("fingerprint") is { } single ? [single] : (Raw.Strings("fingerprints") ?? []).Distinct().ToList();

    public IReadOnlyList<string> Components => (Raw.Strings("components") ?? []).Distinct().ToList();

    public IReadOnlyList<string> Entitlements => (Raw.Strings("entitlements") ?? []).Distinct().ToList();
}
