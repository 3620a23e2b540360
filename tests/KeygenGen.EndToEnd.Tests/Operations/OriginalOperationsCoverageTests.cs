using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations;

/// <summary>
/// Every one of the 53 original operations (plus the quick GET validation and the older /profile alias), by the schema
/// operation it became (the mapping is checked against the schema in KeygenGen.Tests' OriginalOperationsTests), is driven
/// by some end-to-end test in this folder.
/// </summary>
public sealed class OriginalOperationsCoverageTests
{
    private static readonly string[] Originals =
    [
        "tokens.generate", "tokens.get", "tokens.regenerate", "tokens.revoke",
        "products.create", "products.get", "products.update", "products.delete", "products.list",
        "policies.create", "policies.get", "policies.update", "policies.delete", "policies.list",
        "users.create", "users.get", "users.update", "users.delete", "users.list", "users.updatePassword", "users.resetPassword",
        "licenses.create", "licenses.get", "licenses.update", "licenses.delete", "licenses.list",
        "licenses.validate", "licenses.quickValidate", "licenses.validateKey",
        "licenses.suspend", "licenses.reinstate", "licenses.renew", "licenses.revoke", "licenses.checkIn",
        "machines.create", "machines.get", "machines.update", "machines.delete", "machines.list",
        "keys.create", "keys.get", "keys.update", "keys.delete", "keys.list",
        "webhookEndpoints.create", "webhookEndpoints.get", "webhookEndpoints.update", "webhookEndpoints.delete", "webhookEndpoints.list",
        "webhookEvents.get", "webhookEvents.list", "webhookEvents.retry",
        "profile.me", "profile.get", "passwords.reset",
    ];

    /// <summary>Every operation some test's [Covers] names.</summary>
    private static readonly HashSet<string> Covered = typeof(OriginalOperationsCoverageTests).Assembly.GetTypes()
        .SelectMany(t => t.GetMethods())
        .SelectMany(m => m.GetCustomAttribute<CoversAttribute>()?.OperationIds ?? [])
        .ToHashSet();

    [Fact]
    public void Every_original_operation_is_covered_by_an_end_to_end_test()
    {
        Assert.Equal(55, Originals.Distinct().Count());
        Assert.All(Originals, id => Assert.Contains(id, Covered));
    }

    [Fact]
    public void Every_covered_operation_is_one_of_the_originals() =>
        Assert.All(Covered, id => Assert.Contains(id, Originals));
}
