using System;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;
using Keygen.Emulator.Versions;
using Microsoft.AspNetCore.Http;

namespace Keygen.Emulator.Resources.Checkouts;

/// <summary>
/// One check-out: the dataset (the license or machine document with the requested includes and
/// <c>meta: {issued, expiry, ttl}</c>, where the expiry is the TTL added on the calendar as Keygen's
/// <c>Duration.build</c> adds it), its certificate, and the answer: the raw <c>.lic</c> for a download, else the
/// <c>license-files</c>/<c>machine-files</c> resource, which Keygen never stores (it has no self link).
/// </summary>
internal sealed record CheckoutFile(CheckoutKind Kind, CheckoutOptions Options, License License, Machine? Machine)
{
    private Guid SubjectId => Machine?.Id ?? License.Id;

    /// <summary>License files are encrypted with the license key, machine files with the key and the fingerprint.</summary>
    private string Secret => License.Key + Machine?.Fingerprint;

    public ApiResult Issue(ApiRequest request, bool download)
    {
        var issued = request.Now;
        DateTimeOffset? expiry = Options.Ttl is { } ttl ? Durations.Add(issued, ttl) : null;
        var meta = new JsonObject { ["issued"] = JsonValues.Timestamp(issued), ["expiry"] = JsonValues.Of(expiry), ["ttl"] = JsonValues.Of(Options.Ttl) };
        var subject = (object?)Machine ?? License;
        var resource = request.Render(subject);
        var dataset = Documents.Single(resource, meta);
        var included = CheckoutIncludes.Resolve(request.Render, subject, resource, Options.Includes);
        if (included.Count > 0)
        {
            dataset["included"] = new JsonArray(included.ToArray<JsonNode?>());
        }

        // Keygen renders the dataset for the request's API version, as it does a response.
        ResponseMigrations.Apply(request.ApiVersion, Exchange.Of(request.Http).Route!, StatusCodes.Status200OK, dataset, request.Account);
        var certificate = Certificate.Issue(Kind, Options, Encoding.UTF8.GetBytes(JsonValues.Serialize(dataset)), Secret, request.Account.Keys);
        return download
            ? ApiResult.File($"{SubjectId}.lic", Encoding.UTF8.GetBytes(certificate))
            : ApiResult.Ok(Documents.Single(Render(request.Account.Account.Id, certificate, issued, expiry)));
    }

    private JsonObject Render(Guid account, string certificate, DateTimeOffset issued, DateTimeOffset? expiry)
    {
        var file = new ResourceBuilder(Kind.FileType, Guid.NewGuid(), self: null)
            .Attribute("certificate", certificate)
            .Attribute("algorithm", Options.Algorithm)
            .Attribute("includes", JsonValues.Of(Options.Includes))
            .Attribute("ttl", JsonValues.Of(Options.Ttl))
            .Attribute("expiry", JsonValues.Of(expiry))
            .Attribute("issued", JsonValues.Of(issued))
            .Account(account)
            .ToOne("license", "licenses", License.Id, Links.Resource(account, "licenses", License.Id));
        if (Machine is not null)
        {
            file.ToOne("machine", "machines", Machine.Id, Links.Resource(account, "machines", Machine.Id));
        }

        return file.Build();
    }
}
