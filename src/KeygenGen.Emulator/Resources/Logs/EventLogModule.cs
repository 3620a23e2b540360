using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.Http.Query;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;

namespace Keygen.Emulator.Resources.Logs;

/// <summary><c>/event-logs</c>: the events the account published (recorded by <see cref="EventLogRecorder"/>), read-only.</summary>
internal sealed class EventLogModule : IResourceModule
{
    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        renderers.Register<EventLog>(Render);
        routes.Get("/event-logs", Index);
        routes.Get("/event-logs/{id}", Show);
    }

    private static ApiResult Index(ApiRequest request)
    {
        LogFilters.RequireReader(request);
        var events = (request.Query.Get("events") as QueryList)?.Items.OfType<QueryScalar>().Select(s => s.Value).ToHashSet();
        var rows = request.Account.Table<EventLog>().All
            .FilterDates(request)
            .FilterSubject(request, "whodunnit", l => l.Whodunnit)
            .FilterSubject(request, "resource", l => l.Resource)
            .Filter(request, "request", (l, id) => l.RequestId is { } requestId && QueryFilters.SameId(requestId, id))
            .Filter(request, "event", (l, name) => l.Event == name)
            .Where(l => events is null || events.Contains(l.Event));
        return Listing.Of(request, rows, counted: false);
    }

    private static ApiResult Show(ApiRequest request)
    {
        LogFilters.RequireReader(request);
        return Listing.One(request, Lookup.Find<EventLog>(request, "event log", _ => true));
    }

    private static JsonObject Render(EventLog log, RenderContext context)
    {
        var account = context.AccountId;
        var builder = new ResourceBuilder("event-logs", log.Id, Links.Resource(account, "event-logs", log.Id))
            .Attribute("event", log.Event)
            .Attribute("metadata", log.Metadata?.DeepClone())
            .Attribute("created", JsonValues.Of(log.Created))
            .Attribute("updated", JsonValues.Of(log.Updated))
            .Account(account)
            .ToOne("request", "request-logs", log.RequestId, log.RequestId is { } id ? Links.Resource(account, "request-logs", id) : null);
        return builder
            .Subject("whodunnit", log.Whodunnit, account)
            .Subject("resource", log.Resource, account)
            .Build();
    }
}
