using System;
using System.Threading.Tasks;
using Keygen.Tests.Operations.Documents;
using Keygen.Tests.Operations.Wire;
using Keygen.Tests.Transport.Fixtures;
using Xunit;

namespace Keygen.Tests.Operations;

/// <summary>tokens.generate (getAccessToken) and tokens.regenerate (updateToken). Get and revoke: <see cref="GetOperationsTests"/>, <see cref="DeleteOperationsTests"/>.</summary>
public sealed class TokensOperationsTests : OperationTest
{
    [Fact]
    public async Task Generate_with_email_and_password_posts_basic_credentials_and_reads_the_new_token()
    {
        Reply(201, TokenDocuments.Document(withValue: true));
        using KeygenClient asUser = Keygen.WithAuth(KeygenAuth.Basic(Sentinels.Email, Sentinels.Password));

        ApiToken token = await asUser.Tokens.GenerateAsync(new GenerateTokenRequest { Name = "CI", Expiry = TokenDocuments.Expiry });

        Expect("POST", $"{Acme}/tokens", auth: ExpectedAuth.Basic, body: """
            {"data":{"type":"tokens","attributes":{"name":"CI","expiry":"2024-03-15T09:15:30.123Z"},"relationships":{}}}
            """);
        TokenDocuments.AssertMapped(token, withValue: true);
    }

    [Fact]
    public async Task Generate_sends_a_one_time_password_in_meta()
    {
        Reply(201, TokenDocuments.Document(withValue: true));
        using KeygenClient asUser = Keygen.WithAuth(KeygenAuth.Basic(Sentinels.Email, Sentinels.Password));

        await asUser.Tokens.GenerateAsync(new GenerateTokenRequest { Otp = "492817" });

        Expect("POST", $"{Acme}/tokens", auth: ExpectedAuth.Basic, body: """
            {"data":{"type":"tokens","attributes":{},"relationships":{}},"meta":{"otp":"492817"}}
            """);
    }

    [Fact]
    public async Task Generate_for_another_bearer_sends_its_type_and_id()
    {
        Reply(201, TokenDocuments.Document(withValue: true));

        await Keygen.Tokens.GenerateAsync(new GenerateTokenRequest { BearerType = "users", BearerId = "u1" });

        Expect("POST", $"{Acme}/tokens", body: """
            {"data":{"type":"tokens","attributes":{},"relationships":{"bearer":{"data":{"type":"users","id":"u1"}}}}}
            """);
    }

    [Fact]
    public async Task Generate_for_a_bearer_id_without_its_type_is_refused_before_anything_is_sent()
    {
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => Keygen.Tokens.GenerateAsync(new GenerateTokenRequest { BearerId = "u1" }));

        Assert.Equal("BearerType", refused.ParamName);
        Assert.Contains("BearerId", refused.Message, StringComparison.Ordinal);
        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task Generate_without_inputs_sends_no_body()
    {
        Reply(201, TokenDocuments.Document(withValue: true));
        using KeygenClient asUser = Keygen.WithAuth(KeygenAuth.Basic(Sentinels.Email, Sentinels.Password));

        ApiToken token = await asUser.Tokens.GenerateAsync();

        Expect("POST", $"{Acme}/tokens", auth: ExpectedAuth.Basic);
        Assert.Equal(TokenDocuments.Value, token.Token);
    }

    [Fact]
    public async Task Regenerate_puts_without_a_body_and_reads_the_new_value()
    {
        Reply(200, TokenDocuments.Document(withValue: true));

        ApiToken token = await Keygen.Tokens.RegenerateAsync(TokenDocuments.Id);

        Expect("PUT", $"{Acme}/tokens/{TokenDocuments.Id}");
        TokenDocuments.AssertMapped(token, withValue: true);
    }
}
