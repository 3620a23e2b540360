using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Keygen.Tests.Operations;

/// <summary>
/// The 53 original operations (issue 2's table, in its order), each with the schema operation it became: the schema holds it
/// with the original method and path, and the tests in this folder call its generated method. The quick GET validation and
/// the older /profile alias are listed too, as the table asks for them.
/// </summary>
public sealed class OriginalOperationsTests
{
    public static TheoryData<string, string, string, string> Original => new()
    {
        { "getAccessToken", "POST", "/tokens", "tokens.generate" },
        { "getTokenDetails", "GET", "/tokens/{id}", "tokens.get" },
        { "updateToken", "PUT", "/tokens/{id}", "tokens.regenerate" },
        { "revokeToken", "DELETE", "/tokens/{id}", "tokens.revoke" },
        { "addProduct", "POST", "/products", "products.create" },
        { "getSingleProduct", "GET", "/products/{id}", "products.get" },
        { "updateProduct", "PATCH", "/products/{id}", "products.update" },
        { "deleteProduct", "DELETE", "/products/{id}", "products.delete" },
        { "listProducts", "GET", "/products", "products.list" },
        { "addPolicy", "POST", "/policies", "policies.create" },
        { "getSinglePolicy", "GET", "/policies/{id}", "policies.get" },
        { "updatePolicy", "PATCH", "/policies/{id}", "policies.update" },
        { "deletePolicy", "DELETE", "/policies/{id}", "policies.delete" },
        { "listPolicies", "GET", "/policies", "policies.list" },
        { "createUser", "POST", "/users", "users.create" },
        { "getSingleUser", "GET", "/users/{id}", "users.get" },
        { "updateUser", "PATCH", "/users/{id}", "users.update" },
        { "deleteUser", "DELETE", "/users/{id}", "users.delete" },
        { "listUsers", "GET", "/users", "users.list" },
        { "updateUserPassword", "POST", "/users/{id}/actions/update-password", "users.updatePassword" },
        { "resetUserPassword", "POST", "/users/{id}/actions/reset-password", "users.resetPassword" },
        { "addLicense", "POST", "/licenses", "licenses.create" },
        { "getSingleLicense", "GET", "/licenses/{id}", "licenses.get" },
        { "updateLicense", "PATCH", "/licenses/{id}", "licenses.update" },
        { "deleteLicense", "DELETE", "/licenses/{id}", "licenses.delete" },
        { "listLicenses", "GET", "/licenses", "licenses.list" },
        { "validateLicense", "POST", "/licenses/{id}/actions/validate", "licenses.validate" },
        { "validateLicense (quick)", "GET", "/licenses/{id}/actions/validate", "licenses.quickValidate" },
        { "validateLicenseKey", "POST", "/licenses/actions/validate-key", "licenses.validateKey" },
        { "suspendLicense", "POST", "/licenses/{id}/actions/suspend", "licenses.suspend" },
        { "reinstateLicense", "POST", "/licenses/{id}/actions/reinstate", "licenses.reinstate" },
        { "renewLicense", "POST", "/licenses/{id}/actions/renew", "licenses.renew" },
        { "revokeLicense", "DELETE", "/licenses/{id}/actions/revoke", "licenses.revoke" },
        { "checkinLicense", "POST", "/licenses/{id}/actions/check-in", "licenses.checkIn" },
        { "addMachine", "POST", "/machines", "machines.create" },
        { "getSingleMachine", "GET", "/machines/{id}", "machines.get" },
        { "updateMachine", "PATCH", "/machines/{id}", "machines.update" },
        { "deleteMachine", "DELETE", "/machines/{id}", "machines.delete" },
        { "listMachines", "GET", "/machines", "machines.list" },
        { "addKey", "POST", "/keys", "keys.create" },
        { "getSingleKey", "GET", "/keys/{id}", "keys.get" },
        { "updateKey", "PATCH", "/keys/{id}", "keys.update" },
        { "deleteKey", "DELETE", "/keys/{id}", "keys.delete" },
        { "listKeys", "GET", "/keys", "keys.list" },
        { "addWebhook", "POST", "/webhook-endpoints", "webhookEndpoints.create" },
        { "getSingleWebhook", "GET", "/webhook-endpoints/{id}", "webhookEndpoints.get" },
        { "updateWebhook", "PATCH", "/webhook-endpoints/{id}", "webhookEndpoints.update" },
        { "deleteWebhook", "DELETE", "/webhook-endpoints/{id}", "webhookEndpoints.delete" },
        { "listWebhooks", "GET", "/webhook-endpoints", "webhookEndpoints.list" },
        { "getSingleWebhookEvent", "GET", "/webhook-events/{id}", "webhookEvents.get" },
        { "listWebhooksEvents", "GET", "/webhook-events", "webhookEvents.list" },
        { "retryEvent", "POST", "/webhook-events/{id}/actions/retry", "webhookEvents.retry" },
        { "getCurrentProfile", "GET", "/me", "profile.me" },
        { "getCurrentProfile (older alias)", "GET", "/profile", "profile.get" },
        { "resetPassword", "POST", "/passwords", "passwords.reset" },
    };

    private static readonly IReadOnlyDictionary<string, (string Method, string Path)> Schema = ReadSchemaOperations();

    [Theory]
    [MemberData(nameof(Original))]
    public void The_schema_holds_the_original_operation_with_its_method_and_path(string original, string method, string path, string operationId)
    {
        Assert.True(Schema.TryGetValue(operationId, out var operation), $"{original}: the schema has no operation {operationId}");
        Assert.Equal((method, path), operation);
    }

    [Fact]
    public void The_table_names_each_of_the_53_originals_once_and_each_row_its_own_operation()
    {
        var rows = Original.Select(row => (Name: (string)row[0], OperationId: (string)row[3])).ToList();

        // The two extra rows are marked "(quick)" and "(older alias)" after the original name they belong to.
        Assert.Equal(53, rows.Where(r => !r.Name.Contains(" (", StringComparison.Ordinal)).Select(r => r.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(rows.Count, rows.Select(r => r.OperationId).Distinct(StringComparer.Ordinal).Count());
    }

    private static Dictionary<string, (string Method, string Path)> ReadSchemaOperations()
    {
        var operations = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "schema"), "*.json"))
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(file));
            if (!document.RootElement.TryGetProperty("operations", out JsonElement list))
            {
                continue;
            }

            foreach (JsonElement operation in list.EnumerateArray())
            {
                operations.Add(operation.GetProperty("id").GetString()!, (operation.GetProperty("method").GetString()!, operation.GetProperty("path").GetString()!));
            }
        }

        return operations;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KeygenGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("KeygenGen.sln not found above " + AppContext.BaseDirectory);
    }
}
