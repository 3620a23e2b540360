using System;
using System.Collections.Generic;

namespace Keygen.Emulator.Http;

/// <summary>Ends a request with an error document. Thrown by handlers, validators and the request pipeline.</summary>
internal sealed class ApiException : Exception
{
    public ApiException(ApiError error, bool beforeController = false)
        : this([error], beforeController)
    {
    }

    public ApiException(IReadOnlyList<ApiError> errors, bool beforeController = false)
        : base(errors.Count > 0 ? errors[0].Detail ?? errors[0].Title : "error")
    {
        Errors = errors;
        BeforeController = beforeController;
    }

    public IReadOnlyList<ApiError> Errors { get; }

    public int Status => Errors[0].Status;

    /// <summary>
    /// True for the errors Keygen's middleware answers before a controller runs (bad JSON, unknown route,
    /// rate limits): they carry no request id in <c>meta</c> and no signature.
    /// </summary>
    public bool BeforeController { get; }
}
