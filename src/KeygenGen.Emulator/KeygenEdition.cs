namespace Keygen.Emulator;

/// <summary>
/// Which Keygen edition the emulator answers as. Both check every action against its bearer's permissions (each role has
/// its default set); only the Enterprise edition lets a request set <c>permissions</c> on users, licenses, products and
/// tokens, and shows them in their documents.
/// </summary>
public enum KeygenEdition
{
    /// <summary>Keygen EE, as Keygen Cloud runs: <c>Keygen-Edition: EE</c>, per-bearer permissions settable and shown.</summary>
    Enterprise,

    /// <summary>Keygen CE: <c>Keygen-Edition: CE</c>; <c>permissions</c> is an unknown attribute, every bearer keeps its role's defaults.</summary>
    Community,
}
