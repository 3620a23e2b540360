using System;
using System.Linq;
using System.Reflection;
using KeygenGen.Generator.Planning;
using KeygenGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KeygenGen.Generator.Tests.Hostile;

/// <summary>
/// The hand-written hostile inputs behind each defect class that once got past the generator, as seeds of the same
/// property the fuzz run checks (in a user's build against the real package assembly): the generator reports a KGEN
/// error at the user's name, or its code compiles with zero diagnostics; it never throws (CS8785).
/// </summary>
public class HostileSeedTests
{
    private const string Resource = "\"Gadget\": { \"type\": \"gadgets\" }";

    public static TheoryData<string, string, string?> Seeds => new()
    {
        // seed name, schema, expected KGEN id (null: compiles cleanly)
        { "objects differing only in case", """{ "objects": { "Widget": { "properties": {} }, "WIDGET": { "properties": {} } } }""", "KGEN0017" },
        { "groups differing only in case", $$"""{ "resources": { {{Resource}} }, "operations": [ { "id": "fooBar.get", "method": "GET", "path": "/a", "summary": "A." }, { "id": "foobar.get", "method": "GET", "path": "/b", "summary": "B." } ] }""", "KGEN0017" },
        { "an object named KeygenClient", """{ "objects": { "KeygenClient": { "properties": {} } } }""", "KGEN0017" },
        { "an object named like a built-in group client", """{ "objects": { "LicensesClient": { "properties": {} } } }""", "KGEN0017" },
        { "an object named like an SDK namespace", """{ "objects": { "Serialization": { "properties": {} } } }""", "KGEN0017" },
        { "a group whose client is KeygenClient", """{ "operations": [ { "id": "keygen.ping", "method": "GET", "path": "/keygen-ping", "summary": "Pings." } ] }""", "KGEN0017" },
        { "a request class named like a built-in group client", """{ "operations": [ { "id": "widgets.find", "method": "GET", "path": "/widgets", "summary": "Finds.", "query": { "q": { "type": "string" } }, "requestName": "LicensesClient" } ] }""", "KGEN0017" },
        { "a user's enum named like a built-in resource", """{ "enums": { "License": { "values": ["A"] } } }""", "KGEN0013" },
        { "enum values named like the struct's members", """{ "enums": { "Mood": { "values": ["value", "is_known", "equals", "to_string"] } } }""", "KGEN0010" },
        { "an enum value named like its enum", """{ "enums": { "Mood": { "values": ["MOOD"] } } }""", "KGEN0010" },
        { "an attribute named like a built-in member", $$"""{ "resources": { "Gadget": { "type": "gadgets", "attributes": { "json_api_type": { "type": "string" }, "self_link": { "type": "string" }, "x": { "type": "string", "name": "Created" } } } } }""", "KGEN0010" },
        { "meta named Id", """{ "resources": { "Gadget": { "type": "gadgets", "meta": { "id": { "type": "string" } } } } }""", "KGEN0010" },
        { "a property named like its object", """{ "objects": { "Report": { "properties": { "report": { "type": "string" } } } } }""", "KGEN0010" },
        { "query names that clash with paging members", $$"""{ "resources": { {{Resource}} }, "operations": [ { "id": "gadgets.list", "method": "GET", "path": "/gadgets", "summary": "Lists.", "paging": true, "query": { "limit": { "type": "integer" }, "page_size": { "type": "integer" } }, "response": { "kind": "list", "resource": "Gadget" } } ] }""", "KGEN0010" },
        { "a query name that clashes with a body meta field", $$"""{ "resources": { {{Resource}} }, "operations": [ { "id": "gadgets.poke", "method": "POST", "path": "/gadgets/poke", "summary": "Pokes.", "query": { "reason": { "type": "string" } }, "body": { "mode": "meta", "meta": { "reason": { "type": "string" } } } } ] }""", "KGEN0013" },
        { "path parameters named like the method's parameters and locals", $$"""{ "operations": [ { "id": "gadgets.get", "method": "GET", "path": "/gadgets/{cancellationToken}/{request}/{query}/{keygenRequest}", "summary": "Gets.", "pathParameters": { "cancellationToken": {}, "request": {}, "query": {}, "keygenRequest": {} } } ] }""", "KGEN0010" },
        { "different wire names that map to the same local", """{ "objects": { "Report": { "properties": { "a-b": { "type": "string", "name": "First" }, "a_b": { "type": "string", "name": "Second" } } } } }""", null },
        { "a query name that clashes with an attribute of the body's resource", """{ "resources": { "Gadget": { "type": "gadgets", "attributes": { "reason": { "type": "string", "create": "optional" } } } }, "operations": [ { "id": "gadgets.create", "method": "POST", "path": "/gadgets", "summary": "Creates.", "query": { "reason": { "type": "string" } }, "body": { "mode": "create", "resource": "Gadget" }, "response": { "status": 201, "resource": "Gadget" } } ] }""", "KGEN0013" },
        { "a request property named like its class", """{ "operations": [ { "id": "gadgets.search", "method": "GET", "path": "/gadgets/search", "summary": "Searches.", "requestName": "Search", "query": { "search": { "type": "string" } } } ] }""", "KGEN0010" },
        { "an inline item class differing only in case from an object", $$"""{ "resources": { {{Resource}}, "Box": { "type": "boxes", "relationships": { "gadgets": { "to": "Gadget", "many": true, "inline": true, "create": "optional" } } } }, "objects": { "Newgadget": { "properties": {} } } }""", "KGEN0017" },
        { "an inline item class named like an SDK type", $$"""{ "resources": { "Gadget": { "type": "gadgets", "relationships": { "clients": { "to": "KeygenClient", "many": true, "inline": true, "create": "optional" } } } } }""", "KGEN0007" },
        { "a union over itself", """{ "resources": { "Gadget": { "type": "gadgets" } }, "unions": { "Thing": { "of": ["Gadget", "Thing"] } } }""", "KGEN0007" },
        { "a group named like a method of KeygenClient", """{ "operations": [ { "id": "withAuth.ping", "method": "GET", "path": "/with-auth-ping", "summary": "Pings." } ] }""", "KGEN0017" },
        { "a query parameter of a resource type", $$"""{ "resources": { {{Resource}} }, "operations": [ { "id": "gadgets.find", "method": "GET", "path": "/gadgets", "summary": "Finds.", "query": { "owner": { "type": "Gadget" } } } ] }""", "KGEN0007" },
        { "a 100,000-character identifier", $$"""{ "objects": { "{{new string('A', 100_000)}}": { "properties": {} } } }""", "KGEN0010" },
        { "a deprecated attribute", """{ "resources": { "Gadget": { "type": "gadgets", "attributes": { "size": { "type": "integer", "deprecated": "Use dimensions." } } } } }""", null },
        { "a path parameter named like the call options", """{ "operations": [ { "id": "gadgets.get", "method": "GET", "path": "/gadgets/{options}", "summary": "Gets.", "pathParameters": { "options": {} } } ] }""", null },
        { "a path parameter named like the call options' other name", """{ "operations": [ { "id": "gadgets.get", "method": "GET", "path": "/gadgets/{callOptions}", "summary": "Gets.", "pathParameters": { "callOptions": {} } } ] }""", null },
        { "path parameters named like both names of the call options", """{ "operations": [ { "id": "gadgets.get", "method": "GET", "path": "/gadgets/{options}/{callOptions}", "summary": "Gets.", "pathParameters": { "options": {}, "callOptions": {} } } ] }""", "KGEN0010" },
        { "query parameters named like the call options and the cancellation token", """{ "operations": [ { "id": "gadgets.find", "method": "GET", "path": "/gadgets", "summary": "Finds.", "query": { "options": { "type": "string" }, "cancellation_token": { "type": "string" }, "call_options": { "type": "string" } } } ] }""", null },
        { "an operation named like another's response twin", """{ "operations": [ { "id": "gadgets.get", "method": "GET", "path": "/gadgets/a", "summary": "Gets." }, { "id": "gadgets.getWithResponse", "method": "GET", "path": "/gadgets/b", "summary": "Gets too." } ] }""", "KGEN0013" },
        { "an operation named like a paged list's page", $$"""{ "resources": { {{Resource}} }, "operations": [ { "id": "gadgets.list", "method": "GET", "path": "/gadgets", "summary": "Lists.", "paging": true, "response": { "kind": "list", "resource": "Gadget" } }, { "id": "gadgets.listPage", "method": "GET", "path": "/gadgets/page", "summary": "Pages." } ] }""", "KGEN0013" },
        { "an extension operation named like a built-in operation's response twin", """{ "operations": [ { "id": "licenses.getWithResponse", "method": "GET", "path": "/licenses/{id}/twin", "summary": "Gets.", "pathParameters": { "id": {} } } ] }""", "KGEN0013" },
        { "events named alike ignoring case", $$"""{ "resources": { {{Resource}} }, "events": { "gadget.made": { "resource": "Gadget", "name": "GadgetMade" }, "gadget.remade": { "resource": "Gadget", "name": "Gadgetmade" } } }""", null },
        { "an event named like its class", $$"""{ "resources": { {{Resource}} }, "events": { "gadget.made": { "resource": "Gadget", "name": "KeygenExtensionEvents" } } }""", "KGEN0010" },
        { "an event named like an inherited member", $$"""{ "resources": { {{Resource}} }, "events": { "gadget.made": { "resource": "Gadget", "name": "ReferenceEquals" } } }""", "KGEN0010" },
        { "an object named like the SDK's event kinds", """{ "objects": { "KeygenEvents": { "properties": {} } } }""", "KGEN0017" },
        { "an object named like a consumer's event kinds", """{ "objects": { "KeygenExtensionevents": { "properties": {} } } }""", "KGEN0017" },
        { "a summary with a line separator", "{ \"objects\": { \"Report\": { \"summary\": \"x\\u2028[global::System.Runtime.CompilerServices.ModuleInitializer] internal static void Injected() { }\\u2028//\", \"properties\": {} } } }", null },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_hostile_seed_is_reported_at_the_users_file_or_compiles_cleanly(string seed, string schema, string? expectedId)
    {
        var build = ConsumerBuild.Run("seed.keygen.json", schema);

        Assert.DoesNotContain(build.GeneratorDiagnostics, d => !d.Id.StartsWith("KGEN", StringComparison.Ordinal));
        Assert.Null(build.Run.Results.Single().Exception);
        if (expectedId is null)
        {
            Assert.True(build.GeneratorDiagnostics.IsEmpty, $"{seed}: {ConsumerBuildResult.Describe(build.GeneratorDiagnostics)}");
            Assert.True(build.CompileProblems.Count == 0, $"{seed}:\n{ConsumerBuildResult.Describe(build.CompileProblems)}");
            return;
        }

        Assert.True(build.GeneratorDiagnostics.Any(d => d.Id == expectedId), $"{seed}: expected {expectedId}, got\n{ConsumerBuildResult.Describe(build.GeneratorDiagnostics)}");
        Assert.All(build.GeneratorDiagnostics, d => Assert.Equal("/consumer/seed.keygen.json", d.Location.GetLineSpan().Path));
        Assert.All(build.GeneratorDiagnostics, d => Assert.True(d.GetMessage().Length < 600 && !d.GetMessage().Contains('\n'), d.GetMessage()));
    }

    /// <summary>Every type and namespace the runtime has in Keygen is a name schema declarations may not take.</summary>
    [Fact]
    public void The_reserved_sdk_names_cover_the_runtime()
    {
        var runtime = typeof(Keygen.KeygenClient).Assembly;
        var names = runtime.GetTypes()
            .Where(t => t.Namespace is not null && (t.Namespace == "Keygen" || t.Namespace.StartsWith("Keygen.", StringComparison.Ordinal)))
            .Where(t => !t.IsNested && !t.Name.Contains('<') && t.GetCustomAttribute<System.CodeDom.Compiler.GeneratedCodeAttribute>() is null)
            .Select(t => t.Namespace == "Keygen" ? t.Name.Split('`')[0] : t.Namespace!.Split('.')[1])
            .Distinct()
            .ToList();
        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.True(SdkNames.IsType(name), $"'{name}' is in namespace Keygen of the runtime but not in SdkNames"));
    }
}
