using System;
using System.Text.Json.Nodes;
using Xunit;

namespace Keygen.Tests.Operations.Documents;

/// <summary>
/// A <c>tokens</c> resource as Keygen serializes it (keygen-api.md §3 tokens): a user token, with its secret value as in
/// generate/regenerate responses, or without it as in a plain read.
/// </summary>
public static class TokenDocuments
{
    public const string Id = "6d8f0a2c-4e6b-4c8d-9f1a-3b5c7d9e1f20";
    public const string Value = "user-7e1c4b9a2f6d8e3c5a0b9d7f1e2c4a6b8d0f3e5a7c9b1d2f4e6a8c0b2d4f6av3";

    public static DateTimeOffset Expiry { get; } = new(2024, 3, 15, 9, 15, 30, 123, TimeSpan.Zero);

    public static JsonObject Resource(bool withValue) =>
        new ResourceBuilder("tokens", Id, new JsonObject
        {
            ["kind"] = "user-token",
            ["token"] = withValue ? Value : null,
            ["expiry"] = "2024-03-15T09:15:30.123Z",
            ["name"] = "CI",
            ["permissions"] = new JsonArray("license.read"),
        })
        .ToOne("bearer", "users", UserDocuments.Id)
        .Build();

    public static string Document(bool withValue) => JsonApiDocument.Single(Resource(withValue));

    public static void AssertMapped(ApiToken token, bool withValue)
    {
        Assert.Equal(Id, token.Id);
        Assert.Equal(TokenKind.UserToken, token.Kind);
        Assert.Equal(withValue ? Value : null, token.Token);
        Assert.Equal(Expiry, token.Expiry);
        Assert.Equal("CI", token.Name);
        Assert.Null(token.Activations);
        Assert.Equal([Permission.LicenseRead], token.Permissions);
        Assert.Equal(KeygenAccount.CreatedAt, token.Created);
        Assert.Equal(UserDocuments.Id, token.BearerId);
        Assert.Equal("users", token.BearerType);
        Assert.Equal(KeygenAccount.Id, token.AccountId);
        Assert.Equal(ResourceBuilder.SelfLink("tokens", Id), token.SelfLink);
    }
}
