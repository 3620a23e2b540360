using System;
using System.Collections.Generic;
using System.Threading;

namespace Keygen.Http;

/// <summary>
/// Records every <see cref="KeygenResponse"/> produced by calls made under it in the same async flow, including each
/// retried attempt and the responses of failed calls. Gives raw access (status, headers, request id, rate limit, body)
/// to calls whose methods return typed results:
/// <code>
/// using var capture = KeygenResponseCapture.Start();
/// License license = await keygen.Licenses.GetAsync(id, ct);
/// string? requestId = capture.Last!.RequestId;
/// </code>
/// Captures nest: a response is recorded by every active capture around the call.
/// </summary>
public sealed class KeygenResponseCapture : IDisposable
{
    private static readonly AsyncLocal<KeygenResponseCapture?> Current = new();

    private readonly KeygenResponseCapture? _outer;
    private readonly List<KeygenResponse> _responses = [];
    private bool _disposed;

    private KeygenResponseCapture(KeygenResponseCapture? outer)
    {
        _outer = outer;
    }

    /// <summary>The most recent response recorded, or <see langword="null"/>.</summary>
    public KeygenResponse? Last
    {
        get
        {
            lock (_responses)
            {
                return _responses.Count == 0 ? null : _responses[^1];
            }
        }
    }

    /// <summary>Every response recorded so far, oldest first.</summary>
    public IReadOnlyList<KeygenResponse> Responses
    {
        get
        {
            lock (_responses)
            {
                return _responses.ToArray();
            }
        }
    }

    /// <summary>Starts recording responses of calls made from here on in this async flow; dispose to stop.</summary>
    public static KeygenResponseCapture Start()
    {
        var capture = new KeygenResponseCapture(Current.Value);
        Current.Value = capture;
        return capture;
    }

    /// <summary>Stops recording; the recorded responses stay readable.</summary>
    public void Dispose()
    {
        _disposed = true;
        if (Current.Value == this)
        {
            Current.Value = _outer;
        }
    }

    /// <summary>Describes how many responses were recorded.</summary>
    public override string ToString() => $"KeygenResponseCapture ({Responses.Count} responses)";

    internal static void Record(KeygenResponse response)
    {
        for (KeygenResponseCapture? capture = Current.Value; capture is not null; capture = capture._outer)
        {
            if (!capture._disposed)
            {
                response.RetainBody();
                lock (capture._responses)
                {
                    capture._responses.Add(response);
                }
            }
        }
    }
}
