using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace KeygenGen.Licensing.Tests.Facade;

/// <summary>
/// A handler in the app's client that breaks the network on demand: requests fail before reaching the emulator
/// (<see cref="FailNext"/>, <see cref="Down"/>), something else answers instead (<see cref="AnswerNext"/>, e.g. a proxy's
/// error page), a reply is lost after the emulator acted on the request (<see cref="LoseNextReply"/>), or the outgoing
/// body is rewritten (<see cref="RewriteNextBody"/>).
/// </summary>
internal sealed class Faults : DelegatingHandler
{
    private int _failures;
    private Func<HttpRequestMessage, bool>? _loseReplyTo;
    private Func<string, string>? _rewrite;
    private Func<HttpResponseMessage>? _answer;

    /// <summary>While true, every request fails as if the network were down.</summary>
    public volatile bool Down;

    public void FailNext(int requests) => Interlocked.Exchange(ref _failures, requests);

    public void LoseNextReply(Func<HttpRequestMessage, bool> to) => _loseReplyTo = to;

    public void RewriteNextBody(Func<string, string> rewrite) => _rewrite = rewrite;

    public void AnswerNext(HttpStatusCode status, string body, string mediaType) =>
        _answer = () => new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Down || Interlocked.Decrement(ref _failures) >= 0)
        {
            throw new HttpRequestException("injected fault: connection refused");
        }

        if (Interlocked.Exchange(ref _answer, null) is { } answer)
        {
            var response = answer();
            response.RequestMessage = request;
            return response;
        }

        if (Interlocked.Exchange(ref _rewrite, null) is { } rewrite && request.Content is { } content)
        {
            var body = rewrite(await content.ReadAsStringAsync(cancellationToken));
            var headers = content.Headers;
            request.Content = new StringContent(body);
            request.Content.Headers.ContentType = headers.ContentType;
        }

        var reply = await base.SendAsync(request, cancellationToken);
        if (_loseReplyTo is { } lose && lose(request))
        {
            _loseReplyTo = null;
            reply.Dispose();
            throw new HttpRequestException("injected fault: connection reset before the reply arrived");
        }

        return reply;
    }
}
