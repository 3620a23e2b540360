using Keygen.Emulator.Http;

namespace Keygen.Emulator.Resources.Common;

/// <summary>Keygen's <c>typed_query</c> declarations: a required query parameter that is missing is a 400 naming it.</summary>
internal static class TypedQuery
{
    public static string Required(ApiRequest request, string name) =>
        request.Query.Scalar(name) ?? throw Errors.BadRequest("is missing", ErrorSource.Parameter(name));
}
