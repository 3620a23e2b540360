using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Keygen.Tests.Operations.Documents;
using Keygen.Tests.Transport.Fixtures;

namespace Keygen.Tests.Fuzzing;

/// <summary>
/// A generated operation the response fuzzer calls: the document Keygen answers it with, and the call through the
/// SDK, whose typed result is returned as an object (for the oracle to inspect).
/// </summary>
/// <param name="FollowsLinks">The call pages through <c>links.next</c>; later pages get <see cref="CannedDocuments.LastLicensePage"/>.</param>
internal sealed record FuzzedOperation(string Name, int SuccessStatus, string Document, bool FollowsLinks, Func<KeygenClient, Task<object>> Call)
{
    /// <summary>At most this many licenses are taken from an enumeration, so a server that never stops paging cannot hang a case.</summary>
    private const int EnumerationCap = 50;

    public static IReadOnlyList<FuzzedOperation> All { get; } =
    [
        new("licenses.get", 200, CannedDocuments.License, false, async client => await client.Licenses.GetAsync(LicenseDocuments.Id)),
        new("licenses.list (one page)", 200, CannedDocuments.LicensePage, false, async client => await client.Licenses.ListPageAsync(new ListLicensesRequest { Status = LicenseStatus.Active })),
        new("licenses.list (all pages)", 200, CannedDocuments.LicensePage, true, async client => await client.Licenses.ListAsync(new ListLicensesRequest { Status = LicenseStatus.Active }).Take(EnumerationCap).ToListAsync()),
        new("licenses.validateKey", 200, CannedDocuments.Validation, false, async client => await client.Licenses.ValidateKeyAsync(new ValidateLicenseKeyRequest
        {
            Key = Sentinels.LicenseKey,
            Scope = new ValidationScope { Fingerprint = CannedDocuments.Fingerprint },
        })),
        new("machines.create", 201, CannedDocuments.Machine, false, async client => await client.Machines.CreateAsync(new CreateMachineRequest
        {
            LicenseId = LicenseDocuments.Id,
            Fingerprint = MachineDocuments.Fingerprint,
        })),
    ];

    public override string ToString() => Name;
}
