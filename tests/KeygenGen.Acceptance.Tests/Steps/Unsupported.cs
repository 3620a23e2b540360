namespace Keygen.Acceptance.Steps;

/// <summary>Why the emulator cannot play some of the suite's scenarios, in one wording for the report.</summary>
internal static class Unsupported
{
    public const string Permissions = "per-bearer permissions (the emulator answers as Keygen CE, without permissions)";
}
