using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Machines;

/// <summary>
/// Activation tokens (license tokens) count the machines they activate and deactivate; going past
/// <c>maxActivations</c>/<c>maxDeactivations</c> is a 422 on the token (ACTIVATIONS_LIMIT_EXCEEDED, …).
/// </summary>
internal static class ActivationCounter
{
    public static void CountActivation(ApiRequest request) => Count(request, activation: true);

    public static void CountDeactivation(ApiRequest request) => Count(request, activation: false);

    private static void Count(ApiRequest request, bool activation)
    {
        if (request.Caller.Token is not { IsActivationToken: true } token)
        {
            return;
        }

        var (count, limit, attribute) = activation
            ? (token.Activations + 1, token.MaxActivations, "activations")
            : (token.Deactivations + 1, token.MaxDeactivations, "deactivations");
        if (count > limit)
        {
            new ValidationErrors("tokens", "token").Attribute(attribute, "LIMIT_EXCEEDED", $"exceeds maximum allowed ({limit})").ThrowIfAny();
        }

        if (activation)
        {
            token.Activations = count;
        }
        else
        {
            token.Deactivations = count;
        }

        token.Updated = request.Now;
    }
}
