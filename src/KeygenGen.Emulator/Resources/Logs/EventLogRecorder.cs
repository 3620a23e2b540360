using System;
using System.Text.Json.Nodes;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Logs;

/// <summary>Logs every event the account publishes (subscribed endpoint or not): who did it, to what, in which request.</summary>
internal static class EventLogRecorder
{
    public static void Record(ApiRequest request, string eventName, object resource, JsonObject? meta)
    {
        var log = new EventLog(Guid.NewGuid(), request.Now, eventName)
        {
            Metadata = meta?.DeepClone() as JsonObject,
            Whodunnit = request.Caller.Bearer is { } bearer ? new LogSubject(bearer.ResourceType, bearer.Id) : null,
            Resource = RequestLogRecorder.SubjectOf(request.Render(resource)),
            RequestId = Exchange.Of(request.Http).LogId,
        };
        LogRetention.Add(request.Account.Table<EventLog>(), log);
    }
}
