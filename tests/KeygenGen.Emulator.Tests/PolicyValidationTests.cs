using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>Policy validations over raw HTTP where they differ from the request checks of other resources.</summary>
public sealed class PolicyValidationTests(SharedEmulator shared) : SharedEmulatorTests(shared)
{
    [Theory]
    [InlineData("maxUses", 2147483648L, "MAX_USES_INVALID")]
    [InlineData("heartbeatDuration", 2147483648L, "HEARTBEAT_DURATION_INVALID")]
    [InlineData("duration", 7464960000L, "DURATION_INVALID")]
    public async Task AnIntegerBeyondFourBytesIsAValidationErrorNotABadRequest(string attribute, long value, string code)
    {
        var product = await Session.ProductAsync();

        var response = await Session.PostAsync("/policies", Json.Resource("policies", new JsonObject { ["name"] = "Huge", [attribute] = value }, Json.Relationship("product", "products", product)));

        Assert.Equal(422, response.Code);
        Assert.Equal(code, response.ErrorCode);
        Assert.Equal("must be less than or equal to 2147483647", response.FirstError["detail"]!.GetValue<string>());
        Assert.Equal("/data/attributes/" + attribute, response.FirstError["source"]!["pointer"]!.GetValue<string>());
    }
}
