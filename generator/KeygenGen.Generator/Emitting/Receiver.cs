namespace KeygenGen.Generator.Emitting;

/// <summary>Whether methods are instance members of a group client or extension methods on one.</summary>
/// <param name="Modifiers">The method's modifiers.</param>
/// <param name="Keygen">The expression that reaches the <c>KeygenClient</c>.</param>
/// <param name="Self">The prefix for calling a sibling method.</param>
/// <param name="ThisParameter">The extension's receiver parameter, or null for instance methods.</param>
/// <param name="ThisParameterDoc">The receiver's <c>&lt;param&gt;</c> doc, or null for instance methods.</param>
internal sealed record Receiver(string Modifiers, string Keygen, string Self, string? ThisParameter, string? ThisParameterDoc)
{
    public static Receiver Instance { get; } = new("public", "_keygen", string.Empty, null, null);

    public static Receiver Extension(string group)
        => new("public static", "client.Client", "client.", $"this {TypeMapping.TypeName(group)}Client client",
            $"<param name=\"client\">The {group} client to call the operation with.</param>");
}
