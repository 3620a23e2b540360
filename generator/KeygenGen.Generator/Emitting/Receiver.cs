using KeygenGen.Generator.Planning;

namespace KeygenGen.Generator.Emitting;

/// <summary>Whether methods are instance members of a group client or extension methods on one.</summary>
/// <param name="Modifiers">The modifiers of a method that forwards to its overload with call options.</param>
/// <param name="OverridableModifiers">
/// The modifiers of the overload with call options: virtual in a client class, so that a test double overrides one method
/// per operation; extension methods cannot be.
/// </param>
/// <param name="Keygen">The expression that reaches the <c>KeygenClient</c>.</param>
/// <param name="Self">The prefix for calling a sibling method.</param>
/// <param name="ThisParameter">The extension's receiver parameter, or null for instance methods.</param>
/// <param name="ThisParameterDoc">The receiver's <c>&lt;param&gt;</c> doc, or null for instance methods.</param>
internal sealed record Receiver(string Modifiers, string OverridableModifiers, string Keygen, string Self, string? ThisParameter, string? ThisParameterDoc)
{
    public static Receiver Of(ClientPlan client) => client.Kind == ClientKind.Extensions
        ? new("public static", "public static", $"{CSharpNames.ExtensionReceiver}.Client", $"{CSharpNames.ExtensionReceiver}.",
            $"this {CSharpNames.TypeName(client.ClientClass)} {CSharpNames.ExtensionReceiver}",
            $"<param name=\"{CSharpNames.ExtensionReceiver}\">The {client.Group} client to call the operation with.</param>")
        : new("public", "public virtual", "Client", string.Empty, null, null);
}
