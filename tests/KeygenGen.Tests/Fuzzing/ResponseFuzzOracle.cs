using System;
using System.Collections.Generic;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text.Json;
using System.Threading.Tasks;
using Keygen.Http;
using Keygen.Tests.Transport.Fixtures;

namespace Keygen.Tests.Fuzzing;

/// <summary>What one fuzz case gave: a typed result or an exception, and every way that falls short.</summary>
internal sealed record ResponseFuzzOutcome(ResponseFuzzCase Case, object? Result, Exception? Exception, IReadOnlyList<string> Problems);

/// <summary>
/// Calls the case's operation and judges what comes out. Only a <see cref="KeygenException"/> may be thrown, with a
/// message and no secret in it. A success must be a typed result that can be used in full, and is wrong for an error status, a
/// body that is not JSON, or a body labelled as something other than JSON. Unknown members must not fail a call.
/// </summary>
internal static class ResponseFuzzOracle
{
    private static readonly TimeSpan s_callLimit = TimeSpan.FromSeconds(20);

    public static async Task<ResponseFuzzOutcome> JudgeAsync(ResponseFuzzCase fuzzCase, KeygenClient client)
    {
        object? result = null;
        Exception? exception = null;
        try
        {
            result = await fuzzCase.Operation.Call(client).WaitAsync(s_callLimit);
        }
        catch (Exception e)
        {
            exception = e;
        }

        var problems = new List<string>();
        if (exception is not null)
        {
            CheckException(fuzzCase, exception, problems);
        }
        else
        {
            CheckSuccess(fuzzCase, result, problems);
        }

        return new ResponseFuzzOutcome(fuzzCase, result, exception, problems);
    }

    private static void CheckException(ResponseFuzzCase fuzzCase, Exception exception, List<string> problems)
    {
        if (exception is not KeygenException)
        {
            problems.Add($"{exception.GetType().FullName} escaped: {exception.Message}\n{exception.StackTrace}");
            return;
        }

        if (string.IsNullOrWhiteSpace(exception.Message))
        {
            problems.Add($"{exception.GetType().Name} has no message");
        }

        if (exception.Message.Contains(Sentinels.Token, StringComparison.Ordinal))
        {
            problems.Add($"{exception.GetType().Name}'s message shows the token: {exception.Message}");
        }

        if (fuzzCase.Corruption == ResponseCorruption.UnknownMembers)
        {
            problems.Add($"members no model knows failed the call: {exception.GetType().Name}: {exception.Message}");
        }
    }

    private static void CheckSuccess(ResponseFuzzCase fuzzCase, object? result, List<string> problems)
    {
        var response = fuzzCase.Response;
        if (response.Status >= 400)
        {
            problems.Add($"status {response.Status} came back as a success");
        }

        if (response.Status is >= 200 and < 300 && !IsJson(response.Body))
        {
            problems.Add("a body that is not JSON came back as a success");
        }

        if (response.ContentType is not null && MediaTypeHeaderValue.TryParse(response.ContentType, out var mediaType) && !KeygenMediaTypes.IsJson(mediaType.MediaType))
        {
            problems.Add($"a {mediaType.MediaType} body came back as a success");
        }

        if (result is null)
        {
            problems.Add("the call returned no result");
        }

        try
        {
            ResultProbe.Use(result);
        }
        catch (Exception e)
        {
            var cause = (e as TargetInvocationException)?.InnerException ?? e;
            problems.Add($"the result threw {cause.GetType().FullName} when used: {cause.Message}\n{cause.StackTrace}");
        }
    }

    private static bool IsJson(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
