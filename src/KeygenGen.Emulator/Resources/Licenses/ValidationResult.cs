namespace Keygen.Emulator.Resources.Licenses;

/// <summary>A validation's outcome: <c>valid</c> and <c>code</c> are independent (e.g. EXPIRED may still be valid).</summary>
internal sealed record ValidationResult(bool Valid, string Detail, string Code)
{
    /// <summary>The release version a checksum or version scope matched; Keygen records it even when a later check fails.</summary>
    public string? MatchedVersion { get; init; }

    public static ValidationResult Invalid(string detail, string code) => new(false, detail, code);
}
