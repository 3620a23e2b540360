using System.Text.Json.Nodes;
using Xunit;

namespace Keygen.Tests.Operations.Documents;

/// <summary>A <c>users</c> resource as Keygen serializes it (keygen-api.md §3 users); the password is never returned.</summary>
public static class UserDocuments
{
    public const string Id = "e7a1c3b5-2d4f-4a6b-8c9d-0e1f2a3b4c5d";
    public const string Email = "ada@example.com";

    public static JsonObject Resource(string id = Id) =>
        new ResourceBuilder("users", id, new JsonObject
        {
            ["fullName"] = "Ada Lovelace",
            ["firstName"] = "Ada",
            ["lastName"] = "Lovelace",
            ["email"] = Email,
            ["status"] = "ACTIVE",
            ["role"] = "user",
            ["permissions"] = new JsonArray("license.read", "machine.create"),
            ["metadata"] = new JsonObject { ["crmId"] = "cus_49F1" },
        })
        .ToOne("group", "groups", null)
        .ToMany("products").ToMany("licenses").ToMany("machines").ToMany("tokens").ToMany("secondFactors")
        .Build();

    public static string Document() => JsonApiDocument.Single(Resource());

    public static void AssertMapped(User user, string id = Id)
    {
        Assert.Equal(id, user.Id);
        Assert.Equal("Ada Lovelace", user.FullName);
        Assert.Equal("Ada", user.FirstName);
        Assert.Equal("Lovelace", user.LastName);
        Assert.Equal(Email, user.Email);
        Assert.Equal(UserStatus.Active, user.Status);
        Assert.Equal(UserRole.User, user.Role);
        Assert.Equal([Permission.LicenseRead, Permission.MachineCreate], user.Permissions);
        Assert.Equal("cus_49F1", (string?)user.Metadata["crmId"]);
        Assert.Equal(KeygenAccount.CreatedAt, user.Created);
        Assert.Equal(KeygenAccount.UpdatedAt, user.Updated);
        Assert.Null(user.GroupId);
        Assert.Equal(KeygenAccount.Id, user.AccountId);
        Assert.Equal(ResourceBuilder.SelfLink("users", id), user.SelfLink);
    }
}
