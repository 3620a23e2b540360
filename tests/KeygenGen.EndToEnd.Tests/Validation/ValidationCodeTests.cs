using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Validation;

/// <summary>
/// One scenario per validation code the emulator implements, set up and validated through the SDK, asserting the typed
/// <see cref="LicenseValidation.Valid"/> and <see cref="LicenseValidation.Code"/>. The emulator's clock is moved forward
/// for expiry, check-in and heartbeat scenarios.
/// </summary>
public sealed class ValidationCodeTests(ClockedEmulatorFixture emulator) : IClassFixture<ClockedEmulatorFixture>
{
    /// <summary>Codes the emulator cannot produce: it answers as the Community Edition (no environments, no processes).</summary>
    private static readonly HashSet<ValidationCode> NotEmulated =
    [
        ValidationCode.EnvironmentScopeMismatch, ValidationCode.EnvironmentScopeRequired, ValidationCode.TooManyProcesses,
    ];

    public static TheoryData<string> Scenarios => new(ValidationScenarios.All.Keys);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Validation_through_the_sdk_answers_valid_and_code(string scenario)
    {
        var expected = ValidationScenarios.All[scenario];

        var validation = await expected.Run(new ValidationScenario(emulator.Keygen, emulator.Clock));

        Assert.Equal(expected.Code, validation.Code);
        Assert.Equal(expected.Valid, validation.Valid);
        Assert.False(string.IsNullOrEmpty(validation.Detail));
    }

    [Fact]
    public void Every_code_the_sdk_knows_has_a_scenario_unless_the_emulator_cannot_produce_it()
    {
        var known = typeof(ValidationCode).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(ValidationCode))
            .Select(p => (ValidationCode)p.GetValue(null)!);
        var covered = ValidationScenarios.All.Values.Select(c => c.Code).ToHashSet();

        Assert.All(known.Where(code => !NotEmulated.Contains(code)), code => Assert.Contains(code, covered));
    }
}
