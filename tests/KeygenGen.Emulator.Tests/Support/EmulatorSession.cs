using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace Keygen.Emulator.Tests.Support;

/// <summary>An emulator on 127.0.0.1 with a plain HttpClient pointed at it; disposing stops both.</summary>
internal sealed class EmulatorSession : IAsyncDisposable
{
    private EmulatorSession(KeygenEmulator emulator)
    {
        Emulator = emulator;
        // Redirects are answers under test (artifact downloads and uploads), so they are never followed.
        Http = new HttpClient(emulator.CreateHandler()) { BaseAddress = emulator.BaseUrl, Timeout = TimeSpan.FromSeconds(20) };
    }

    public KeygenEmulator Emulator { get; }

    public HttpClient Http { get; }

    public static async Task<EmulatorSession> StartAsync(KeygenEmulatorOptions? options = null) =>
        new(await KeygenEmulator.StartAsync(options));

    /// <summary>An emulator without a socket, reached through its in-memory handler.</summary>
    public static async Task<EmulatorSession> StartInProcessAsync(KeygenEmulatorOptions? options = null) =>
        new(await KeygenEmulator.StartInProcessAsync(options));

    /// <summary>The path of an account-relative endpoint, e.g. <c>/licenses</c> → <c>/v1/accounts/&lt;id&gt;/licenses</c>.</summary>
    public string PathOf(string relative) => $"/v1/accounts/{Emulator.AccountId}{relative}";

    public Task<ApiResponse> GetAsync(string relative, As? auth = null) => SendAsync(HttpMethod.Get, relative, null, auth);

    public Task<ApiResponse> PostAsync(string relative, object? body = null, As? auth = null) => SendAsync(HttpMethod.Post, relative, body, auth);

    public Task<ApiResponse> PatchAsync(string relative, object? body, As? auth = null) => SendAsync(HttpMethod.Patch, relative, body, auth);

    public Task<ApiResponse> DeleteAsync(string relative, As? auth = null) => SendAsync(HttpMethod.Delete, relative, null, auth);

    /// <summary>Sends to an account-relative path; the body may be a JSON node or raw text. Auth defaults to the admin token.</summary>
    public Task<ApiResponse> SendAsync(HttpMethod method, string relative, object? body, As? auth = null, Action<HttpRequestMessage>? configure = null) =>
        SendRawAsync(method, PathOf(relative), body, auth, configure);

    public async Task<ApiResponse> SendRawAsync(HttpMethod method, string path, object? body, As? auth = null, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(method, path);
        var header = (auth ?? As.Admin) == As.Admin ? $"Bearer {Emulator.AdminToken}" : auth!.Header;
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", header);
        }

        if (body is not null)
        {
            var text = body is JsonNode node ? node.ToJsonString() : (string)body;
            request.Content = new StringContent(text, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.api+json");
        }

        configure?.Invoke(request);
        using var response = await Http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return new ApiResponse(response, bytes);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}
