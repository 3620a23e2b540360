using System;
using System.Linq;
using System.Threading;
using KeygenGen.Generator.Model;
using KeygenGen.Generator.Planning;

namespace KeygenGen.Docs.Tests;

/// <summary>A small schema file with one of each kind of operation the docs render differently.</summary>
internal static class SampleSchema
{
    public const string Json = """
        {
          "enums": { "LicenseStatus": { "values": ["ACTIVE", "SUSPENDED"] } },
          "objects": {
            "LicenseValidation": {
              "properties": {
                "license": { "type": "License", "source": "data", "nullable": true },
                "valid": { "type": "boolean", "required": true }
              }
            }
          },
          "resources": {
            "Policy": {
              "type": "policies",
              "attributes": { "name": { "type": "string", "create": "required" } },
              "relationships": { "licenses": { "to": "License", "many": true, "inline": true, "create": "optional" } }
            },
            "License": {
              "type": "licenses",
              "attributes": {
                "key": { "type": "string", "create": "optional", "secret": true },
                "status": { "type": "LicenseStatus" }
              },
              "relationships": { "policy": { "to": "Policy", "create": "required" } }
            }
          },
          "unions": {
            "Holder": { "summary": "A license or a policy.", "of": ["License", "Policy"] }
          },
          "operations": [
            { "id": "licenses.create", "method": "POST", "path": "/licenses", "summary": "Creates a license.",
              "body": { "mode": "create", "resource": "License" }, "response": { "status": 201, "resource": "License" } },
            { "id": "licenses.get", "method": "GET", "path": "/licenses/{id}", "summary": "Gets a license.",
              "pathParameters": { "id": {} }, "response": { "resource": "License" } },
            { "id": "licenses.delete", "method": "DELETE", "path": "/licenses/{id}", "summary": "Deletes a license.",
              "pathParameters": { "id": {} }, "deprecated": "Use licenses.revoke." },
            { "id": "licenses.list", "method": "GET", "path": "/licenses", "summary": "Lists licenses.", "paging": true,
              "query": { "status": { "type": "LicenseStatus" } }, "response": { "kind": "list", "resource": "License" } },
            { "id": "licenses.validateKey", "method": "POST", "path": "/licenses/actions/validate-key", "summary": "Validates a key.",
              "auth": ["none", "license"], "requestName": "ValidateLicenseKeyRequest",
              "body": { "mode": "meta", "meta": { "key": { "type": "string", "required": true, "secret": true } } },
              "response": { "resource": "License", "nullable": true, "meta": "LicenseValidation" } },
            { "id": "licenses.download", "method": "GET", "path": "/licenses/{id}/download", "summary": "Gets a download URL.",
              "pathParameters": { "id": {} }, "response": { "kind": "redirect", "status": 303, "resource": "License" } },
            { "id": "policies.getLicense", "method": "GET", "path": "/policies/{policy_id}/licenses/{id}", "summary": "Gets a policy's license.",
              "pathParameters": { "policy_id": {}, "id": {} }, "response": { "resource": "License" } },
            { "id": "policies.create", "method": "POST", "path": "/policies", "summary": "Creates a policy with its first licenses.",
              "body": { "mode": "create", "resource": "Policy" }, "response": { "status": 201, "resource": "Policy" } },
            { "id": "licenses.import", "method": "POST", "path": "/licenses/actions/import", "summary": "Creates several licenses.",
              "body": { "mode": "createMany", "resource": "License" }, "response": { "status": 201, "kind": "list", "resource": "License" },
              "requestName": "ImportLicenseRequest" },
            { "id": "holders.get", "method": "GET", "path": "/holder", "summary": "Gets the holder.", "response": { "resource": "Holder" } },
            { "id": "health.ping", "method": "GET", "path": "/ping", "summary": "Pings the account." },
            { "id": "health.pingServer", "method": "GET", "path": "/ping", "summary": "Pings the server.",
              "accountScoped": false, "auth": ["none"] }
          ]
        }
        """;

    public static ApiSpec Spec { get; } = Parse();

    /// <summary>The generator's plan of <see cref="Spec"/>, which the docs read request bodies and calls from.</summary>
    public static ApiPlan Plan { get; } = Planner.Plan(Spec, CancellationToken.None);

    public static OperationSpec Operation(string id) => Spec.Operations.Single(o => o.Id == id);

    private static ApiSpec Parse()
    {
        var bound = Repository.ParseOne("sample.keygen.json", Json);
        return bound.Diagnostics.Count == 0
            ? bound.Spec
            : throw new InvalidOperationException("The sample schema is invalid: "
                + string.Join("; ", bound.Diagnostics.Select(d => d.ToDiagnostic().ToString())));
    }
}
