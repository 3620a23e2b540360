using System;
using System.Linq;
using System.Threading;
using KeygenGen.Generator.Model;
using KeygenGen.Generator.Parsing;
using Xunit;

namespace KeygenGen.Generator.Tests.Parsing;

/// <summary>The rules a single schema file can check, each on a small inline file with exactly one mistake.</summary>
public class SchemaParserTests
{
    /// <summary>A file with a resource <c>License</c> and one operation <c>licenses.act</c> with the given extra members.</summary>
    private static string Operation(string extra, string method = "POST", string path = "/licenses")
        => $$"""
        {
          "resources": { "License": { "type": "licenses" } },
          "operations": [
            { "id": "licenses.act", "method": "{{method}}", "path": "{{path}}", "summary": "Acts."{{(extra.Length > 0 ? ", " + extra : "")}} }
          ]
        }
        """;

    /// <summary>A file with resources <c>Policy</c> and <c>License</c>, the latter with the given members.</summary>
    private static string Resource(string members)
        => $$"""{ "resources": { "Policy": { "type": "policies" }, "License": { "type": "licenses", {{members}} } } }""";

    private static string Enum(string values) => $$"""{ "enums": { "Status": { "values": {{values}} } } }""";

    /// <summary>A file with the given events, a resource License and objects LicenseCheck (which takes the data) and Note (which does not).</summary>
    private static string Event(string events, string enums = "") => $$"""
        {
          "enums": { {{enums}} },
          "objects": {
            "LicenseCheck": { "properties": { "license": { "type": "License", "source": "data" }, "ok": { "type": "boolean" } } },
            "Note": { "properties": { "text": { "type": "string" } } }
          },
          "resources": { "License": { "type": "licenses" } },
          "events": { {{events}} }
        }
        """;

    public static TheoryData<string, string, string> Cases => new()
    {
        // Operations
        { Operation("\"paging\": true, \"response\": { \"resource\": \"License\" }", "GET"), "KGEN0016", "Paging needs a list response" },
        { Operation("\"paging\": true, \"query\": { \"page[size]\": { \"type\": \"integer\" } }, \"response\": { \"kind\": \"list\", \"resource\": \"License\" }", "GET"), "KGEN0016", "gets 'page[size]' from \"paging\": true" },
        { Operation("\"body\": { \"mode\": \"meta\", \"meta\": { \"a\": { \"type\": \"string\" } } }", "GET"), "KGEN0016", "A GET request has no body" },
        { Operation("\"requestName\": \"ActLicenseRequest\""), "KGEN0016", "no request class to name" },
        { Operation("\"requestName\": \"actRequest\", \"query\": { \"a\": { \"type\": \"string\" } }"), "KGEN0010", "'actRequest' cannot be used as a request class name" },
        { Operation("\"response\": { \"kind\": \"redirect\" }", "GET"), "KGEN0016", "A \"redirect\" response needs \"status\": 303 or 307" },
        { Operation("\"response\": { \"status\": 303 }"), "KGEN0016", "Status 303 is a redirect" },
        { Operation("\"response\": { \"status\": 204, \"resource\": \"License\" }"), "KGEN0016", "Status 204 has no content" },
        { Operation("\"response\": { \"kind\": \"list\", \"resource\": \"License\", \"nullable\": true }", "GET"), "KGEN0016", "Only a single-resource response can be nullable" },
        { Operation("\"response\": { \"kind\": \"binary\", \"meta\": \"Info\" }"), "KGEN0016", "A \"binary\" response has no JSON document" },
        { Operation("\"response\": { \"kind\": \"list\" }", "GET"), "KGEN0016", "A \"list\" response needs a \"resource\"" },
        { Operation("\"response\": { \"kind\": \"none\", \"resource\": \"License\" }"), "KGEN0016", "A \"none\" response has no resource data" },
        { Operation("\"response\": { \"kind\": \"binary\", \"resource\": \"License\" }", "GET"), "KGEN0016", "A \"binary\" response has no resource data" },
        { Operation("\"response\": { \"status\": \"200\" }"), "KGEN0004", "'status' must be a number, but is a string" },
        { Operation("\"response\": { \"status\": 200.0 }"), "KGEN0012", "'200.0' is not a valid value for 'status'" },
        { Operation("\"response\": [] "), "KGEN0004", "'response' must be an object, but is an array" },
        { Operation("\"body\": { \"mode\": \"meta\", \"resource\": \"License\", \"meta\": { \"a\": { \"type\": \"string\" } } }"), "KGEN0016", "A \"meta\" body has no resource" },
        { Operation("\"body\": { \"mode\": \"meta\" }"), "KGEN0016", "A \"meta\" body needs \"meta\" fields" },
        { Operation("\"body\": { \"resource\": \"License\" }"), "KGEN0003", "The body of operation 'licenses.act' is missing the required key 'mode'" },
        { Operation("\"auth\": []"), "KGEN0012", "expected one or more of \"none\", \"token\", \"license\" or \"basic\"" },
        { Operation("\"auth\": [\"admin\"]"), "KGEN0012", "'admin' is not a valid value for 'auth'" },
        { Operation("\"auth\": [1]"), "KGEN0004", "'auth[0]' must be a string, but is a number" },
        { Operation("\"auth\": \"token\""), "KGEN0004", "'auth' must be an array, but is a string" },
        { Operation("\"accountScoped\": \"no\""), "KGEN0004", "'accountScoped' must be true or false, but is a string" },
        { Operation("\"deprecated\": true"), "KGEN0004", "'deprecated' must be a string, but is a boolean" },
        { Operation("\"pathParameters\": { \"id\": { \"required\": false } }", path: "/licenses/{id}"), "KGEN0016", "Path parameter 'id' is always required" },
        { Operation("\"pathParameters\": { \"id\": { \"nullable\": true } }", path: "/licenses/{id}"), "KGEN0016", "Path parameter 'id' cannot be null" },
        { Operation("\"pathParameters\": { \"id\": { \"type\": 1 } }", path: "/licenses/{id}"), "KGEN0004", "'type' must be a string, but is a number" },
        { Operation("\"pathParameters\": { \"id\": {} }", path: "/licenses/{id}/{id}"), "KGEN0012", "the parameter {id} appears twice" },
        { Operation(string.Empty, path: "licenses"), "KGEN0012", "it must start with '/'" },
        { Operation(string.Empty, path: "/licenses/{1d}"), "KGEN0012", "a parameter must be written {name}" },
        { Operation(string.Empty, path: "/licenses/{id"), "KGEN0012", "a parameter must be written {name}" },
        { Operation(string.Empty, path: "/licenses/{license-id}"), "KGEN0012", "a parameter must be written {name}" },
        { Operation("\"pathParameters\": { \"Class\": {} }", path: "/classes/{Class}"), "KGEN0010", "'Class' cannot be used as a path parameter name: it is a C# keyword" },
        { Operation(string.Empty, path: "/licenses/id}"), "KGEN0012", "it must not contain '}' here" },
        { Operation(string.Empty, path: "/licenses/a b"), "KGEN0012", "it must not contain ' ' here" },
        { Operation("\"query\": { \"filter\": { \"required\": true } }"), "KGEN0003", "Field 'filter' of operation 'licenses.act' is missing the required key 'type'" },
        { Operation("\"query\": { \"filter\": { \"type\": \"string\", \"optional\": true } }"), "KGEN0002", "Unknown key 'optional' in field 'filter' of operation 'licenses.act'; expected one of: type, required, nullable, summary, name, secret, source" },
        { Operation("\"query\": { \"filter\": { \"type\": \"string\", \"source\": \"other\" } }"), "KGEN0012", "'other' is not a valid value for 'source'; expected \"data\"" },
        { Operation("\"query\": { \"fingerprint\": { \"type\": \"string\", \"name\": \"fingerprint_id\" } }"), "KGEN0010", "'fingerprint_id' cannot be used as a property name" },
        { Operation("\"query\": { \"[]\": { \"type\": \"string\" } }"), "KGEN0010", "its PascalCase form '' is not a C# identifier; set \"name\"" },
        { Operation("\"query\": { \"page[size]\": { \"type\": \"integer\" }, \"pageSize\": { \"type\": \"integer\" } }"), "KGEN0013", "Property 'PageSize' is already declared at" },
        { Operation("\"query\": { \"a\": \"string\" }"), "KGEN0004", "'a' must be an object, but is a string" },
        { Operation("\"query\": { \"a\": { \"type\": \"string[][]\" } }"), "KGEN0012", "'string[][]' is not a valid value for 'type'" },
        { Operation("\"query\": { \"a\": { \"type\": \"Strange Name\" } }"), "KGEN0012", "'Strange Name' is not a valid value for 'type'" },
        { """{ "operations": [42] }""", "KGEN0004", "'operations[0]' must be an object, but is a number" },
        { """{ "operations": {} }""", "KGEN0004", "'operations' must be an array, but is an object" },
        { """{ "operations": [{ "method": "GET", "path": "/a", "summary": "S." }] }""", "KGEN0003", "Operations[0] is missing the required key 'id'" },
        { """{ "operations": [{ "id": "licenses", "method": "GET", "path": "/a", "summary": "S." }] }""", "KGEN0010", "'licenses' cannot be used as an operation id" },
        { """{ "operations": [{ "id": "a.b.c", "method": "GET", "path": "/a", "summary": "S." }] }""", "KGEN0010", "'a.b.c' cannot be used as an operation id" },
        { """{ "operations": [{ "id": "Licenses.get", "method": "GET", "path": "/a", "summary": "S." }] }""", "KGEN0010", "'Licenses.get' cannot be used as an operation id" },

        // File level
        { """{ "$schema": 1 }""", "KGEN0004", "'$schema' must be a string, but is a number" },
        { """{ "enums": [] }""", "KGEN0004", "'enums' must be an object, but is an array" },
        { """{ "models": {} }""", "KGEN0002", "Unknown key 'models' in the schema file; expected one of: $schema, enums, objects, resources, unions, events, operations" },
        { "\"text\"", "KGEN0004", "'$' must be an object, but is a string" },

        // Resources
        { Resource("\"attributes\": { \"created\": { \"type\": \"datetime\" } }"), "KGEN0010", "'created' cannot be used as an attribute name: every resource model has it already" },
        { Resource("\"attributes\": { \"id\": { \"type\": \"string\" } }"), "KGEN0010", "'id' cannot be used as an attribute name" },
        { Resource("\"attributes\": { \"secretCode\": { \"type\": \"string\", \"writeOnly\": true } }"), "KGEN0016", "write-only but accepted neither on create nor on update" },
        { Resource("\"attributes\": { \"name\": { \"type\": \"string\", \"create\": true } }"), "KGEN0004", "'create' must be a string, but is a boolean" },
        { Resource("\"attributes\": { \"name\": { \"type\": \"string\", \"name\": \"title\" } }"), "KGEN0010", "'title' cannot be used as a property name" },
        { Resource("\"attributes\": { \"name\": { \"type\": \"string\", \"deprecated\": false } }"), "KGEN0004", "'deprecated' must be a string, but is a boolean" },
        { Resource("\"attributes\": { \"2fa\": { \"type\": \"boolean\" } }"), "KGEN0010", "its PascalCase form '2fa' is not a C# identifier" },
        { Resource("\"relationships\": { \"machines\": { \"to\": \"Policy\", \"many\": true, \"nullable\": true } }"), "KGEN0016", "Relationship 'machines' is to-many, so it cannot be nullable" },
        { Resource("\"attributes\": { \"policyId\": { \"type\": \"string\" } }, \"relationships\": { \"policy\": { \"to\": \"Policy\" } }"), "KGEN0013", "Property 'PolicyId' is already declared at" },
        { Resource("\"attributes\": { \"bearerType\": { \"type\": \"string\" } }, \"relationships\": { \"bearer\": { \"to\": [\"Policy\", \"License\"] } }"), "KGEN0013", "Property 'BearerType' is already declared at" },
        { Resource("\"attributes\": { \"name\": { \"type\": \"string\" } }, \"meta\": { \"title\": { \"type\": \"string\", \"name\": \"Name\" } }"), "KGEN0013", "Property 'Name' is already declared at" },
        { Resource("\"relationships\": { \"policy\": { \"to\": [] } }"), "KGEN0012", "'[]' is not a valid value for 'to'" },
        { Resource("\"relationships\": { \"policy\": { \"to\": 1 } }"), "KGEN0004", "'to' must be a resource name or an array of resource names, but is a number" },
        { Resource("\"relationships\": { \"bearer\": { \"to\": [\"Policy\", 2] } }"), "KGEN0004", "'to[1]' must be a string, but is a number" },
        { Resource("\"relationships\": { \"bearer\": { \"to\": [\"Policy\", \"Policy\"] } }"), "KGEN0013", "Relationship target 'Policy' is already declared at" },
        { Resource("\"relationships\": { \"policy\": { \"many\": false } }"), "KGEN0003", "Relationship 'policy' of resource 'License' is missing the required key 'to'" },
        { """{ "resources": { "WebhookEndpoint": { "type": "webhookEndpoints" } } }""", "KGEN0012", "the JSON:API type in plural kebab-case" },
        { """{ "resources": { "WebhookEndpoint": { "type": "webhook--endpoints" } } }""", "KGEN0012", "the JSON:API type in plural kebab-case" },

        // Events
        { Event("\"LicenseCreated\": { \"resource\": \"License\" }"), "KGEN0012", "'LicenseCreated' is not a valid value for 'an event type'; expected dot-separated kebab-case words" },
        { Event("\"license\": { \"resource\": \"License\" }"), "KGEN0012", "'license' is not a valid value for 'an event type'" },
        { Event("\"license.created\": { \"summary\": \"S.\" }"), "KGEN0003", "Event 'license.created' is missing the required key 'resource'" },
        { Event("\"license.created\": { \"resource\": \"License\", \"payload\": 1 }"), "KGEN0002", "Unknown key 'payload' in event 'license.created'; expected one of: resource, many, meta, summary, name" },
        { Event("\"license.created\": { \"resource\": \"License\", \"many\": \"yes\" }"), "KGEN0004", "'many' must be true or false, but is a string" },
        { Event("\"license.created\": \"License\""), "KGEN0004", "'license.created' must be an object, but is a string" },
        { Event("\"license.created\": { \"resource\": \"License\", \"name\": \"created\" }"), "KGEN0010", "'created' cannot be used as an event name" },
        { Event("\"license.created\": { \"resource\": \"Policy\" }"), "KGEN0007", "'Policy' is not a declared resource" },
        { Event("\"license.created\": { \"resource\": \"LicenseCheck\" }"), "KGEN0007", "'LicenseCheck' is not a declared resource" },
        { Event("\"license.checked\": { \"resource\": \"License\", \"meta\": \"License\" }"), "KGEN0007", "'License' is not a declared object" },
        { Event("\"license.entitled\": { \"resource\": \"License\", \"many\": true, \"meta\": \"LicenseCheck\" }"), "KGEN0016", "carries a list of 'License', so it cannot carry a \"meta\" object" },
        { Event("\"license.noted\": { \"resource\": \"License\", \"meta\": \"Note\" }"), "KGEN0016", "Event 'license.noted' reads its payload as object 'Note', so the object needs a property with \"source\": \"data\" of type 'License'" },
        { Event("\"license.a-b\": { \"resource\": \"License\" }, \"license.a.b\": { \"resource\": \"License\" }"), "KGEN0013", "Event name 'LicenseAB' is already declared at" },
        { Event("\"license.created\": { \"resource\": \"License\" }", "\"WebhookEventType\": { \"values\": [\"x\"] }"), "KGEN0013", "Enum 'WebhookEventType' is already declared at" },

        // Enums and objects
        { Enum("""["A", "A"]"""), "KGEN0013", "Enum value 'A' is already declared at" },
        { Enum("""["A", { "value": "B", "name": "A" }]"""), "KGEN0013", "Enum member 'A' is already declared at" },
        { Enum("""["NO_MACHINE", "no-machine"]"""), "KGEN0013", "Enum member 'NoMachine' is already declared at" },
        { Enum("""["A", 1]"""), "KGEN0004", "'values[1]' must be a string or an object, but is a number" },
        { Enum("""[{ "name": "A" }]"""), "KGEN0003", "Values[0] of enum 'Status' is missing the required key 'value'" },
        { Enum("""[{ "value": "a", "name": "a" }]"""), "KGEN0010", "'a' cannot be used as an enum member name" },
        { Enum("""[{ "value": "a", "title": "A" }]"""), "KGEN0002", "Unknown key 'title' in values[0] of enum 'Status'; expected one of: value, name, summary" },
        { Enum("""["-"]"""), "KGEN0010", "its PascalCase form '' is not a C# identifier; write it as { \"value\": \"-\", \"name\": \"…\" }" },
        { """{ "enums": { "Status": {} } }""", "KGEN0003", "Enum 'Status' is missing the required key 'values'" },
        { """{ "enums": { "Status": [] } }""", "KGEN0004", "'Status' must be an object, but is an array" },
        { """{ "enums": { "Status_Code": { "values": [] } } }""", "KGEN0010", "'Status_Code' cannot be used as an enum name" },
        { """{ "objects": { "Info": { "properties": { "id": { "type": "string", "required": 1 } } } } }""", "KGEN0004", "'required' must be true or false, but is a number" },
        { """{ "objects": { "Info": { "fields": {} } } }""", "KGEN0002", "Unknown key 'fields' in object 'Info'; expected one of: summary, properties" },
        { """{ "objects": { "info": { "properties": {} } } }""", "KGEN0010", "'info' cannot be used as an object name" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_exactly_one_diagnostic(string json, string id, string messagePart)
    {
        var file = SchemaParser.Parse("/s/a.json", json, CancellationToken.None);
        var bound = SchemaBinder.Bind([file], CancellationToken.None);
        var diagnostic = Assert.Single(bound.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Contains(messagePart, DiagnosticText.Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void Records_where_each_piece_is_for_the_binder()
    {
        const string Text = """
            {
              "objects": { "Info": { "properties": { "code": { "type": "Code[]" } } } },
              "operations": [
                {
                  "id": "licenses.validate",
                  "method": "POST",
                  "path": "/licenses/{id}/actions/validate",
                  "summary": "Validates.",
                  "pathParameters": { "id": {} },
                  "body": { "mode": "meta", "meta": { "scope": { "type": "Scope" } } },
                  "response": { "resource": "License", "meta": "Info" }
                }
              ]
            }
            """;
        var file = SchemaParser.Parse("/s/a.json", Text, CancellationToken.None);
        Assert.Empty(file.Diagnostics);

        var info = Assert.Single(file.Objects);
        Assert.Equal(("a.json(2,16)", false), (info.NameLocation.ToDisplayString(), info.HasErrors));
        var code = Assert.Single(info.References);
        Assert.Equal(("Code", ReferenceTarget.AnyDeclaration, "a.json(2,60)"), (code.Name, code.Target, code.Location.ToDisplayString()));

        var operation = Assert.Single(file.Operations);
        Assert.Equal("a.json(5,13)", operation.IdLocation.ToDisplayString());
        Assert.Equal("a.json(7,15)", operation.RouteLocation.ToDisplayString());
        Assert.Equal("a.json(11,52)", operation.ResponseMetaLocation!.ToDisplayString());
        Assert.Equal(operation.IdLocation, operation.RequestNameLocation);
        Assert.Equal(
            new[] { ("Scope", ReferenceTarget.AnyDeclaration), ("License", ReferenceTarget.ResourceOrUnion), ("Info", ReferenceTarget.Object) },
            operation.References.Select(r => (r.Name, r.Target)));
        Assert.Equal("ValidateLicenseRequest", operation.Spec.RequestName);
    }

    [Fact]
    public void Keeps_a_declaration_with_errors_marked_and_leaves_out_an_operation_with_errors()
    {
        const string Text = """
            {
              "enums": { "Status": { "values": ["A", 1] }, "Kind": ["A"] },
              "operations": [
                { "id": "licenses.get", "method": "GET", "path": "/licenses", "summary": "Gets.", "response": { "resource": 1 } },
                { "id": "licenses.list", "method": "GET", "path": "/licenses/all", "summary": "Lists." }
              ]
            }
            """;
        var file = SchemaParser.Parse("/s/a.json", Text, CancellationToken.None);
        Assert.Equal(new[] { "KGEN0004", "KGEN0004", "KGEN0004" }, file.Diagnostics.Select(d => d.Id));
        Assert.Equal(new[] { ("Status", true, 1), ("Kind", true, 0) }, file.Enums.Select(e => (e.Spec.Name, e.HasErrors, e.Spec.Values.Count)));
        Assert.Equal("licenses.list", Assert.Single(file.Operations).Spec.Id);
    }

    [Fact]
    public void Parsing_the_same_text_twice_gives_equal_results()
    {
        // The incremental pipeline caches on this equality.
        var text = System.IO.File.ReadAllText(System.IO.Path.Combine(TestFiles.ValidSamples, "Full", "licensing.json"));
        var first = SchemaParser.Parse("/s/licensing.json", text, CancellationToken.None);
        var second = SchemaParser.Parse("/s/licensing.json", text, CancellationToken.None);
        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, SchemaParser.Parse("/s/other.json", text, CancellationToken.None));
    }

    [Fact]
    public void Orders_path_parameters_as_the_path_uses_them()
    {
        var text = Operation("\"pathParameters\": { \"machine\": {}, \"license\": { \"type\": \"string\", \"summary\": \"L.\" } }", "GET", "/licenses/{license}/machines/{machine}");
        var operation = Assert.Single(SchemaParser.Parse("/s/a.json", text, CancellationToken.None).Operations).Spec;
        Assert.Equal(new[] { "license", "machine" }, operation.PathParameters.Select(p => p.JsonName));
    }

    [Fact]
    public void Points_at_the_parameter_inside_a_path_only_when_the_path_has_no_escapes()
    {
        var plain = SchemaParser.Parse("/s/a.json", Operation(string.Empty, "GET", "/l/{id}"), CancellationToken.None);
        var escaped = SchemaParser.Parse("/s/a.json", Operation(string.Empty, "GET", "\\/l/{id}"), CancellationToken.None);
        Assert.Equal("{id}", Operation(string.Empty, "GET", "/l/{id}").Substring(Assert.Single(plain.Diagnostics).Span.Start, 4));
        Assert.Equal("\"\\/l/{id}\"", Operation(string.Empty, "GET", "\\/l/{id}").Substring(Assert.Single(escaped.Diagnostics).Span.Start, 10));
    }

    [Theory]
    [InlineData("NO_MACHINE", "NoMachine")]
    [InlineData("sales-agent", "SalesAgent")]
    [InlineData("page[size]", "PageSize")]
    [InlineData("metadata[key]", "MetadataKey")]
    [InlineData("fingerprint", "Fingerprint")]
    [InlineData("idempotencyToken", "IdempotencyToken")]
    [InlineData("webhookEndpoints", "WebhookEndpoints")]
    [InlineData("validateKey", "ValidateKey")]
    [InlineData("ED25519_SIGN", "Ed25519Sign")]
    [InlineData("ID", "Id")]
    [InlineData("15_MINUTE_REVIVE", "15MinuteRevive")]
    [InlineData("--", "")]
    public void Derives_PascalCase_names(string wireName, string expected)
        => Assert.Equal(expected, Naming.ToPascalCase(wireName));

    [Theory]
    [InlineData("/licenses", "/licenses")]
    [InlineData("/licenses/{id}", "/licenses/{}")]
    [InlineData("/licenses/{license}/machines/{machine}", "/licenses/{}/machines/{}")]
    public void Erases_parameter_names_from_route_shapes(string path, string shape)
        => Assert.Equal(shape, PathTemplate.Shape(path));

    [Fact]
    public void The_cases_cover_every_field_role_and_declaration_kind()
    {
        // A guard against the table silently shrinking: it should keep exercising every section of a file.
        var cases = Cases.Select(row => (string)row[0]).ToList();
        foreach (var section in new[] { "\"operations\"", "\"resources\"", "\"enums\"", "\"objects\"", "\"query\"", "\"pathParameters\"", "\"body\"", "\"response\"", "\"relationships\"", "\"meta\"" })
        {
            Assert.Contains(cases, c => c.Contains(section, StringComparison.Ordinal));
        }
    }
}
