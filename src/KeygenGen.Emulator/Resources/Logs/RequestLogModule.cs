using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;
using Keygen.Emulator.Paging;
using Keygen.Emulator.Resources.Common;

namespace Keygen.Emulator.Resources.Logs;

/// <summary>
/// <c>/request-logs</c>: the requests the account received (recorded by <see cref="RequestLogRecorder"/>), read-only.
/// Lists leave the bodies and signature out (null) and count nothing, like Keygen; a single log has them.
/// </summary>
internal sealed class RequestLogModule : IResourceModule
{
    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        renderers.Register<RequestLog>(Render);
        routes.Get("/request-logs", Index);
        routes.Get("/request-logs/{id}", Show);
    }

    private static ApiResult Index(ApiRequest request)
    {
        LogFilters.RequireReader(request);
        var rows = request.Account.Table<RequestLog>().All
            .FilterDates(request)
            .FilterSubject(request, "requestor", l => l.Requestor)
            .FilterSubject(request, "resource", l => l.Resource)
            .Filter(request, "ip", (l, ip) => l.Ip == ip)
            .Filter(request, "method", (l, method) => string.Equals(l.Method, method, System.StringComparison.OrdinalIgnoreCase))
            .Filter(request, "url", (l, url) => l.Url.Contains(url, System.StringComparison.Ordinal))
            .Filter(request, "status", (l, status) => l.Status == status);
        var (page, links) = Paginator.Paginate(request, rows, counted: false);
        return ApiResult.Ok(Documents.List(page.Select(log => WithoutBlobs(request.Render(log))), links));
    }

    private static ApiResult Show(ApiRequest request)
    {
        LogFilters.RequireReader(request);
        return Listing.One(request, Lookup.Find<RequestLog>(request, "request log", _ => true));
    }

    private static JsonObject WithoutBlobs(JsonObject resource)
    {
        var attributes = (JsonObject)resource["attributes"]!;
        attributes["requestBody"] = null;
        attributes["responseBody"] = null;
        attributes["responseSignature"] = null;
        return resource;
    }

    private static JsonObject Render(RequestLog log, RenderContext context)
    {
        var account = context.AccountId;
        return new ResourceBuilder("request-logs", log.Id, Links.Resource(account, "request-logs", log.Id))
            .Attribute("url", log.Url)
            .Attribute("method", log.Method)
            .Attribute("status", log.Status)
            .Attribute("userAgent", log.UserAgent)
            .Attribute("ip", log.Ip)
            .Attribute("requestHeaders", log.RequestHeaders.DeepClone())
            .Attribute("responseHeaders", log.ResponseHeaders.DeepClone())
            .Attribute("requestBody", log.RequestBody)
            .Attribute("responseBody", log.ResponseBody)
            .Attribute("responseSignature", log.ResponseSignature)
            .Attribute("created", JsonValues.Of(log.Created))
            .Attribute("updated", JsonValues.Of(log.Updated))
            .Account(account)
            .Subject("requestor", log.Requestor, account)
            .Subject("resource", log.Resource, account)
            .Build();
    }
}
