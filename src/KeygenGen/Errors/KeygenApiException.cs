using System.Collections.Generic;
using System.Linq;
using Keygen.Http;

namespace Keygen;

/// <summary>
/// Keygen answered with an error status and a JSON:API error document. <see cref="Errors"/> holds every error (code, title,
/// detail, source); <see cref="Code"/> is the first error code, the one to branch on:
/// <code>catch (KeygenApiException e) when (e.Code == "FINGERPRINT_TAKEN") { … }</code>
/// </summary>
public sealed class KeygenApiException : KeygenException
{
    private readonly string? _documentRequestId;

    internal KeygenApiException(string message, KeygenResponse response, IReadOnlyList<KeygenApiError> errors, string? documentRequestId)
        : base(message, response, null)
    {
        Errors = errors;
        _documentRequestId = documentRequestId;
    }

    /// <summary>The HTTP status, e.g. 422.</summary>
    public new int StatusCode => Response!.StatusCode;

    /// <summary>Every error Keygen reported, in order.</summary>
    public IReadOnlyList<KeygenApiError> Errors { get; }

    /// <summary>The first error code (e.g. <c>LICENSE_SUSPENDED</c>), or <see langword="null"/> when no error carried one.</summary>
    public string? Code => Errors.FirstOrDefault(e => e.Code is not null)?.Code;

    /// <summary>The first error's title.</summary>
    public string? Title => Errors.FirstOrDefault()?.Title;

    /// <summary>The first error's detail.</summary>
    public string? Detail => Errors.FirstOrDefault()?.Detail;

    /// <summary>Keygen's request id, from <c>X-Request-Id</c> or the document's <c>meta.id</c>.</summary>
    public override string? RequestId => Response?.RequestId ?? _documentRequestId;

    /// <summary>Whether any error carries <paramref name="code"/>.</summary>
    /// <param name="code">An error code, e.g. <c>MACHINE_LIMIT_EXCEEDED</c>.</param>
    public bool HasCode(string code) => Errors.Any(e => e.Code == code);
}
