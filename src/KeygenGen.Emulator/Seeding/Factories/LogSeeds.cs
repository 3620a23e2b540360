using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Logs;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding.Factories;

/// <summary>Keygen's <c>:request_log</c> factory: a request by a new admin about a new artifact (both may be given).</summary>
internal sealed class RequestLogSeed : SeedFactory<RequestLog>
{
    public override string Type => "request-logs";

    protected override ColumnSetters<RequestLog> Columns { get; } = new("request-logs");

    public override Entity Create(SeedBuild build)
    {
        var requestor = build.Context.ResolveAny(build.Take("requestor")) ?? build.Dependency<User>("admin");
        var resource = build.Context.ResolveAny(build.Take("resource")) ?? build.Dependency<Artifact>("artifact");
        var log = new RequestLog(
            SeedNames.Id(build),
            build.Now,
            build.Take("method")?.String() ?? "GET",
            build.Take("url")?.String() ?? "/v1/accounts/" + build.Account.Account.Id,
            build.Take("status")?.String() ?? "200")
        {
            Requestor = Subject(build, requestor),
            Resource = Subject(build, resource),
            Ip = build.Take("ip")?.String(),
            UserAgent = build.Take("userAgent")?.String(),
        };
        return Store(build, log);
    }

    internal static LogSubject Subject(SeedBuild build, Entity row) =>
        RequestLogRecorder.SubjectOf(build.Context.Renderers.Render(row, new JsonApi.RenderContext(build.Account, build.Now)))!;
}

/// <summary>Keygen's <c>:event_log</c> factory: a test event about a new license, by no one (both may be given).</summary>
internal sealed class EventLogSeed : SeedFactory<EventLog>
{
    public override string Type => "event-logs";

    protected override ColumnSetters<EventLog> Columns { get; } = new("event-logs");

    public override Entity Create(SeedBuild build)
    {
        var resource = build.Context.ResolveAny(build.Take("resource")) ?? build.Dependency<License>("license");
        var whodunnit = build.Context.ResolveAny(build.Take("whodunnit"));
        var log = new EventLog(SeedNames.Id(build), build.Now, build.Take("event")?.String() ?? "test.event." + SeedNames.Hex(8))
        {
            Resource = RequestLogSeed.Subject(build, resource),
            Whodunnit = whodunnit is null ? null : RequestLogSeed.Subject(build, whodunnit),
        };
        return Store(build, log);
    }
}
