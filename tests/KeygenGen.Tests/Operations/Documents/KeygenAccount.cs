using System;

namespace Keygen.Tests.Operations.Documents;

/// <summary>The account every canned document belongs to, and the timestamps every resource carries.</summary>
public static class KeygenAccount
{
    /// <summary>Keygen writes links with the account's id, even when the request used its slug.</summary>
    public const string Id = "1fddcec8-8dd3-4d8d-9b16-215cac0f9b52";

    public const string Path = "/v1/accounts/" + Id;

    public const string Created = "2024-03-01T09:15:30.123Z";

    public const string Updated = "2024-03-02T18:40:05.456Z";

    public static DateTimeOffset CreatedAt { get; } = new(2024, 3, 1, 9, 15, 30, 123, TimeSpan.Zero);

    public static DateTimeOffset UpdatedAt { get; } = new(2024, 3, 2, 18, 40, 5, 456, TimeSpan.Zero);
}
