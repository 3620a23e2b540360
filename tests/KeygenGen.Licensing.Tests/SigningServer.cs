using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace KeygenGen.Licensing.Tests;

/// <summary>
/// A Kestrel server on 127.0.0.1 that signs its responses the way Keygen does, with its own Ed25519 key.
/// The signing is written here, independently of the SDK's verifier.
/// </summary>
internal sealed class SigningServer : IAsyncDisposable
{
    private readonly Ed25519PrivateKeyParameters _privateKey;
    private readonly WebApplication _app;

    private SigningServer(Ed25519PrivateKeyParameters privateKey, WebApplication app, Uri baseAddress)
    {
        _privateKey = privateKey;
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string PublicKeyHex => Convert.ToHexStringLower(_privateKey.GeneratePublicKey().GetEncoded());

    public static async Task<SigningServer> StartAsync(Action<WebApplication, Ed25519PrivateKeyParameters> map)
    {
        var generator = new Ed25519KeyPairGenerator();
        generator.Init(new Ed25519KeyGenerationParameters(new SecureRandom()));
        var privateKey = (Ed25519PrivateKeyParameters)generator.GenerateKeyPair().Private;

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        map(app, privateKey);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new SigningServer(privateKey, app, new Uri(address));
    }

    /// <summary>Writes <paramref name="body"/> signed for the given target (default: the request's raw target) and date (default: now).</summary>
    public static Task WriteSignedAsync(HttpContext context, Ed25519PrivateKeyParameters key, string body, string? signedTarget = null, DateTimeOffset? date = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var target = signedTarget ?? context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var dateText = (date ?? DateTimeOffset.UtcNow).ToString("r");
        var digest = "sha-256=" + Convert.ToBase64String(SHA256.HashData(bytes));
        var signingString = $"(request-target): {context.Request.Method.ToLowerInvariant()} {target}\nhost: {context.Request.Host.Host}\ndate: {dateText}\ndigest: {digest}";

        var signer = new Ed25519Signer();
        signer.Init(true, key);
        var data = Encoding.UTF8.GetBytes(signingString);
        signer.BlockUpdate(data, 0, data.Length);
        var signature = Convert.ToBase64String(signer.GenerateSignature());

        context.Response.Headers["Date"] = dateText;
        context.Response.Headers["Digest"] = digest;
        context.Response.Headers["Keygen-Signature"] = $"keyid=\"acme\", algorithm=\"ed25519\", signature=\"{signature}\", headers=\"(request-target) host date digest\"";
        context.Response.ContentType = "application/vnd.api+json";
        return context.Response.Body.WriteAsync(bytes).AsTask();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
