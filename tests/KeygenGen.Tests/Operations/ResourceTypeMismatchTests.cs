using System.Threading.Tasks;
using Keygen.Tests.Operations.Documents;
using Xunit;

namespace Keygen.Tests.Operations;

/// <summary>A document holding another kind of resource than the method promises is malformed, not a half-empty model.</summary>
public sealed class ResourceTypeMismatchTests : OperationTest
{
    [Fact]
    public async Task A_user_where_a_license_was_expected_is_a_malformed_response()
    {
        Reply(200, JsonApiDocument.Single(UserDocuments.Resource()));

        var error = await Assert.ThrowsAsync<KeygenMalformedResponseException>(() => Keygen.Licenses.GetAsync(LicenseDocuments.Id));

        Assert.Contains("\"licenses\"", error.Message, System.StringComparison.Ordinal);
        Assert.Contains("\"users\"", error.Message, System.StringComparison.Ordinal);
    }
}
