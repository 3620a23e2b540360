using System.Text.Json.Nodes;
using Keygen.Tests.Operations.Documents;

namespace Keygen.Tests.Fuzzing;

/// <summary>
/// The well-formed Keygen documents the response fuzzer corrupts, built from the operation tests' documents (every
/// attribute, relationships with linkage and links): one license, a page of two with a next link and the last page
/// it leads to, a validation, a machine, and an error.
/// </summary>
internal static class CannedDocuments
{
    public const string NextPage = "/v1/accounts/acme/licenses?page[cursor]=0a1b2c3d&page[size]=2";

    public const string Fingerprint = "fp-4f2a9c";

    /// <summary>Keygen's error document, as a 422 carries it.</summary>
    public const string Error = """
        {"meta":{"id":"4e0c5a1d-6b2f-4c8e-9a3d-0f1e2d3c4b5a"},
         "errors":[{"title":"Unprocessable resource","detail":"has already been taken","code":"FINGERPRINT_TAKEN","source":{"pointer":"/data/attributes/fingerprint"},"links":{"about":"https://keygen.sh/docs/api/machines/"}}]}
        """;

    public static readonly string License = LicenseDocuments.Document();

    public static readonly string LicensePage = JsonApiDocument.List(
        [LicenseDocuments.Resource(), LicenseDocuments.Resource("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")], "/v1/accounts/acme/licenses?page[size]=2", NextPage);

    public static readonly string LastLicensePage = JsonApiDocument.List(
        [LicenseDocuments.Resource("7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a")], NextPage, next: null);

    public static readonly string Validation = JsonApiDocument.Single(
        LicenseDocuments.Resource(),
        ValidationDocuments.Meta(false, "fingerprint scope does not match", "FINGERPRINT_SCOPE_MISMATCH", nonce: 42, new JsonObject { ["fingerprint"] = Fingerprint }));

    public static readonly string Machine = MachineDocuments.Document();
}
