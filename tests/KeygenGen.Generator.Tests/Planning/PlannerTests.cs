using System.Linq;
using System.Threading;
using KeygenGen.Generator.Model;
using KeygenGen.Generator.Parsing;
using KeygenGen.Generator.Planning;
using KeygenGen.Generator.Tests.Parsing;
using Xunit;

namespace KeygenGen.Generator.Tests.Planning;

/// <summary>The decisions the planner makes once, read off the plan of a small schema (the snapshots show how they are written).</summary>
public sealed class PlannerTests
{
    private const string Schema = """
        {
          "objects": { "Check": { "properties": {
            "valid": { "type": "boolean", "required": true },
            "scope": { "type": "Scope" },
            "note": { "type": "string", "required": true, "secret": true },
            "widget": { "type": "Widget", "source": "data", "nullable": true } } },
            "Scope": { "properties": { "fingerprint": { "type": "string" } } } },
          "resources": {
            "Owner": { "type": "owners" },
            "Widget": { "type": "widgets",
              "attributes": {
                "name": { "type": "string", "create": "required", "update": true },
                "note": { "type": "string", "nullable": true, "create": "optional", "update": true },
                "key": { "type": "string", "create": "optional", "secret": true },
                "password": { "type": "string", "create": "optional", "writeOnly": true, "secret": true },
                "status": { "type": "string" } },
              "relationships": {
                "owner": { "to": "Owner", "nullable": true, "create": "required", "update": true },
                "holder": { "to": ["Owner", "Widget"], "create": "optional" } } }
          },
          "events": {
            "widget.created": { "resource": "Widget" },
            "widget.owners.attached": { "resource": "Owner", "many": true },
            "widget.checked": { "resource": "Widget", "meta": "Check" }
          },
          "operations": [
            { "id": "widgets.create", "method": "POST", "path": "/widgets", "summary": "Creates a widget.",
              "body": { "mode": "create", "resource": "Widget" }, "response": { "status": 201, "resource": "Widget" } },
            { "id": "widgets.update", "method": "PATCH", "path": "/widgets/{id}", "summary": "Updates a widget.",
              "pathParameters": { "id": {} }, "body": { "mode": "update", "resource": "Widget" }, "response": { "resource": "Widget" } },
            { "id": "widgets.check", "method": "POST", "path": "/widgets/{key}/check", "summary": "Checks a widget.",
              "pathParameters": { "key": { "secret": true } },
              "query": { "token": { "type": "string", "secret": true } },
              "body": { "mode": "meta", "meta": { "nonce": { "type": "string", "secret": true }, "count": { "type": "integer" } } },
              "response": { "resource": "Widget", "nullable": true, "meta": "Check" } },
            { "id": "widgets.list", "method": "GET", "path": "/widgets", "summary": "Lists widgets.", "paging": true,
              "response": { "kind": "list", "resource": "Widget" } },
            { "id": "widgets.changeOwner", "method": "PUT", "path": "/widgets/{id}/relationships/owner", "summary": "Changes the owner.",
              "pathParameters": { "id": {} }, "body": { "mode": "toOne", "resource": "Owner" }, "response": { "resource": "Widget" } },
            { "id": "widgets.download", "method": "GET", "path": "/widgets/{id}/download", "summary": "Gets a widget and its download URL.",
              "pathParameters": { "id": {} }, "response": { "status": 303, "kind": "redirect", "resource": "Widget" } },
            { "id": "widgets.locate", "method": "GET", "path": "/widgets/{id}/location", "summary": "Gets where a widget is.",
              "pathParameters": { "id": {} }, "response": { "status": 303, "kind": "redirect" } }
          ]
        }
        """;

    private static readonly ApiPlan s_plan = Plan(Schema);

    [Fact]
    public void A_create_request_has_the_create_writable_members_required_or_optional()
    {
        var request = s_plan.Request("CreateWidgetRequest")!;

        Assert.Equal(
            [
                ("Name", "attributes.name", RequestPresence.Required, "string"),
                ("Note", "attributes.note", RequestPresence.Optional, "string?"),
                ("Key", "attributes.key", RequestPresence.Optional, "string?"),
                ("Password", "attributes.password", RequestPresence.Optional, "string?"),
                ("OwnerId", "relationships.owner", RequestPresence.Required, "string"),
                ("HolderId", "relationships.holder", RequestPresence.Optional, "string?"),
                ("HolderType", "relationships.holder.type", RequestPresence.Optional, "string?"),
            ],
            request.Members.Select(m => (m.Name, m.WirePath, m.Presence, m.CSharpType)));
        Assert.True(request.IsRequired);
        Assert.Equal("owners", request.Members.Single(m => m.Name == "OwnerId").Linkage!.TargetType);
        Assert.Equal("HolderType", request.Members.Single(m => m.Name == "HolderId").Linkage!.TypeProperty);
        Assert.Equal(["Key", "Password"], request.Members.Where(m => m.Secret).Select(m => m.Name));
    }

    [Fact]
    public void An_update_request_has_the_update_writable_members_each_a_patch_tri_state()
    {
        var request = s_plan.Request("UpdateWidgetRequest")!;

        Assert.Equal(
            [
                ("Name", "global::Keygen.Serialization.Optional<string>", false),
                ("Note", "global::Keygen.Serialization.Optional<string?>", true),
                ("OwnerId", "global::Keygen.Serialization.Optional<string?>", true),
            ],
            request.Members.Select(m => (m.Name, m.CSharpType, m.AcceptsNull)));
        Assert.All(request.Members, m => Assert.Equal(RequestPresence.Patch, m.Presence));
        Assert.False(request.IsRequired);
        Assert.Equal(BodySource.RequestOrEmpty, s_plan.Method("widgets.update")!.Body);
    }

    [Fact]
    public void Model_properties_are_nullable_when_the_schema_says_so_or_the_value_has_no_safe_default()
    {
        var check = s_plan.Objects.Single(o => o.Name == "Check");

        Assert.Equal(
            [
                ("Valid", "bool", (string?)null),
                ("Scope", "global::Keygen.Scope?", null),
                ("Note", "string", "string.Empty"),
                ("Widget", "global::Keygen.Widget?", null),
            ],
            check.Properties.Select(p => (p.Name, p.CSharpType, p.Initializer)));
        Assert.Equal("Widget", check.DataProperty!.Name);
        Assert.Equal(["Valid"], check.Properties.Where(p => p.ShownInToString).Select(p => p.Name));
    }

    [Fact]
    public void A_model_has_its_readable_attributes_then_the_timestamps()
    {
        var widget = s_plan.Resources.Single(r => r.Name == "Widget");

        Assert.Equal(["Name", "Note", "Key", "Status", "Created", "Updated"], widget.Attributes.Select(a => a.Name));
        Assert.Equal([("OwnerId", null, "owners"), ("HolderId", "HolderType", null)], widget.Relationships.Select(r => (r.IdProperty, r.TypeProperty, r.TargetType)));
    }

    [Fact]
    public void A_method_has_its_parameters_in_order_and_redacts_the_secret_string_inputs()
    {
        var check = s_plan.Method("widgets.check")!;

        Assert.Equal(
            [
                ("key", ParameterRole.Path, null), ("request", ParameterRole.Request, "null"), ("options", ParameterRole.CallOptions, null),
                ("cancellationToken", ParameterRole.CancellationToken, "default"),
            ],
            check.Parameters.Select(p => (p.Name, p.Role, p.DefaultValue)));
        Assert.Equal(("CheckWithResponse", "CreateCheckRequest", "ReadCheckResult"), (check.WithResponseName, check.RequestFactoryName, check.ResultReaderName));
        Assert.Equal([("key", null), ("request", "Token"), ("request", "Nonce")], check.Redacted.Select(r => (r.Parameter, r.Property)));
        Assert.Equal(BodySource.RequestWhenGiven, check.Body);
        Assert.Equal("global::Keygen.Check", check.Response.ResultType);
        Assert.True(check.Response.Meta!.TakesData);
    }

    [Fact]
    public void A_redirect_with_a_resource_returns_it_with_the_location_and_one_without_returns_the_location()
    {
        var download = s_plan.Method("widgets.download")!.Response;
        var locate = s_plan.Method("widgets.locate")!.Response;

        Assert.Equal((false, "global::Keygen.Serialization.KeygenRedirect<global::Keygen.Widget>"), (download.LocationOnly, download.ResultType));
        Assert.Equal((true, "global::System.Uri"), (locate.LocationOnly, locate.ResultType));
    }

    [Fact]
    public void The_call_options_parameter_yields_its_name_to_an_input_named_options()
    {
        var plan = Plan(
            """
            {
              "operations": [
                { "id": "widgets.tune", "method": "POST", "path": "/widgets/{options}/actions/tune", "summary": "Tunes.", "pathParameters": { "options": {} } }
              ]
            }
            """);

        Assert.Equal(["options", "callOptions", "cancellationToken"], plan.Clients.Single().Methods.Single().Parameters.Select(p => p.Name));
    }

    [Fact]
    public void A_relationship_change_takes_the_linked_id_and_a_paged_list_gets_paging_members()
    {
        var changeOwner = s_plan.Method("widgets.changeOwner")!;
        var list = s_plan.Method("widgets.list")!;

        Assert.Equal(("ownerId", "string?"), changeOwner.Parameters.Where(p => p.Role == ParameterRole.LinkedId).Select(p => (p.Name, p.CSharpType)).Single());
        Assert.Equal((BodySource.LinkedId, "owners"), (changeOwner.Body, changeOwner.BodyType));
        Assert.True(list.Paged);
        Assert.Equal("ListPageWithResponse", list.WithResponseName);
        Assert.Equal(
            [("PageSize", "page[size]"), ("PageNumber", "page[number]"), ("Limit", "limit")],
            s_plan.Request(list.Request!.ClassName)!.Members.Select(m => (m.Name, m.JsonName)));
    }

    [Fact]
    public void Each_event_is_typed_by_what_its_payload_carries_and_read_by_the_generated_converters()
    {
        var events = s_plan.Events!;

        Assert.Equal(("KeygenEvents", "KeygenEvents.g.cs", false), (events.ClassName, events.HintName, events.Extends));
        Assert.Equal(
            [
                ("WidgetCreated", EventPayloadKind.Resource, "global::Keygen.Widget", "global::Keygen.Serialization.Converters.WidgetJsonConverter", (string?)null),
                ("WidgetOwnersAttached", EventPayloadKind.Resources, "global::System.Collections.Generic.IReadOnlyList<global::Keygen.Owner>", "global::Keygen.Serialization.Converters.OwnerJsonConverter", null),
                ("WidgetChecked", EventPayloadKind.Meta, "global::Keygen.Check", "global::Keygen.Serialization.Converters.WidgetJsonConverter", "global::Keygen.Serialization.Converters.CheckJsonConverter"),
            ],
            events.Events.Select(e => (e.MemberName, e.Payload, e.DataType, e.ResourceConverter, e.MetaConverter)));
        Assert.Equal(
            ["*", "widget.created", "widget.owners.attached", "widget.checked"],
            s_plan.Enums.Single(e => e.Name == "WebhookEventType").Values.Select(v => v.Value));
    }

    [Fact]
    public void An_extending_build_plans_only_its_own_files_and_extends_the_sdk_groups()
    {
        const string Extension = """
            {
              "resources": { "Gizmo": { "type": "gizmos", "relationships": { "widget": { "to": "Widget", "create": "required" } } } },
              "events": { "gizmo.created": { "resource": "Gizmo" } },
              "operations": [
                { "id": "widgets.polish", "method": "POST", "path": "/widgets/{id}/actions/polish", "summary": "Polishes a widget.",
                  "pathParameters": { "id": {} }, "response": { "resource": "Widget" } },
                { "id": "gizmos.create", "method": "POST", "path": "/gizmos", "summary": "Creates a gizmo.",
                  "body": { "mode": "create", "resource": "Gizmo" }, "response": { "status": 201, "resource": "Gizmo" } }
              ]
            }
            """;

        var plan = Plan(Extension, reference: Schema);

        Assert.Equal(
            ["Models.Gizmo.g.cs", "Requests.CreateGizmoRequest.g.cs", "Clients.GizmosClient.g.cs", "Clients.WidgetsClientExtensions.g.cs", "KeygenClient.GroupExtensions.g.cs", "KeygenExtensionEvents.g.cs"],
            plan.Files.Select(f => f.HintName));
        Assert.Equal(("KeygenExtensionEvents", true, "GizmoCreated"), (plan.Events!.ClassName, plan.Events.Extends, plan.Events.Events.Single().MemberName));
        Assert.Equal(ClientKind.Extensions, plan.Clients.Single(c => c.Group == "Widgets").Kind);
        Assert.Equal(EntryPointKind.Extensions, plan.EntryPoints!.Kind);
        Assert.Equal("widgets", plan.Request("CreateGizmoRequest")!.Members.Single().Linkage!.TargetType);
    }

    private static ApiPlan Plan(string schema, string? reference = null)
    {
        var files = new[] { SchemaParser.Parse("test.keygen.json", schema, CancellationToken.None) }.ToList();
        if (reference is not null)
        {
            files.Add(SchemaParser.Parse("sdk.json", reference, CancellationToken.None) with { IsReference = true });
        }

        var bound = SchemaBinder.Bind(files, CancellationToken.None);
        Assert.True(bound.Diagnostics.Count == 0, DiagnosticText.FormatAll(bound.Diagnostics));
        return Planner.Plan(bound.Spec, CancellationToken.None);
    }
}
