using System;
using System.Collections.Generic;

namespace Keygen.Emulator.Seeding;

/// <summary>
/// Moves a row to another parent (a machine to another license, a process to another machine, …) and keeps both
/// parents' lists of children in step, as the emulator keeps them for the HTTP routes.
/// </summary>
internal static class Reattach
{
    public static void To<TRow, TParent>(TRow row, TParent? parent, Func<TRow, TParent> current, Action<TRow, TParent> set, Func<TParent, List<TRow>> children)
        where TParent : class
    {
        if (parent is null)
        {
            return;
        }

        children(current(row)).Remove(row);
        set(row, parent);
        children(parent).Add(row);
    }
}
