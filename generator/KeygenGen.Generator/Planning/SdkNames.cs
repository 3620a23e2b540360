using System;
using System.Collections.Generic;

namespace KeygenGen.Generator.Planning;

/// <summary>
/// The names the SDK itself defines where generated code goes: its hand-written types in namespace <c>Keygen</c> and the
/// namespaces below it (of the runtime, the emulator and the DI package), and the hand-written members of
/// <c>KeygenClient</c>, beside which the group properties are generated. A test keeps the types in step with the
/// runtime assembly; keep the members in step with <c>src/KeygenGen/KeygenClient.cs</c>.
/// </summary>
internal static class SdkNames
{
    private static readonly HashSet<string> s_types = new(StringComparer.OrdinalIgnoreCase)
    {
        // The namespace itself: a type named like it hides it from code in it.
        "Keygen",

        // Hand-written types of namespace Keygen (src/KeygenGen).
        "CredentialRules", "KeygenApiError", "KeygenApiException", "KeygenAuth", "KeygenAuthKinds", "KeygenCallOptions",
        "KeygenClient", "KeygenClientOptions", "KeygenConfigurationException", "KeygenErrorDocument", "KeygenErrorMessages",
        "KeygenErrorSource", "KeygenException", "KeygenLog", "KeygenMalformedResponseException", "KeygenMetrics",
        "KeygenModelFactory", "KeygenRedactor", "KeygenResponseValidator", "KeygenRetryOptions", "KeygenTelemetry",
        "KeygenTracing", "KeygenTransportException", "OptionRules",

        // What the older targets need in namespace Keygen (src/KeygenGen/Compatibility; IncrementalHash on .NET Framework only).
        "BouncyCastleSpans", "HostPlatform", "IncrementalHash", "Timers",

        // Generated whatever the schema's declarations: for a consumer's build, and the event kinds (the SDK's, compiled
        // into it, and a consumer's own).
        CSharpNames.EntryPointExtensionsClass, CSharpNames.EventsClass, CSharpNames.ExtensionEventsClass,

        // Namespaces below Keygen.
        "AspNetCore", "Distribution", "Emulator", "Extensions", "Http", "Licensing", "Paging", "Serialization", "Signatures", "Webhooks",
    };

    /// <summary>
    /// The hand-written members of <c>KeygenClient</c> (and those of every object), which a group's property (and its
    /// field <c>_group</c>) must not take. In a consumer's build a group is an extension method, which a member of that
    /// name would silently hide.
    /// </summary>
    private static readonly HashSet<string> s_keygenClientMembers = new(StringComparer.Ordinal)
    {
        "_transport", "_viewOptions", "_ownsTransport", "ClientSettings", "StorageInvoker", "Transport", "CreateTransport",
        "TestDoubleWithout", "Dispose", "SendAsync", "WithAuth", "WithOptions",
        "KeygenClient", "Equals", "Finalize", "GetHashCode", "GetType", "MemberwiseClone", "ToString",
    };

    /// <summary>Whether a type name, ignoring case (as file systems may), is one of the SDK's in namespace <c>Keygen</c>.</summary>
    public static bool IsType(string name) => s_types.Contains(name);

    /// <summary>Whether a member of <c>KeygenClient</c> has the name.</summary>
    public static bool IsKeygenClientMember(string name) => s_keygenClientMembers.Contains(name);
}
