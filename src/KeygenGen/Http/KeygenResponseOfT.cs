using System;

namespace Keygen.Http;

/// <summary>
/// A call's typed result together with the response it was read from: status, headers, request id, rate limit and the whole
/// body, kept. Every generated method has a <c>…WithResponseAsync</c> twin that returns one:
/// <code>
/// KeygenResponse&lt;License&gt; result = await keygen.Licenses.GetWithResponseAsync(id, ct);
/// License license = result.Value;
/// string? requestId = result.Response.RequestId;
/// </code>
/// </summary>
/// <typeparam name="T">The result's type.</typeparam>
public sealed class KeygenResponse<T>
{
    /// <summary>
    /// Pairs a result with its response. Generated methods make these; in a test double, pair a model with a response from
    /// <see cref="KeygenModelFactory.Response"/>.
    /// </summary>
    /// <param name="value">The result.</param>
    /// <param name="response">The response it came from.</param>
    public KeygenResponse(T value, KeygenResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Value = value;
        Response = response;
    }

    /// <summary>The typed result, as the method without <c>WithResponse</c> returns it.</summary>
    public T Value { get; }

    /// <summary>The response: <see cref="KeygenResponse.StatusCode"/>, headers, <see cref="KeygenResponse.RequestId"/>, <see cref="KeygenResponse.RateLimit"/> and the body it was read from.</summary>
    public KeygenResponse Response { get; }

    /// <summary>Splits the pair: <c>var (license, response) = await keygen.Licenses.GetWithResponseAsync(id, ct);</c></summary>
    /// <param name="value">The typed result.</param>
    /// <param name="response">The response.</param>
    public void Deconstruct(out T value, out KeygenResponse response)
    {
        value = Value;
        response = Response;
    }

    /// <summary>Describes the response; the result is described by its own <c>ToString</c>, which never shows secrets.</summary>
    public override string ToString() => $"{Value} ({Response})";
}
