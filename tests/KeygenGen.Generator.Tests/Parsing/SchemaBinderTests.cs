using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using KeygenGen.Generator.Model;
using KeygenGen.Generator.Parsing;
using KeygenGen.Generator.Tests.Infrastructure;
using Xunit;

namespace KeygenGen.Generator.Tests.Parsing;

public class SchemaBinderTests
{
    private static readonly string s_fullSample = Path.Combine(TestFiles.ValidSamples, "Full");

    private static List<(string Path, string Text)> FullSample()
        => TestFiles.SampleFiles(s_fullSample).Select(p => (p, File.ReadAllText(p))).ToList();

    private static BoundApi Bind(IEnumerable<(string Path, string Text)> files)
        => SchemaBinder.Bind(files.Select(f => SchemaParser.Parse(f.Path, f.Text, CancellationToken.None)).ToList(), CancellationToken.None);

    private static ApiSpec BindValid(IEnumerable<(string Path, string Text)> files)
    {
        var bound = Bind(files);
        Assert.True(bound.Diagnostics.Count == 0, DiagnosticText.FormatAll(bound.Diagnostics));
        SpecInvariants.AssertConsistent(bound.Spec);
        return bound.Spec;
    }

    private static OperationSpec Operation(ApiSpec spec, string id) => Assert.Single(spec.Operations, o => o.Id == id);

    [Fact]
    public void Binds_enums_with_derived_and_explicit_member_names()
    {
        var spec = BindValid(FullSample());
        Assert.Equal(new[] { "LicenseStatus", "ValidationCode" }, spec.Enums.Select(e => e.Name));
        var status = spec.Enums[0];
        Assert.Equal("The status of a license.", status.Summary);
        Assert.Equal(
            new[] { ("ACTIVE", "Active"), ("NO_MACHINE", "NoMachine"), ("sales-agent", "SalesAgent"), ("15_MINUTE_REVIVE", "Revive15Minutes") },
            status.Values.Select(v => (v.Value, v.MemberName)));
        Assert.Equal("Revived within 15 minutes.", status.Values[3].Summary);
    }

    [Fact]
    public void Binds_objects_with_resolved_types_and_the_data_source()
    {
        var spec = BindValid(FullSample());
        Assert.Equal(new[] { "LicenseValidation", "TokenInfo", "ValidationScope" }, spec.Objects.Select(o => o.Name));
        var validation = spec.Objects[0].Properties;
        Assert.Equal(new FieldSpec("license", "License", new TypeRefSpec(TypeKind.Resource, "License", false), false, true, "The license, or null when no license matched.", false, FieldSource.Data), validation[0]);
        Assert.Equal(new TypeRefSpec(TypeKind.Enum, "ValidationCode", false), validation[2].Type);
        Assert.True(validation[2].Required);
        Assert.Equal(("ScopeNames", new TypeRefSpec(TypeKind.String, null, true)), (validation[4].PropertyName, validation[4].Type));
        Assert.True(spec.Objects[2].Properties[0].Secret);
    }

    [Fact]
    public void Binds_resources_with_every_attribute_and_relationship_option()
    {
        var spec = BindValid(FullSample());
        Assert.Equal(new[] { "Account", "Artifact", "License", "Machine", "Plan", "Policy", "User", "WebhookEndpoint" }, spec.Resources.Select(r => r.Name));
        var license = spec.Resources[2];
        Assert.Equal(("licenses", "A license grants a user access to a product."), (license.JsonApiType, license.Summary));

        var attributes = license.Attributes.ToDictionary(a => a.JsonName);
        Assert.Equal(new AttributeSpec("name", "Name", new TypeRefSpec(TypeKind.String, null, false), true, "A human-readable name.", Presence.Optional, true, false, false, null), attributes["name"]);
        Assert.Equal(new AttributeSpec("password", "Password", new TypeRefSpec(TypeKind.String, null, false), false, null, Presence.Optional, true, true, true, null), attributes["password"]);
        Assert.Equal(new AttributeSpec("status", "Status", new TypeRefSpec(TypeKind.Enum, "LicenseStatus", false), false, "Computed from expiry and validation.", Presence.No, false, false, false, null), attributes["status"]);
        Assert.Equal("Use the policy's protection.", attributes["protected"].Deprecated);
        Assert.Equal(Presence.Required, attributes["expiry"].Create);
        Assert.Equal(
            new[] { TypeKind.Integer, TypeKind.Int64, TypeKind.Number, TypeKind.JsonObject, TypeKind.Any, TypeKind.Enum, TypeKind.DateTime },
            new[] { "uses", "maxUses", "ratio", "metadata", "extra", "codes", "expiry" }.Select(n => attributes[n].Type.Kind));
        Assert.True(attributes["codes"].Type.IsArray);

        Assert.Equal(
            new[]
            {
                new RelationshipSpec("policy", "PolicyId", Strings("Policy"), false, false, "The policy the license implements.", Presence.Required, false, false),
                new RelationshipSpec("owner", "OwnerId", Strings("User"), false, true, null, Presence.Optional, true, false),
                new RelationshipSpec("bearer", "BearerId", Strings("User", "Policy", "License"), false, false, null, Presence.No, false, false),
                new RelationshipSpec("machines", "Machines", Strings("Machine"), true, false, null, Presence.No, false, false),
            },
            license.Relationships);
        Assert.Equal("IdempotencyToken", Assert.Single(license.Meta).PropertyName);
    }

    [Fact]
    public void Binds_unions_inline_relationships_create_many_bodies_and_name_overrides()
    {
        var spec = BindValid(FullSample());
        Assert.Equal(new UnionSpec("Bearer", "Whoever holds the credentials.", Strings("User", "License")), Assert.Single(spec.Unions));
        Assert.Equal(new ResponseSpec(200, ResponseKind.Single, "Bearer", false, null), Operation(spec, "profile.me").Response);

        var account = Assert.Single(spec.Resources, r => r.Name == "Account");
        Assert.Equal("DisplayName", Assert.Single(account.Attributes).PropertyName);
        Assert.Equal(
            new[]
            {
                new RelationshipSpec("plan", "ChosenPlanId", Strings("Plan"), false, false, null, Presence.Required, false, false),
                new RelationshipSpec("admins", "Admins", Strings("User"), true, false, "The first admins, created with the account.", Presence.Required, false, true),
            },
            account.Relationships);

        var import = Operation(spec, "machines.import");
        Assert.Equal((BodyMode.CreateMany, "Machine"), (import.Body!.Mode, import.Body.Resource));
        Assert.Equal("ImportMachineRequest", import.RequestName);
        Assert.Equal("CreateAccountRequest", Operation(spec, "accounts.create").RequestName);
    }

    [Fact]
    public void A_union_is_a_type_and_a_response_resource_but_not_a_body_resource()
    {
        const string Text = """
            {
              "resources": { "User": { "type": "users" }, "License": { "type": "licenses" } },
              "unions": { "Bearer": { "of": ["User", "License"] } },
              "objects": { "Session": { "properties": { "bearer": { "type": "Bearer", "source": "data" }, "all": { "type": "Bearer[]" } } } },
              "operations": [
                { "id": "profile.me", "method": "GET", "path": "/me", "summary": "Me.", "response": { "resource": "Bearer", "meta": "Session" } },
                { "id": "profile.all", "method": "PUT", "path": "/all", "summary": "All.", "response": { "kind": "list", "resource": "Bearer" } }
              ]
            }
            """;
        var spec = BindValid([("/s/a.json", Text)]);
        Assert.Equal(
            new[] { new TypeRefSpec(TypeKind.Union, "Bearer", false), new TypeRefSpec(TypeKind.Union, "Bearer", true) },
            Assert.Single(spec.Objects).Properties.Select(p => p.Type));
        Assert.Equal(2, spec.Operations.Count);

        var misuse = Bind([("/s/a.json", Text.Replace("\"response\": { \"kind\": \"list\", \"resource\": \"Bearer\" }", "\"body\": { \"mode\": \"toOne\", \"resource\": \"Bearer\" }", StringComparison.Ordinal))]);
        Assert.Equal("'Bearer' is not a declared resource", DiagnosticText.Message(Assert.Single(misuse.Diagnostics)));
    }

    [Fact]
    public void Binds_operations_in_id_order_with_every_body_mode_and_response_kind()
    {
        var spec = BindValid(FullSample());
        var ids = spec.Operations.Select(o => o.Id).ToList();
        Assert.Equal(ids.OrderBy(i => i, StringComparer.Ordinal), ids);
        Assert.Equal(18, ids.Count);

        Assert.Equal(
            Enum.GetValues<BodyMode>().OrderBy(m => m),
            spec.Operations.Where(o => o.Body is not null).Select(o => o.Body!.Mode).Distinct().OrderBy(m => m));
        Assert.Equal(
            Enum.GetValues<ResponseKind>().OrderBy(k => k),
            spec.Operations.Select(o => o.Response.Kind).Distinct().OrderBy(k => k));
    }

    [Fact]
    public void Applies_the_operation_defaults()
    {
        var spec = BindValid(FullSample());
        var create = Operation(spec, "licenses.create");
        Assert.Equal(("Licenses", "Create", HttpMethodKind.Post, true), (create.Group, create.MethodName, create.Method, create.AccountScoped));
        Assert.Equal(new[] { AuthKind.Token }, create.Auth);
        Assert.Equal(new ResponseSpec(201, ResponseKind.Single, "License", false, null), create.Response);
        Assert.Equal("CreateLicenseRequest", create.RequestName);

        var get = Operation(spec, "licenses.get");
        Assert.Equal(new ResponseSpec(200, ResponseKind.Single, "License", false, null), get.Response);
        Assert.Equal(new FieldSpec("id", "Id", new TypeRefSpec(TypeKind.String, null, false), true, false, "The license id or key.", false, FieldSource.Member), Assert.Single(get.PathParameters));
        Assert.Null(get.RequestName);
        Assert.Equal("The id may also be the license key.", get.Description);

        var delete = Operation(spec, "licenses.delete");
        Assert.Equal(new ResponseSpec(204, ResponseKind.None, null, false, null), delete.Response);
        Assert.Null(delete.Body);

        Assert.Equal(new ResponseSpec(200, ResponseKind.Binary, null, false, null), Operation(spec, "licenses.checkOut").Response);
        var download = Operation(spec, "artifacts.download");
        Assert.Equal(new ResponseSpec(303, ResponseKind.Redirect, "Artifact", false, null), download.Response);
        Assert.Equal(("artifact_id", "ArtifactId"), (download.PathParameters[0].JsonName, download.PathParameters[0].PropertyName));
        Assert.Equal(("", "Accounts", "Get"), (Operation(spec, "accounts.get").Path, Operation(spec, "accounts.get").Group, Operation(spec, "accounts.get").MethodName));
        Assert.Equal("licenses.delete", Operation(spec, "licenses.revoke").Deprecated);
    }

    [Fact]
    public void Binds_action_list_and_account_less_operations()
    {
        var spec = BindValid(FullSample());
        var validate = Operation(spec, "licenses.validateKey");
        Assert.Equal(new[] { AuthKind.None, AuthKind.Token, AuthKind.License }, validate.Auth);
        Assert.Equal(new ResponseSpec(200, ResponseKind.Single, "License", true, "LicenseValidation"), validate.Response);
        Assert.Equal("ValidateLicenseKeyRequest", validate.RequestName);
        Assert.Equal(BodyMode.Meta, validate.Body!.Mode);
        Assert.Equal(new[] { ("Key", true, true), ("Scope", false, false) }, validate.Body.Meta.Select(f => (f.PropertyName, f.Required, f.Secret)));
        Assert.Equal(new TypeRefSpec(TypeKind.Object, "ValidationScope", false), validate.Body.Meta[1].Type);

        var list = Operation(spec, "licenses.list");
        Assert.True(list.Paging);
        Assert.Equal(new[] { ("status", "Status"), ("metadata[key]", "MetadataKey"), ("expires[in]", "ExpiresWithin") }, list.Query.Select(q => (q.JsonName, q.PropertyName)));
        Assert.Equal(TypeKind.Enum, list.Query[0].Type.Kind);
        Assert.Equal("ListLicensesRequest", list.RequestName);

        var plans = Operation(spec, "plans.list");
        Assert.Equal((false, "ListPlansRequest"), (plans.AccountScoped, plans.RequestName));
        Assert.Equal(new[] { AuthKind.None }, plans.Auth);

        var endpoints = Operation(spec, "webhookEndpoints.create");
        Assert.Equal(("WebhookEndpoints", "CreateWebhookEndpointRequest"), (endpoints.Group, endpoints.RequestName));

        var changePolicy = Operation(spec, "licenses.changePolicy");
        Assert.Equal((BodyMode.ToOne, "Policy", "ChangePolicyLicenseRequest"), (changePolicy.Body!.Mode, changePolicy.Body.Resource, changePolicy.RequestName));
        Assert.Equal("license", Assert.Single(changePolicy.PathParameters).JsonName);
    }

    [Fact]
    public void Whitespace_only_edits_give_an_equal_spec()
    {
        var original = FullSample();
        var reformatted = original.Select(f => (f.Path, Reformat(f.Text))).ToList();
        Assert.NotEqual(original.Select(f => f.Text), reformatted.Select(f => f.Item2));

        var parsedOriginal = SchemaParser.Parse(original[0].Path, original[0].Text, CancellationToken.None);
        var parsedReformatted = SchemaParser.Parse(reformatted[0].Path, reformatted[0].Item2, CancellationToken.None);
        Assert.NotEqual(parsedOriginal, parsedReformatted);

        var before = BindValid(original);
        var after = BindValid(reformatted);
        Assert.Equal(before, after);
        Assert.Equal(before.GetHashCode(), after.GetHashCode());
    }

    [Fact]
    public void A_real_edit_gives_a_different_spec()
    {
        var original = FullSample();
        var edited = original.Select(f => (f.Path, f.Text.Replace("Creates a license.", "Creates a new license.", StringComparison.Ordinal))).ToList();
        Assert.NotEqual(BindValid(original), BindValid(edited));
    }

    [Fact]
    public void The_order_of_the_files_does_not_matter()
    {
        var files = FullSample();
        Assert.Equal(Bind(files), Bind(Enumerable.Reverse(files)));
    }

    [Fact]
    public void The_spec_holds_no_positions()
    {
        var forbidden = new[] { typeof(Microsoft.CodeAnalysis.Text.TextSpan), typeof(Microsoft.CodeAnalysis.Text.LinePositionSpan), typeof(SchemaLocation) };
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>([typeof(ApiSpec)]);
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (!seen.Add(type))
            {
                continue;
            }

            Assert.DoesNotContain(type, forbidden);
            foreach (var property in type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
            {
                pending.Push(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType);
            }

            foreach (var argument in type.GetGenericArguments())
            {
                pending.Push(argument);
            }
        }

        Assert.Contains(typeof(FieldSpec), seen);
    }

    [Fact]
    public void Binds_events_in_file_order_as_the_values_of_the_event_type_enum()
    {
        var a = ("/s/a.json", """
            {
              "objects": { "Check": { "properties": { "license": { "type": "License", "source": "data" }, "ok": { "type": "boolean" } } } },
              "resources": { "License": { "type": "licenses" }, "Grant": { "type": "grants" } },
              "events": {
                "license.created": { "resource": "License", "summary": "A license was created." },
                "license.grants.attached": { "resource": "Grant", "many": true },
                "license.checked": { "resource": "License", "meta": "Check", "name": "Checked" }
              }
            }
            """);
        var b = ("/s/b.json", """
            {
              "objects": { "Filter": { "properties": { "events": { "type": "WebhookEventType[]" } } } },
              "events": { "grant.created": { "resource": "Grant" } }
            }
            """);

        var spec = BindValid([b, a]);

        Assert.Equal(
            new[]
            {
                new EventSpec("license.created", "LicenseCreated", "A license was created.", "License", false, null),
                new EventSpec("license.grants.attached", "LicenseGrantsAttached", null, "Grant", true, null),
                new EventSpec("license.checked", "Checked", null, "License", false, "Check"),
                new EventSpec("grant.created", "GrantCreated", null, "Grant", false, null),
            },
            spec.Events);
        var types = Assert.Single(spec.Enums);
        Assert.Equal((EventSpec.TypeEnumName, EventSpec.TypeEnumSummary), (types.Name, types.Summary));
        Assert.Equal(
            new[] { ("*", "All"), ("license.created", "LicenseCreated"), ("license.grants.attached", "LicenseGrantsAttached"), ("license.checked", "Checked"), ("grant.created", "GrantCreated") },
            types.Values.Select(v => (v.Value, v.MemberName)));
        Assert.Equal(new TypeRefSpec(TypeKind.Enum, EventSpec.TypeEnumName, true), Assert.Single(spec.Objects, o => o.Name == "Filter").Properties[0].Type);
    }

    [Fact]
    public void An_event_type_is_declared_once_and_the_repeat_is_reported()
    {
        var a = ("/s/a.json", """{ "resources": { "License": { "type": "licenses" } }, "events": { "license.created": { "resource": "License" } } }""");
        var b = ("/s/b.json", """{ "events": { "license.created": { "resource": "License", "summary": "Again." } } }""");

        var bound = Bind([b, a]);

        var diagnostic = Assert.Single(bound.Diagnostics);
        Assert.Equal(("KGEN0013", "/s/b.json"), (diagnostic.Id, diagnostic.FilePath));
        Assert.Equal("Event 'license.created' is already declared at a.json(1,67)", DiagnosticText.Message(diagnostic));
        Assert.Null(Assert.Single(bound.Spec.Events).Summary);
    }

    [Fact]
    public void An_event_whose_resource_is_unusable_is_dropped_but_stays_an_event_type()
    {
        const string Text = """
            {
              "resources": { "License": { "type": "licenses", "attributes": { "status": { "type": "Missing" } } } },
              "events": { "license.created": { "resource": "License" } }
            }
            """;

        var bound = Bind([("/s/a.json", Text)]);

        Assert.Equal("KGEN0007", Assert.Single(bound.Diagnostics).Id);
        Assert.Empty(bound.Spec.Events);
        Assert.Equal(new[] { "*", "license.created" }, Assert.Single(bound.Spec.Enums).Values.Select(v => v.Value));
    }

    [Fact]
    public void A_reference_files_events_are_bound_against_but_not_emitted()
    {
        var sdk = SchemaParser.Parse("/sdk/a.json", """{ "resources": { "License": { "type": "licenses" } }, "events": { "license.created": { "resource": "License" } } }""", CancellationToken.None) with { IsReference = true };
        var own = SchemaParser.Parse("/app/b.json", """{ "events": { "license.transferred": { "resource": "License" } } }""", CancellationToken.None);

        var bound = SchemaBinder.Bind([sdk, own], CancellationToken.None);

        Assert.Empty(bound.Diagnostics);
        Assert.Equal("license.transferred", Assert.Single(bound.Spec.Events).Type);
        Assert.Contains(EventSpec.TypeEnumName, bound.Spec.ReferenceDeclarations);
    }

    [Fact]
    public void The_first_declaration_by_file_path_wins_and_the_repeat_is_reported()
    {
        var a = ("/s/a.json", """{ "enums": { "Status": { "values": ["A"] } } }""");
        var b = ("/s/b.json", """{ "resources": { "Status": { "type": "statuses" } } }""");
        var bound = Bind([b, a]);
        var diagnostic = Assert.Single(bound.Diagnostics);
        Assert.Equal(("KGEN0013", "/s/b.json"), (diagnostic.Id, diagnostic.FilePath));
        Assert.Equal("Resource 'Status' is already declared at a.json(1,14)", DiagnosticText.Message(diagnostic));
        Assert.Equal("A", Assert.Single(Assert.Single(bound.Spec.Enums).Values).Value);
        Assert.Empty(bound.Spec.Resources);
    }

    [Fact]
    public void A_declaration_with_errors_drops_what_uses_it_without_more_diagnostics()
    {
        const string Text = """
            {
              "enums": { "Window": { "values": ["FOREVER", "15_MINUTES"] } },
              "objects": { "Info": { "properties": { "window": { "type": "Window[]" } } } },
              "resources": {
                "Grant": { "type": "grants", "attributes": { "info": { "type": "Info" } } },
                "Plain": { "type": "plains" }
              },
              "operations": [
                { "id": "grants.get", "method": "GET", "path": "/grants", "summary": "Gets.", "response": { "resource": "Grant" } },
                { "id": "plains.get", "method": "GET", "path": "/plains", "summary": "Gets.", "response": { "resource": "Plain" } }
              ]
            }
            """;
        var bound = Bind([("/s/a.json", Text)]);
        Assert.Equal("KGEN0010", Assert.Single(bound.Diagnostics).Id);
        Assert.Empty(bound.Spec.Enums);
        Assert.Empty(bound.Spec.Objects);
        Assert.Equal("Plain", Assert.Single(bound.Spec.Resources).Name);
        Assert.Equal("plains.get", Assert.Single(bound.Spec.Operations).Id);
    }

    [Fact]
    public void An_unknown_reference_drops_its_declaration_and_what_uses_it()
    {
        const string Text = """
            {
              "objects": { "Info": { "properties": { "owner": { "type": "Owner" } } } },
              "operations": [
                { "id": "infos.get", "method": "GET", "path": "/infos", "summary": "Gets.", "response": { "meta": "Info" } }
              ]
            }
            """;
        var bound = Bind([("/s/a.json", Text)]);
        Assert.Equal("'Owner' is not a declared enum, object, resource or union", DiagnosticText.Message(Assert.Single(bound.Diagnostics)));
        Assert.Equal(ApiSpec.Empty, bound.Spec);
    }

    [Fact]
    public void Unknown_names_are_not_reported_while_a_file_is_not_valid_json()
    {
        // The broken file may well declare them; one KGEN0001 is the whole story until it is fixed.
        var broken = ("/s/a.json", """{ "resources": { "License": { "type": "licenses", } } }""");
        var user = ("/s/b.json", """{ "objects": { "Info": { "properties": { "l": { "type": "License" } } } } }""");
        var bound = Bind([broken, user]);
        Assert.Equal("KGEN0001", Assert.Single(bound.Diagnostics).Id);
        Assert.Equal(ApiSpec.Empty, bound.Spec);

        var fixedFile = ("/s/a.json", """{ "resources": { "Licence": { "type": "licenses" } } }""");
        Assert.Equal("KGEN0007", Assert.Single(Bind([fixedFile, user]).Diagnostics).Id);
    }

    [Fact]
    public void A_reference_must_name_a_declaration_of_the_right_kind()
    {
        const string Text = """
            {
              "resources": { "License": { "type": "licenses" } },
              "operations": [
                { "id": "licenses.get", "method": "GET", "path": "/licenses", "summary": "Gets.", "response": { "resource": "License", "meta": "License" } }
              ]
            }
            """;
        var bound = Bind([("/s/a.json", Text)]);
        Assert.Equal("'License' is not a declared object", DiagnosticText.Message(Assert.Single(bound.Diagnostics)));
        Assert.Empty(bound.Spec.Operations);
        Assert.Single(bound.Spec.Resources);
    }

    [Fact]
    public void Request_class_names_must_not_collide()
    {
        const string Text = """
            {
              "resources": { "License": { "type": "licenses" } },
              "operations": [
                { "id": "licenses.list", "method": "GET", "path": "/licenses", "summary": "Lists.", "paging": true, "response": { "kind": "list", "resource": "License" } },
                { "id": "licenses.all", "method": "GET", "path": "/licenses/all", "summary": "Lists.", "paging": true, "response": { "kind": "list", "resource": "License" }, "requestName": "ListLicensesRequest" },
                { "id": "licenses.find", "method": "GET", "path": "/licenses/find", "summary": "Finds.", "paging": true, "response": { "kind": "list", "resource": "License" }, "requestName": "License" }
              ]
            }
            """;
        var bound = Bind([("/s/a.json", Text)]);
        Assert.Equal(
            new[]
            {
                "KGEN0013 a.json(5,178)-(5,199): Request class 'ListLicensesRequest' is already declared at a.json(4,13)",
                "KGEN0013 a.json(6,180)-(6,189): Request class 'License' is already declared at a.json(2,18)",
            },
            SchemaDiagnostics.Of(bound).Select(DiagnosticText.Format));
    }

    [Fact]
    public void A_data_property_of_a_list_response_must_be_an_array()
    {
        const string Text = """
            {
              "objects": { "Page": { "properties": { "items": { "type": "License", "source": "data" } } } },
              "resources": { "License": { "type": "licenses" } },
              "operations": [
                { "id": "licenses.list", "method": "GET", "path": "/licenses", "summary": "Lists.", "response": { "kind": "list", "resource": "License", "meta": "Page" } }
              ]
            }
            """;
        var bound = Bind([("/s/a.json", Text)]);
        Assert.Equal(
            "Object 'Page' takes its property 'items' (License) from the response data, but operation 'licenses.list' returns 'License[]'",
            DiagnosticText.Message(Assert.Single(bound.Diagnostics)));
        Assert.Empty(bound.Spec.Operations);
    }

    [Fact]
    public void The_same_path_with_and_without_the_account_is_not_a_duplicate_route()
    {
        const string Text = """
            {
              "operations": [
                { "id": "plans.list", "method": "GET", "path": "/plans", "summary": "Lists.", "accountScoped": false },
                { "id": "accountPlans.list", "method": "GET", "path": "/plans", "summary": "Lists." },
                { "id": "accountPlans.add", "method": "POST", "path": "/plans", "summary": "Adds." }
              ]
            }
            """;
        Assert.Equal(3, BindValid([("/s/a.json", Text)]).Operations.Count);
    }

    [Fact]
    public void No_input_makes_the_parser_or_binder_throw()
    {
        // Every proper prefix and every one-character deletion of a valid file: all kinds of broken JSON and schema.
        var (path, text) = FullSample().Single(f => f.Path.EndsWith("licensing.json", StringComparison.Ordinal));
        var variants = Enumerable.Range(0, text.Length).Select(i => text.Substring(0, i))
            .Concat(Enumerable.Range(0, text.Length).Where(i => !char.IsWhiteSpace(text[i])).Select(i => text.Remove(i, 1)));
        foreach (var variant in variants)
        {
            var bound = Bind([(path, variant)]);
            SpecInvariants.AssertConsistent(bound.Spec);
            foreach (var diagnostic in bound.Diagnostics)
            {
                Assert.InRange(diagnostic.Span.End, 0, variant.Length);
                Assert.False(string.IsNullOrEmpty(DiagnosticText.Message(diagnostic)));
            }
        }
    }

    [Fact]
    public void Stops_when_cancelled()
    {
        var files = FullSample().Select(f => SchemaParser.Parse(f.Path, f.Text, CancellationToken.None)).ToList();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => SchemaBinder.Bind(files, cancelled.Token));
        Assert.Throws<OperationCanceledException>(() => SchemaParser.Parse("a.json", FullSample()[0].Text, cancelled.Token));
    }

    private static KeygenGen.Generator.Helpers.ImmutableEquatableArray<string> Strings(params string[] values) => new(values);

    /// <summary>Removes all whitespace between tokens, then puts a line break and indent after every , { and [.</summary>
    private static string Reformat(string json)
    {
        var result = new StringBuilder();
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                result.Append(c);
                if (c == '\\')
                {
                    result.Append(json[++i]);
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            result.Append(c);
            inString = c == '"';
            if (c is ',' or '{' or '[')
            {
                result.Append("\n    ");
            }
        }

        return result.ToString();
    }
}
