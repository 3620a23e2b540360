using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Keygen.EndToEnd.Tests.Support;

/// <summary>One operation as the committed schema declares it: what an end-to-end call of it must look like on the wire.</summary>
public sealed record SchemaOperation(string Id, string Method, string Path, bool AccountScoped, int SuccessStatus)
{
    /// <summary>
    /// Whether <paramref name="requestUri"/> is this operation's route: the account base (or <c>/v1</c> for account-less
    /// operations) followed by the path, each <c>{parameter}</c> standing for exactly one non-empty segment.
    /// </summary>
    public bool Matches(string method, string requestUri)
    {
        if (!string.Equals(method, Method, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var actual = new Uri(requestUri).AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var prefix = AccountScoped ? new[] { "v1", "accounts", "{account}" } : ["v1"];
        var expected = prefix.Concat(Path.Split('/', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        return actual.Length == expected.Length
            && expected.Zip(actual).All(pair => pair.First.StartsWith('{') ? pair.Second.Length > 0 : pair.First == pair.Second);
    }
}

/// <summary>Every operation of the schema files in <c>schema/</c>, read independently of the generator.</summary>
public static class SchemaOperations
{
    public static IReadOnlyDictionary<string, SchemaOperation> All { get; } = Load();

    private static Dictionary<string, SchemaOperation> Load()
    {
        var operations = new Dictionary<string, SchemaOperation>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "schema"), "*.json"))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            if (!document.RootElement.TryGetProperty("operations", out var list))
            {
                continue;
            }

            foreach (var operation in list.EnumerateArray())
            {
                var id = operation.GetProperty("id").GetString()!;
                operations.Add(id, new SchemaOperation(
                    id,
                    operation.GetProperty("method").GetString()!,
                    operation.GetProperty("path").GetString()!,
                    !operation.TryGetProperty("accountScoped", out var scoped) || scoped.GetBoolean(),
                    SuccessStatus(operation)));
            }
        }

        return operations;
    }

    /// <summary>The schema's rule (schema/README.md): an explicit status, else 200 with a body and 204 without one.</summary>
    private static int SuccessStatus(JsonElement operation)
    {
        if (!operation.TryGetProperty("response", out var response))
        {
            return 204;
        }

        if (response.TryGetProperty("status", out var status))
        {
            return status.GetInt32();
        }

        return response.EnumerateObject().Any() ? 200 : 204;
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
