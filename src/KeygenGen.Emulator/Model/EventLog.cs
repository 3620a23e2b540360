using System;
using System.Text.Json.Nodes;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

/// <summary>One event that happened in the account (the same events webhooks announce), who caused it and in which request.</summary>
internal sealed class EventLog : Entity
{
    public EventLog(Guid id, DateTimeOffset created, string eventName)
        : base(id, created)
    {
        Event = eventName;
    }

    public string Event { get; }

    public JsonObject? Metadata { get; init; }

    public LogSubject? Whodunnit { get; init; }

    public LogSubject? Resource { get; init; }

    public Guid? RequestId { get; init; }
}
