using System.Collections.Generic;

namespace Keygen.Emulator.Http;

/// <summary>The error documents Keygen answers with, with its titles, details and codes.</summary>
internal static class Errors
{
    private const string Docs = "https://keygen.sh/docs/api/";

    public static ApiException NotFound(string model, string? id) => new(new ApiError(
        404,
        "Not found",
        string.IsNullOrEmpty(id) ? $"The requested {model} was not found" : $"The requested {model} '{id}' was not found",
        "NOT_FOUND"));

    public static ApiException RouteNotFound() => new(
        new ApiError(404, "Not found", "The requested endpoint was not found (check your HTTP method, Accept header, and URL path)", "NOT_FOUND"),
        beforeController: true);

    public static ApiException BadRequest(string detail, ErrorSource? source = null, string? code = null, string? about = null) =>
        new(new ApiError(400, "Bad request", detail, code, source, about));

    public static ApiException BeforeControllerBadRequest(string detail, string code) =>
        new(new ApiError(400, "Bad request", detail, code), beforeController: true);

    public static ApiException Unauthorized(string code, string? detail = null, ErrorSource? source = null) => new(new ApiError(
        401,
        "Unauthorized",
        detail ?? "You must be authenticated to complete the request",
        code,
        source,
        AboutFor(code)));

    /// <summary>A 401 that Keygen answers without a code, e.g. a wrong old password.</summary>
    public static ApiException UnauthorizedWithoutCode(string detail, ErrorSource source) =>
        new(new ApiError(401, "Unauthorized", detail, null, source));

    public static ApiException Forbidden(string detail, string? code = null) => new(new ApiError(403, "Access denied", detail, code, null, code is null ? null : AboutFor(code)));

    /// <summary>A 403 about one part of the request, e.g. an item of an attach/detach list that may not be detached.</summary>
    public static ApiException ForbiddenAt(string detail, ErrorSource source) => new(new ApiError(403, "Access denied", detail, null, source));

    /// <summary>Keygen's 409 when a row is locked by another update (<c>FOR UPDATE NOWAIT</c>).</summary>
    public static ApiException Conflict(string detail, ErrorSource? source = null) => new(new ApiError(409, "Conflict", detail, null, source));

    public static ApiException Unprocessable(string detail, ErrorSource? source = null, string? code = null) =>
        new(new ApiError(422, "Unprocessable entity", detail, code, source));

    public static ApiException Invalid(IReadOnlyList<ApiError> errors) => new(errors);

    private static string? AboutFor(string code) => code switch
    {
        "LICENSE_NOT_ALLOWED" or "LICENSE_INVALID" => Docs + "authentication/#license-authentication",
        "TOKEN_NOT_ALLOWED" or "TOKEN_INVALID" or "TOKEN_FORMAT_INVALID" => Docs + "authentication/#token-authentication",
        "TOKEN_MISSING" => Docs + "authentication/",
        _ => null,
    };
}
