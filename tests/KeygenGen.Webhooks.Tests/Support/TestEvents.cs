using System.Collections.Generic;
using Keygen.Serialization.Converters;

namespace Keygen.Webhooks.Tests.Support;

/// <summary>The event kinds the tests exercise, each read with its resource's generated reader.</summary>
internal static class TestEvents
{
    public static readonly KeygenEventKind<Product> ProductCreated = Single(WebhookEventType.ProductCreated, ProductJsonConverter.ReadValue);
    public static readonly KeygenEventKind<Policy> PolicyCreated = Single(WebhookEventType.PolicyCreated, PolicyJsonConverter.ReadValue);
    public static readonly KeygenEventKind<License> LicenseCreated = Single(WebhookEventType.LicenseCreated, LicenseJsonConverter.ReadValue);
    public static readonly KeygenEventKind<License> LicenseSuspended = Single(WebhookEventType.LicenseSuspended, LicenseJsonConverter.ReadValue);
    public static readonly KeygenEventKind<Machine> MachineCreated = Single(WebhookEventType.MachineCreated, MachineJsonConverter.ReadValue);
    public static readonly KeygenEventKind<IReadOnlyList<LicenseEntitlement>> LicenseEntitlementsAttached =
        new(WebhookEventType.LicenseEntitlementsAttached, KeygenEventPayload.Resources<LicenseEntitlement>(LicenseEntitlementJsonConverter.ReadValue));

    private static KeygenEventKind<T> Single<T>(WebhookEventType type, Serialization.JsonValueReader<T> read)
        where T : class => new(type, KeygenEventPayload.Resource(read));
}
