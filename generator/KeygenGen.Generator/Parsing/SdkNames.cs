using System;
using System.Collections.Generic;

namespace KeygenGen.Generator.Parsing;

/// <summary>
/// The names in namespace <c>Keygen</c> that the SDK itself defines: its hand-written types, and the namespaces below
/// <c>Keygen</c> (of the runtime, the emulator and the DI package). Generated types live in <c>Keygen</c> too, so a
/// declaration or request class of one of these names would clash with the SDK, or silently shadow it in a user's
/// build (CS0436 is only a warning). A test keeps this list in step with the runtime assembly.
/// </summary>
internal static class SdkNames
{
    private static readonly HashSet<string> s_names = new(StringComparer.OrdinalIgnoreCase)
    {
        // Hand-written types of namespace Keygen (src/KeygenGen).
        "CredentialRules", "KeygenApiError", "KeygenApiException", "KeygenAuth", "KeygenAuthKinds", "KeygenClient",
        "KeygenClientOptions", "KeygenConfigurationException", "KeygenErrorDocument", "KeygenErrorMessages",
        "KeygenErrorSource", "KeygenException", "KeygenLog", "KeygenMalformedResponseException", "KeygenRedactor",
        "KeygenResponseValidator", "KeygenRetryOptions", "KeygenTelemetry", "KeygenTracing", "KeygenTransportException",

        // Generated for a user's build, whatever the schema.
        "KeygenClientGroupExtensions",

        // Namespaces below Keygen.
        "Emulator", "Extensions", "Http", "Licensing", "Paging", "Serialization", "Signatures",
    };

    /// <summary>Whether the name, ignoring case (as file systems may), is one of the SDK's.</summary>
    public static bool Contains(string name) => s_names.Contains(name);
}
