using System;
using System.Linq;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Environments;

/// <summary>Environments (the code works as the id) and their tokens, which authenticate as the environment.</summary>
public sealed class EnvironmentOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("environments.create", "environments.get", "environments.list", "environments.update", "environments.delete")]
    public Task An_environment_is_created_read_by_code_renamed_and_deleted() => CoveringAsync(async () =>
    {
        var code = $"sandbox-{Guid.NewGuid():N}"[..16];
        var created = await Keygen.Environments.CreateAsync(new CreateEnvironmentRequest
        {
            Name = "Sandbox",
            Code = code,
            IsolationStrategy = EnvironmentIsolationStrategy.Shared,
        });
        var byCode = await Keygen.Environments.GetAsync(code);

        Assert.Equal((created.Id, "Sandbox", EnvironmentIsolationStrategy.Shared), (byCode.Id, byCode.Name, byCode.IsolationStrategy));
        Assert.Contains(await Keygen.Environments.ListAsync().ToListAsync(), e => e.Id == created.Id);

        var taken = await Assert.ThrowsAsync<KeygenApiException>(() =>
            Keygen.Environments.CreateAsync(new CreateEnvironmentRequest { Name = "Again", Code = code }));
        Assert.Equal((422, "CODE_TAKEN"), (taken.StatusCode, taken.Code));

        var renamed = await Keygen.Environments.UpdateAsync(created.Id, new UpdateEnvironmentRequest { Name = "Staging" });
        Assert.Equal(("Staging", code), (renamed.Name, renamed.Code));

        await Keygen.Environments.DeleteAsync(code);
        var gone = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Environments.GetAsync(created.Id));
        Assert.Equal(404, gone.StatusCode);
    });

    [Fact]
    [Covers("environments.generateToken", "environments.listTokens", "environments.getToken")]
    public Task An_environment_token_authenticates_as_its_environment_until_the_environment_is_deleted() => CoveringAsync(async () =>
    {
        // SHARED, so that the global admin's token works inside it, where Keygen lets an environment's tokens be generated.
        var environment = await Keygen.Environments.CreateAsync(new CreateEnvironmentRequest
        {
            Name = "QA",
            Code = $"qa-{Guid.NewGuid():N}"[..12],
            IsolationStrategy = EnvironmentIsolationStrategy.Shared,
        });
        var fromOutside = await Assert.ThrowsAsync<KeygenApiException>(
            () => Keygen.Environments.GenerateTokenAsync(environment.Id, new GenerateEnvironmentTokenRequest { Name = "CI" }));

        var token = await Keygen.Environments.GenerateTokenAsync(
            environment.Id, new GenerateEnvironmentTokenRequest { Name = "CI" }, new KeygenCallOptions { Environment = environment.Code });
        var listed = await Keygen.Environments.ListTokensAsync(environment.Id).ToListAsync();
        var read = await Keygen.Environments.GetTokenAsync(environment.Id, token.Id);

        Assert.Equal(403, fromOutside.StatusCode);
        Assert.Equal(TokenKind.EnvironmentToken, token.Kind);
        Assert.StartsWith("env-", token.Token, StringComparison.Ordinal);
        Assert.Equal([token.Id], listed.ConvertAll(t => t.Id));
        Assert.Equal(("CI", environment.Id), (read.Name, read.BearerId));
        Assert.Null(read.Token);

        // An environment token works only inside its environment.
        using var asEnvironment = Emulator.Client(token.Token!, environment.Code);
        var outside = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.WithAuth(KeygenAuth.Bearer(token.Token!)).Environments.GetAsync(environment.Id));
        Assert.Equal((401, "TOKEN_INVALID"), (outside.StatusCode, outside.Code));
        Assert.Equal(environment.Id, (await asEnvironment.Environments.GetAsync(environment.Id)).Id);
        var notAdmin = await Assert.ThrowsAsync<KeygenApiException>(() => asEnvironment.Environments.CreateAsync(new CreateEnvironmentRequest { Name = "X", Code = "x-env" }));
        Assert.Equal(403, notAdmin.StatusCode);

        await Keygen.Environments.DeleteAsync(environment.Id);
        // A deleted environment can no longer be selected.
        var revoked = await Assert.ThrowsAsync<KeygenApiException>(() => asEnvironment.Environments.GetAsync(environment.Id));
        Assert.Equal((400, "ENVIRONMENT_INVALID"), (revoked.StatusCode, revoked.Code));
    });
}
