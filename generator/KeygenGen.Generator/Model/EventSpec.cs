namespace KeygenGen.Generator.Model;

// Must stay immutable and structurally equatable (see ApiSpec).

/// <summary>
/// A webhook event type and what its payload carries: the payload is the JSON:API document of <see cref="Resource"/>
/// (a list of them when <see cref="Many"/>), or the <see cref="Meta"/> object read from its <c>meta</c> with the resource
/// in the object's data-sourced property.
/// </summary>
/// <param name="Type">The event type on the wire, e.g. <c>license.created</c>.</param>
/// <param name="MemberName">The C# name, e.g. <c>LicenseCreated</c> (derived, or the schema's <c>"name"</c>).</param>
internal sealed record EventSpec(string Type, string MemberName, string? Summary, string Resource, bool Many, string? Meta)
{
    /// <summary>The extensible enum of every event type, which the <c>events</c> sections declare together.</summary>
    public const string TypeEnumName = "WebhookEventType";

    public const string TypeEnumSummary = "The type of a webhook event; * subscribes to every event.";

    /// <summary>The subscription to every event; the first value of <see cref="TypeEnumName"/>, though no event has it.</summary>
    public static readonly EnumValueSpec Everything = new("*", "All", "Every event (subscriptions only).");
}
