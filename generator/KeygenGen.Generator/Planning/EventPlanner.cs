using System.Linq;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Planning;

/// <summary>Plans the event kinds: each event's data type and payload reader, and the class that holds them.</summary>
internal static class EventPlanner
{
    /// <param name="extendsSdk">A consumer's build, whose events go to a class of their own (the SDK's is compiled).</param>
    public static EventsPlan? Events(ImmutableEquatableArray<EventSpec> events, bool extendsSdk)
    {
        if (events.Count == 0)
        {
            return null;
        }

        var className = extendsSdk ? CSharpNames.ExtensionEventsClass : CSharpNames.EventsClass;
        return new EventsPlan
        {
            HintName = CSharpNames.EventsHintName(className),
            ClassName = className,
            Extends = extendsSdk,
            Events = events.Select(Event).ToImmutableEquatableArray(),
        };
    }

    private static EventPlan Event(EventSpec spec)
    {
        var resource = CSharpNames.TypeName(spec.Resource);
        var payload = spec.Meta is not null ? EventPayloadKind.Meta : spec.Many ? EventPayloadKind.Resources : EventPayloadKind.Resource;
        return new EventPlan
        {
            MemberName = spec.MemberName,
            Type = spec.Type,
            Summary = spec.Summary,
            DataType = payload switch
            {
                EventPayloadKind.Meta => CSharpNames.TypeName(spec.Meta!),
                EventPayloadKind.Resources => $"{KnownTypes.IReadOnlyList}<{resource}>",
                _ => resource,
            },
            Payload = payload,
            ResourceType = resource,
            ResourceConverter = CSharpNames.ConverterName(spec.Resource),
            MetaType = spec.Meta is null ? null : CSharpNames.TypeName(spec.Meta),
            MetaConverter = spec.Meta is null ? null : CSharpNames.ConverterName(spec.Meta),
        };
    }
}
