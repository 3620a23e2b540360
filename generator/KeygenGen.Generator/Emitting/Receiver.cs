using KeygenGen.Generator.Planning;

namespace KeygenGen.Generator.Emitting;

/// <summary>Whether methods are instance members of a group client or extension methods on one.</summary>
/// <param name="Modifiers">The method's modifiers.</param>
/// <param name="Keygen">The expression that reaches the <c>KeygenClient</c>.</param>
/// <param name="Self">The prefix for calling a sibling method.</param>
/// <param name="ThisParameter">The extension's receiver parameter, or null for instance methods.</param>
internal sealed record Receiver(string Modifiers, string Keygen, string Self, string? ThisParameter)
{
    public static Receiver Of(ClientPlan client) => client.Kind == ClientKind.Extensions
        ? new("public static", $"{CSharpNames.ExtensionReceiver}.Client", $"{CSharpNames.ExtensionReceiver}.",
            $"this {CSharpNames.TypeName(client.ClientClass)} {CSharpNames.ExtensionReceiver}")
        : new("public", CSharpNames.KeygenField, string.Empty, null);
}
