using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Keygen.Http;
using Keygen.Tests.Operations.Wire;
using Keygen.Tests.Transport.Fixtures;
using Xunit;

namespace Keygen.Tests.Operations;

/// <summary>
/// A test that calls generated operations through a <see cref="KeygenClient"/> (account "acme", the sentinel token) against a
/// fresh scripted <see cref="KeygenTestServer"/>, then checks the one request it received.
/// </summary>
public abstract class OperationTest : KeygenServerTest
{
    /// <summary>The account base every account-scoped path starts with.</summary>
    protected const string Acme = "/v1/accounts/acme";

    protected KeygenClient Keygen { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Keygen = TestClients.Client(Server);
    }

    public override async Task DisposeAsync()
    {
        Keygen.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>Queues the server's answer to the next request: a JSON:API document.</summary>
    protected void Reply(int status, string document) => Server.Enqueue(Replies.Json(status, document));

    /// <summary>Queues <c>204 No Content</c>, Keygen's answer to deletes and some actions.</summary>
    protected void ReplyNoContent() => Server.Enqueue(Replies.Empty(204));

    /// <summary>Runs <paramref name="call"/> and checks that it was exactly one call of <paramref name="operation"/>.</summary>
    protected async Task<KeygenResponse> CallOnceAsync(string operation, Func<KeygenClient, Task> call)
    {
        using var capture = KeygenResponseCapture.Start();
        await call(Keygen);
        KeygenResponse response = Assert.Single(capture.Responses);
        Assert.Equal(operation, response.OperationId);
        return response;
    }

    /// <summary>Asserts that exactly one request arrived, and everything about it.</summary>
    protected void Expect(
        string method,
        string path,
        string? body = null,
        ExpectedAuth auth = ExpectedAuth.Bearer,
        IReadOnlyList<(string Name, string Value)>? query = null)
        => WireAssert.Request(Assert.Single(Server.Requests), method, path, query, auth, body);
}
