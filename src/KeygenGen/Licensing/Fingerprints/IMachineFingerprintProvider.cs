namespace Keygen.Licensing;

/// <summary>Supplies this machine's fingerprint for activation and machine files. Implement it to use your own identifier.</summary>
public interface IMachineFingerprintProvider
{
    /// <summary>A stable identifier of this machine, the same on every call and every run.</summary>
    /// <exception cref="MachineIdUnavailableException">The machine has no readable identifier.</exception>
    string GetFingerprint();
}
