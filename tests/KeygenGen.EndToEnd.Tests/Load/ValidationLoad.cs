using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;

namespace Keygen.EndToEnd.Tests.Load;

/// <summary>The outcome of one validation round: how long it took, how many answered each code, and every answer that was wrong.</summary>
internal sealed record ValidationRound(int Calls, TimeSpan Elapsed, int Valid, int NoMachines, IReadOnlyCollection<string> Problems);

/// <summary>
/// Many validate-key calls at once through one shared client, against fresh licenses: half of them have this machine
/// activated (VALID), half have none (NO_MACHINES). Each call carries its own nonce, so an answer that belonged to another
/// concurrent call would show.
/// </summary>
internal sealed class ValidationLoad(KeygenClient keygen)
{
    private const int Licenses = 20;

    public async Task<ValidationRound> RunAsync(int calls, int workers, CancellationToken ct)
    {
        var policy = await keygen.PolicyAsync(p => { p.Floating = true; p.MaxMachines = 5; });
        var licenses = new List<(License License, bool Activated)>();
        for (var i = 0; i < Licenses; i++)
        {
            var license = await keygen.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policy.Id }, ct);
            var activated = i % 2 == 0;
            if (activated)
            {
                await keygen.ActivateAsync(license.Id, Fingerprint(license));
            }

            licenses.Add((license, activated));
        }

        // validate-key is what a licensed app calls with nothing but the key; the view shares the client's connections.
        using var anonymous = keygen.WithAuth(KeygenAuth.Anonymous);
        var valid = 0;
        var noMachines = 0;
        var problems = new ConcurrentQueue<string>();
        var elapsed = await Workers.RunAsync(calls, workers, async (index, token) =>
        {
            var (license, activated) = licenses[index % Licenses];
            try
            {
                var validation = await anonymous.Licenses.ValidateKeyAsync(
                    new ValidateLicenseKeyRequest { Key = license.Key, Nonce = index, Scope = new ValidationScope { Fingerprint = Fingerprint(license) } }, token);
                var expected = activated ? ValidationCode.Valid : ValidationCode.NoMachines;
                if (validation.Nonce != index || validation.License?.Id != license.Id || validation.Code != expected || validation.Valid != activated)
                {
                    problems.Enqueue($"call {index}: {validation} for license {validation.License?.Id}, expected {expected} for {license.Id}");
                }

                Interlocked.Increment(ref validation.Code == ValidationCode.Valid ? ref valid : ref noMachines);
            }
            catch (KeygenException exception)
            {
                problems.Enqueue($"call {index}: {exception.Message}");
            }
        }, ct);

        return new ValidationRound(calls, elapsed, valid, noMachines, problems);
    }

    private static string Fingerprint(License license) => "load-" + license.Id;
}
