using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Tests.Operations.Documents;
using Keygen.Tests.Operations.Wire;
using Xunit;

namespace Keygen.Tests.Operations;

/// <summary>profile.me and its older alias profile.get (getCurrentProfile), and passwords.reset (resetPassword).</summary>
public sealed class ProfileAndPasswordsTests : OperationTest
{
    [Fact]
    public async Task Me_reads_the_bearer_and_ignores_the_included_token()
    {
        Reply(200, new JsonObject
        {
            ["data"] = UserDocuments.Resource(),
            ["included"] = new JsonArray(TokenDocuments.Resource(withValue: false)),
        }.ToJsonString());

        Bearer me = await Keygen.Profile.MeAsync();

        Expect("GET", $"{Acme}/me");
        UserDocuments.AssertMapped(Assert.IsType<User>(me.Resource));
    }

    [Fact]
    public async Task Profile_reads_the_bearer_from_the_older_alias()
    {
        Reply(200, JsonApiDocument.Single(UserDocuments.Resource(), new JsonObject { ["tokenId"] = TokenDocuments.Id }));

#pragma warning disable CS0618 // profile.get (GET /profile) is deprecated in favour of profile.me, but it is one of the original operations.
        Bearer me = await Keygen.Profile.GetAsync();
#pragma warning restore CS0618

        Expect("GET", $"{Acme}/profile");
        UserDocuments.AssertMapped(Assert.IsType<User>(me.Resource));
    }

    [Fact]
    public async Task Reset_password_posts_the_email_in_meta_without_credentials()
    {
        ReplyNoContent();

        await Keygen.Passwords.ResetAsync(new RequestPasswordResetRequest { Email = UserDocuments.Email, Deliver = false });

        Expect("POST", $"{Acme}/passwords", auth: ExpectedAuth.None, body: $$"""
            {"meta":{"email":"{{UserDocuments.Email}}","deliver":false} }
            """);
    }
}
