using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Planning;

namespace KeygenGen.Generator.Emitting;

/// <summary>
/// Emits the event kinds: a static property per event, typed by what its payload carries, whose reader is the
/// generated converter of that resource (and of the meta object).
/// </summary>
internal static class EventsEmitter
{
    public static string Emit(EventsPlan plan)
    {
        var w = Common.StartFile(CSharpNames.ModelNamespace);
        w.Line("/// <summary>");
        w.Line(plan.Extends
            ? "/// The webhook event types this project's schema entries add, each typed by what its payload carries."
            : "/// Every webhook event type of the schema, each typed by what its payload carries.");
        w.Line("/// Read a delivery with a kind's <c>Read</c> or <c>TryRead</c>, or give a kind a handler in <c>MapKeygenWebhooks</c>.");
        w.Line("/// </summary>");
        w.Line(Common.GeneratedCodeAttribute);
        w.Line($"public static partial class {plan.ClassName}");
        w.OpenBlock();
        var first = true;
        foreach (var e in plan.Events)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            WriteKind(w, e, plan.Extends);
        }

        w.CloseBlock();
        return Common.EndFile(w);
    }

    private static void WriteKind(SourceWriter w, EventPlan e, bool extends)
    {
        Common.Summary(w, e.Summary, $"<c>{CSharp.Xml(e.Type)}</c>");
        w.Line($"/// <remarks><c>{CSharp.Xml(e.Type)}</c>: carries {Carries(e)}.</remarks>");
        var type = extends
            ? $"new {CSharpNames.EventTypeName}({CSharp.Literal(e.Type)})"
            : $"{CSharpNames.EventTypeName}.{e.MemberName}";
        w.Line($"public static {KnownTypes.KeygenEventKind}<{e.DataType}> {e.MemberName} {{ get; }} = new(");
        w.Indent();
        w.Line($"{type},");
        w.Line(Reader(e) + ");");
        w.Unindent();
    }

    private static string Reader(EventPlan e) => e.Payload switch
    {
        EventPayloadKind.Resources => $"{KnownTypes.KeygenEventPayload}.Resources<{e.ResourceType}>({e.ResourceConverter}.ReadValue)",
        EventPayloadKind.Meta =>
            $"{KnownTypes.KeygenEventPayload}.WithMeta<{e.ResourceType}, {e.MetaType}, {e.DataType}>({e.ResourceConverter}.ReadValue, {e.MetaConverter}.ReadValue, static (data, meta) => meta.WithData(data))",
        _ => $"{KnownTypes.KeygenEventPayload}.Resource<{e.ResourceType}>({e.ResourceConverter}.ReadValue)",
    };

    private static string Carries(EventPlan e) => e.Payload switch
    {
        EventPayloadKind.Resources => $"a list of <see cref=\"{e.ResourceType}\"/>",
        EventPayloadKind.Meta => $"a <see cref=\"{e.MetaType}\"/> with its <see cref=\"{e.ResourceType}\"/>",
        _ => $"a <see cref=\"{e.ResourceType}\"/>",
    };
}
