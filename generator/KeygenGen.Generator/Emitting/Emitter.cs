using System;
using KeygenGen.Generator.Planning;

namespace KeygenGen.Generator.Emitting;

/// <summary>The emitting layer's entry: one file's plan in, its C# text out. Decides nothing the plan has not.</summary>
internal static class Emitter
{
    public static string Emit(FilePlan plan) => plan switch
    {
        EnumPlan @enum => EnumEmitter.Emit(@enum),
        ObjectPlan @object => ObjectEmitter.Emit(@object),
        ResourcePlan resource => ResourceEmitter.Emit(resource),
        UnionPlan union => UnionEmitter.Emit(union),
        RequestPlan request => RequestEmitter.Emit(request),
        ClientPlan client => ClientEmitter.Emit(client),
        EntryPointsPlan entryPoints => EntryPointsEmitter.Emit(entryPoints),
        _ => throw new ArgumentOutOfRangeException(nameof(plan), plan.GetType().Name, "No emitter for this plan."),
    };
}
