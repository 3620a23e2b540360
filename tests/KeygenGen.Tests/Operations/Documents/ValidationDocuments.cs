using System;
using System.Text.Json.Nodes;
using Xunit;

namespace Keygen.Tests.Operations.Documents;

/// <summary>
/// Validation answers (keygen-api.md §1.11): the license document, or <c>data: null</c>, with the result in the top-level
/// <c>meta</c>: <c>ts</c>, <c>valid</c>, <c>detail</c>, <c>code</c>, and the echoed <c>nonce</c> and <c>scope</c>.
/// </summary>
public static class ValidationDocuments
{
    public const string Timestamp = "2024-03-02T18:41:00.789Z";

    public static DateTimeOffset TimestampAt { get; } = new(2024, 3, 2, 18, 41, 0, 789, TimeSpan.Zero);

    public static JsonObject Meta(bool valid, string detail, string code, int? nonce = null, JsonObject? scope = null)
    {
        var meta = new JsonObject { ["ts"] = Timestamp, ["valid"] = valid, ["detail"] = detail, ["code"] = code };
        if (nonce is not null)
        {
            meta["nonce"] = nonce;
        }

        if (scope is not null)
        {
            meta["scope"] = scope;
        }

        return meta;
    }

    /// <summary>The license, valid, with the given code's meta.</summary>
    public static string Valid(int? nonce = null, JsonObject? scope = null) =>
        JsonApiDocument.Single(LicenseDocuments.Resource(), Meta(true, "is valid", "VALID", nonce, scope));

    public static void AssertValid(LicenseValidation validation)
    {
        Assert.True(validation.Valid);
        Assert.Equal(ValidationCode.Valid, validation.Code);
        Assert.Equal("is valid", validation.Detail);
        Assert.Equal(TimestampAt, validation.Timestamp);
        Assert.NotNull(validation.License);
        LicenseDocuments.AssertMapped(validation.License);
    }
}
