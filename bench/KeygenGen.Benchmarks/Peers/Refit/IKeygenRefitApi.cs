using System.Threading;
using System.Threading.Tasks;
using KeygenGen.Benchmarks.Peers.HandWritten;
using Refit;

namespace KeygenGen.Benchmarks.Peers.Refit;

/// <summary>
/// The Refit peer: the same four calls declared as an annotated interface, using the hand-written documents and their
/// source-generated System.Text.Json context as Refit's content serializer. Headers come from the <c>HttpClient</c>.
/// </summary>
public interface IKeygenRefitApi
{
    [Post("/licenses")]
    Task<LicenseDocument> CreateLicenseAsync([Body] CreateLicenseDocument body, CancellationToken cancellationToken = default);

    [Get("/licenses/{id}")]
    Task<LicenseDocument> GetLicenseAsync(string id, CancellationToken cancellationToken = default);

    [Get("/licenses")]
    Task<LicenseListDocument> ListLicensesAsync([AliasAs("page[size]")] int pageSize, CancellationToken cancellationToken = default);

    [Post("/licenses/actions/validate-key")]
    Task<ValidationDocument> ValidateKeyAsync([Body] ValidateKeyDocument body, CancellationToken cancellationToken = default);
}
