namespace Keygen.Emulator.Model;

/// <summary>Something that belongs to one machine (a process or a component) and is seen by whoever sees the machine.</summary>
internal interface IMachinePart : IProductScoped
{
    Machine Machine { get; }

    License License { get; }
}
