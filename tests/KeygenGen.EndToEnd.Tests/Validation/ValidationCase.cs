using System;
using System.Threading.Tasks;

namespace Keygen.EndToEnd.Tests.Validation;

/// <summary>What a validation scenario must answer, and the scenario: it sets up a license through the SDK and validates it.</summary>
internal sealed record ValidationCase(bool Valid, ValidationCode Code, Func<ValidationScenario, Task<LicenseValidation>> Run);
