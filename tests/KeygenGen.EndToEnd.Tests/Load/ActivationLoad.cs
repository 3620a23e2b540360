using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;

namespace Keygen.EndToEnd.Tests.Load;

/// <summary>
/// The outcome of one activation round: the fingerprints each license's activations were accepted for, the fingerprints
/// the emulator lists for each license afterwards, how many were refused for the machine limit, and any other error.
/// </summary>
internal sealed record ActivationRound(
    int Attempts,
    TimeSpan Elapsed,
    IReadOnlyList<License> Licenses,
    IReadOnlyDictionary<string, IReadOnlySet<string>> Accepted,
    IReadOnlyDictionary<string, IReadOnlySet<string>> Listed,
    int LimitExceeded,
    IReadOnlyCollection<string> Problems);

/// <summary>
/// Many activations at once through one shared client: fresh licenses of a floating policy with <see cref="MaxMachines"/>,
/// each asked to activate more machines than it allows, interleaved across licenses.
/// </summary>
internal sealed class ActivationLoad(KeygenClient keygen)
{
    public const int MaxMachines = 5;

    public async Task<ActivationRound> RunAsync(int licenseCount, int attempts, int workers, CancellationToken ct)
    {
        var policy = await keygen.PolicyAsync(p => { p.Floating = true; p.MaxMachines = MaxMachines; });
        var licenses = new List<License>();
        for (var i = 0; i < licenseCount; i++)
        {
            licenses.Add(await keygen.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policy.Id }, ct));
        }

        var accepted = licenses.ToDictionary(l => l.Id, _ => new ConcurrentBag<string>());
        var limitExceeded = 0;
        var problems = new ConcurrentQueue<string>();
        var elapsed = await Workers.RunAsync(attempts, workers, async (index, token) =>
        {
            var license = licenses[index % licenseCount];
            var fingerprint = $"load-{index}";
            try
            {
                var machine = await keygen.Machines.CreateAsync(new CreateMachineRequest { LicenseId = license.Id, Fingerprint = fingerprint }, token);
                accepted[machine.LicenseId!].Add(machine.Fingerprint);
            }
            catch (KeygenApiException refused) when (refused.StatusCode == 422 && refused.Code == "MACHINE_LIMIT_EXCEEDED")
            {
                Interlocked.Increment(ref limitExceeded);
            }
            catch (KeygenException exception)
            {
                problems.Enqueue($"activation {index}: {exception.Message}");
            }
        }, ct);

        var listed = new Dictionary<string, IReadOnlySet<string>>();
        foreach (var license in licenses)
        {
            var machines = await keygen.Machines.ListAsync(new ListMachinesRequest { License = license.Id }, ct).ToListAsync(ct);
            listed[license.Id] = machines.Select(m => m.Fingerprint).ToHashSet();
        }

        return new ActivationRound(
            attempts,
            elapsed,
            licenses,
            accepted.ToDictionary(pair => pair.Key, pair => (IReadOnlySet<string>)pair.Value.ToHashSet()),
            listed,
            limitExceeded,
            problems);
    }
}
