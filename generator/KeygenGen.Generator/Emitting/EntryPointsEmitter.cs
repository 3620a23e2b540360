using KeygenGen.Generator.Planning;

namespace KeygenGen.Generator.Emitting;

/// <summary>Emits what reaches the group clients from <c>KeygenClient</c>: its properties, or extension methods in a consumer's build.</summary>
internal static class EntryPointsEmitter
{
    public static string Emit(EntryPointsPlan plan)
    {
        var w = Common.StartFile(CSharpNames.ModelNamespace);
        if (plan.Kind == EntryPointKind.Extensions)
        {
            w.Line("/// <summary>Reaches the client groups this project's schema entries add.</summary>");
            w.Line(Common.GeneratedCodeAttribute);
            w.Line("public static partial class KeygenClientGroupExtensions");
        }
        else
        {
            w.Line("public sealed partial class KeygenClient");
        }

        w.OpenBlock();
        var first = true;
        foreach (var entry in plan.Groups)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            if (plan.Kind == EntryPointKind.Extensions)
            {
                w.Line($"/// <summary>The {entry.Group} operations.</summary>");
                w.Line($"public static {entry.ClientClass} {entry.Group}(this {KnownTypes.KeygenClient} keygen) => new {entry.ClientClass}(keygen);");
            }
            else
            {
                w.Line($"private {entry.ClientClass}? {entry.Field};");
                w.Line();
                w.Line($"/// <summary>The {entry.Group} operations.</summary>");
                // A benign race: two threads may each build a client; both are stateless views over this KeygenClient.
                w.Line($"public {entry.ClientClass} {entry.Group} => {entry.Field} ??= new {entry.ClientClass}(this);");
            }
        }

        w.CloseBlock();
        return Common.EndFile(w);
    }
}
