namespace Keygen.Licensing;

/// <summary>What every <see cref="LicenseOutcome"/> carries, gathered before its case is chosen.</summary>
internal sealed record OutcomeFacts(bool IsValid, ValidationCode? Code, string Detail, License? License, LicenseFileDataset? OfflineFile = null);
