using System;
using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Http;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;

namespace Keygen.Emulator.Resources.Releases;

/// <summary>
/// Who may see and download a product's releases (Keygen's <c>accessible_by</c> scopes and <c>ReleasePolicy</c>):
/// staff and environments everything (of the request's environment), a product its own, a license or user the published releases of products licensed to it
/// (distribution LICENSED or OPEN) within its entitlements and expiry window, and anyone the published,
/// unconstrained releases of OPEN products.
/// </summary>
internal static class DistributionAccess
{
    private const string Open = "OPEN";
    private const string Closed = "CLOSED";

    /// <summary>The scope a release is looked up in: outside it a release is a 404.</summary>
    public static bool SeesRelease(ApiRequest request, Release release) => request.Caller.Bearer switch
    {
        _ when request.Caller.SeesAll => true,
        Product product => release.Product == product,
        License license => IsPublic(release) || (release.IsPublished && Licenses(license, release, request.Now)),
        User user => IsPublic(release) || (release.IsPublished && Visibility.LicensesOf(user, request.Account).Any(l => Licenses(l, release, request.Now))),
        _ => IsPublic(release),
    };

    /// <summary>Artifacts: those of visible releases; licensees and anonymous callers only see uploaded ones.</summary>
    public static bool SeesArtifact(ApiRequest request, Artifact artifact) =>
        SeesRelease(request, artifact.Release)
        && (request.Caller.SeesAll || request.Caller.Bearer is Product || artifact.Status == ArtifactStatuses.Uploaded);

    /// <summary>Packages and the release catalog: what belongs to products whose releases the caller may see.</summary>
    public static bool SeesProduct(ApiRequest request, Product product) => request.Caller.Bearer switch
    {
        _ when request.Caller.SeesAll => true,
        Product self => self == product,
        License license => product.DistributionStrategy == Open || (license.Product == product && product.DistributionStrategy != Closed),
        User user => product.DistributionStrategy == Open
            || Visibility.LicensesOf(user, request.Account).Any(l => l.Product == product && product.DistributionStrategy != Closed),
        _ => product.DistributionStrategy == Open,
    };

    /// <summary>
    /// <c>ReleasePolicy#show?</c> for a release in scope: licensees are also refused, with Keygen's reason, when the
    /// product is closed or their license is suspended, banned, expired, too old or lacks the entitlements.
    /// </summary>
    public static void AuthorizeShow(ApiRequest request, Release release)
    {
        if (IsPublic(release) || request.Caller.SeesAll || request.Caller.Bearer is Product)
        {
            return;
        }

        var licenses = request.Caller.Bearer switch
        {
            License license => [license],
            User user => Visibility.LicensesOf(user, request.Account).ToArray(),
            _ => [],
        };
        var ofProduct = licenses.Where(l => l.Product == release.Product).ToList();
        Access.Require(request, ofProduct.Count > 0);
        Access.Require(request, release.Product.DistributionStrategy != Closed, "release distribution strategy is closed");
        var reasons = ofProduct.Select(l => Refusal(l, release, request.Now)).ToList();
        if (reasons.All(r => r is not null))
        {
            throw Access.Denied(request, reasons[^1]);
        }
    }

    /// <summary>
    /// Keygen's <c>Release.for_license</c> scope (what validation's checksum and version scopes search): the releases of
    /// the license's product when it is OPEN, or when it is LICENSED those within the license's entitlements.
    /// </summary>
    public static bool ForLicense(License license, Release release) =>
        release.Product == license.Product
        && (release.Product.DistributionStrategy == Open
            || (release.Product.DistributionStrategy != Closed && release.Entitlements.All(license.Entitlements.Contains)));

    /// <summary>
    /// Whether the caller may create, change or delete releases, artifacts, packages of <paramref name="product"/>: admins,
    /// developers and environments (within their own environment, which the store's filter already ensures), and the product.
    /// </summary>
    public static bool CanWrite(Principal caller, Product product) => caller.IsAdmin || caller.Is(Role.Environment) || caller.Bearer == product;

    /// <summary>Open to everyone: a published release of an OPEN product without constraints.</summary>
    private static bool IsPublic(Release release) =>
        release.Product.DistributionStrategy == Open && release.IsPublished && release.Constraints.Count == 0;

    /// <summary>Keygen's <c>for_license</c>: the license's own, not closed product, within its entitlements and expiry.</summary>
    private static bool Licenses(License license, Release release, DateTimeOffset now) =>
        license.Product == release.Product
        && release.Product.DistributionStrategy != Closed
        && release.Entitlements.All(license.Entitlements.Contains)
        && WithinExpiry(license, release, now);

    private static bool WithinExpiry(License license, Release release, DateTimeOffset now) => license.Expiry switch
    {
        null => true,
        { } expiry => license.Policy.ExpirationStrategy switch
        {
            "REVOKE_ACCESS" => expiry > now,
            "ALLOW_ACCESS" => true,
            _ => release.ReleasedAt <= expiry,
        },
    };

    private static string? Refusal(License license, Release release, DateTimeOffset now) => license switch
    {
        { Suspended: true } => "license is suspended",
        { Banned: true } => "license is banned",
        { Expiry: { } expiry } when license.Policy.ExpirationStrategy == "REVOKE_ACCESS" && expiry <= now => "license is expired",
        { Expiry: { } expiry } when license.Policy.ExpirationStrategy != "ALLOW_ACCESS" && release.ReleasedAt > expiry => "license expiry falls outside of access window",
        _ when !release.Entitlements.All(license.Entitlements.Contains) => "license is missing entitlements",
        _ => null,
    };
}
