using System;
using System.Net.Http;
using System.Net.Http.Headers;
using Keygen;
using KeygenGen.Benchmarks.Canned;
using KeygenGen.Benchmarks.Peers.HandWritten;
using KeygenGen.Benchmarks.Peers.Kiota.Generated;
using KeygenGen.Benchmarks.Peers.NSwag;
using KeygenGen.Benchmarks.Peers.Refit;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Refit;

namespace KeygenGen.Benchmarks.Peers;

/// <summary>
/// The five clients under test, each with its own <see cref="HttpClient"/> over the one <see cref="CannedKeygenHandler"/>,
/// each configured the way its documentation recommends, and all sending the same bearer token and Keygen-Version.
/// </summary>
public sealed class PeerClients : IDisposable
{
    public const string Token = "admin-f4c2a8e1b9d34c7f8a6e2b1d0c9f8e7a";
    private const string ApiRoot = "https://api.keygen.sh/v1";
    private const string AccountRoot = ApiRoot + "/accounts/" + KeygenDocuments.Account;

    private readonly CannedKeygenHandler _handler = new();
    private readonly HttpClient _keygenHttp;
    private readonly HttpClient _handWrittenHttp;
    private readonly HttpClient _refitHttp;
    private readonly HttpClient _nswagHttp;
    private readonly HttpClient _kiotaHttp;

    public PeerClients()
    {
        // (a) KeygenGen: it sets Accept, Authorization, User-Agent and Keygen-Version itself.
        _keygenHttp = new HttpClient(_handler, disposeHandler: false);
        KeygenGen = new KeygenClient(new KeygenClientOptions { Account = KeygenDocuments.Account, Token = Token }, _keygenHttp);

        // (b) the hand-written floor: headers once, on the HttpClient.
        _handWrittenHttp = Authorized(AccountRoot + "/", accept: true);
        HandWritten = new HandWrittenKeygenClient(_handWrittenHttp);

        // (c) Refit, with the floor's source-generated System.Text.Json context as its content serializer.
        _refitHttp = Authorized(AccountRoot, accept: true);
        Refit = RestService.For<IKeygenRefitApi>(
            _refitHttp,
            new RefitSettings { ContentSerializer = new SystemTextJsonContentSerializer(HandWrittenJsonContext.Default.Options) });

        // (d) NSwag: it sets Accept and Content-Type per request.
        _nswagHttp = Authorized(ApiRoot + "/", accept: false);
        NSwag = new KeygenNSwagClient(_nswagHttp);

        // (e) Kiota, over its default middleware (retry, redirect, headers inspection, user agent, ...) as KiotaClientFactory builds it.
        _kiotaHttp = KiotaClientFactory.Create(_handler);
        Authorize(_kiotaHttp, accept: false);
        Kiota = new KeygenKiotaClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: _kiotaHttp) { BaseUrl = ApiRoot });
    }

    public KeygenClient KeygenGen { get; }

    public HandWrittenKeygenClient HandWritten { get; }

    public IKeygenRefitApi Refit { get; }

    public KeygenNSwagClient NSwag { get; }

    public KeygenKiotaClient Kiota { get; }

    public void Dispose()
    {
        KeygenGen.Dispose();
        _keygenHttp.Dispose();
        _handWrittenHttp.Dispose();
        _refitHttp.Dispose();
        _nswagHttp.Dispose();
        _kiotaHttp.Dispose();
        _handler.Dispose();
    }

    private HttpClient Authorized(string baseAddress, bool accept)
    {
        var http = new HttpClient(_handler, disposeHandler: false) { BaseAddress = new Uri(baseAddress) };
        Authorize(http, accept);
        return http;
    }

    private static void Authorize(HttpClient http, bool accept)
    {
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        http.DefaultRequestHeaders.Add("Keygen-Version", "1.8");
        if (accept)
        {
            http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.api+json"));
        }
    }
}
