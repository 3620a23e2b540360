using System.Linq;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Logs;

/// <summary>
/// Keygen drops logs past the plan's retention period; the emulator keeps each account's newest
/// <see cref="MaxRows"/> of each kind instead, so a long-running emulator (or a load test) stays bounded in memory.
/// </summary>
internal static class LogRetention
{
    public const int MaxRows = 1_000;

    /// <summary>Adds <paramref name="log"/> and drops the oldest row when the table is over its limit. Callers hold the account lock.</summary>
    public static void Add<T>(EntityTable<T> logs, T log)
        where T : Entity
    {
        logs.Add(log);
        if (logs.Count > MaxRows)
        {
            logs.Remove(logs.All.MinBy(l => l.Created)!);
        }
    }
}
