namespace Keygen.Emulator.Resources.Licenses;

/// <summary>A validation's outcome: <c>valid</c> and <c>code</c> are independent (e.g. EXPIRED may still be valid).</summary>
internal sealed record ValidationResult(bool Valid, string Detail, string Code)
{
    public static ValidationResult Invalid(string detail, string code) => new(false, detail, code);
}
