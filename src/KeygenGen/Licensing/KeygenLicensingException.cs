namespace Keygen.Licensing;

/// <summary>
/// A <see cref="KeygenLicensing"/> operation cannot be done for this license or machine: the key matches no license, or
/// the machine must be activated first. <see cref="Outcome"/> holds the validation that said so, when there was one.
/// </summary>
public sealed class KeygenLicensingException : KeygenException
{
    internal KeygenLicensingException(string message, LicenseOutcome? outcome = null)
        : base(message, null, null)
    {
        Outcome = outcome;
    }

    /// <summary>The validation outcome behind the refusal, e.g. <see cref="LicenseOutcome.NotFound"/>; null when none was made.</summary>
    public LicenseOutcome? Outcome { get; }
}
