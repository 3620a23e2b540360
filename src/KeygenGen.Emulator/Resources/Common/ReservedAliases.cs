namespace Keygen.Emulator.Resources.Common;

/// <summary>
/// Keygen's EXCLUDED_ALIASES (ApplicationRecord): words its routes read as actions, so no value that can stand for
/// a record in a path (a machine fingerprint, a process pid, a release tag) may be one ("is reserved").
/// </summary>
internal static class ReservedAliases
{
    public static bool Contains(string value) => value is "actions" or "action";
}
