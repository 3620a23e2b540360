using System;
using System.Linq;
using System.Reflection;

namespace Keygen.Emulator.State;

/// <summary>
/// Applies an update all-or-nothing: when <c>change</c> throws (e.g. a 422 from validation), every settable
/// property of the entity gets its previous value back, like a rolled-back database transaction.
/// </summary>
internal static class Changes
{
    public static void Apply(Entity entity, Action change)
    {
        var before = entity.Snapshot();
        try
        {
            change();
        }
        catch
        {
            foreach (var property in entity.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
            {
                property.SetValue(entity, property.GetValue(before));
            }

            throw;
        }
    }
}
