using System.Linq;
using System.Threading;
using KeygenGen.Generator.Diagnostics;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;
using KeygenGen.Generator.Parsing;
using KeygenGen.Generator.Planning;
using KeygenGen.Generator.Tests.Parsing;
using Xunit;

namespace KeygenGen.Generator.Tests.Planning;

/// <summary>
/// The naming pass's check of the names a plan declares, for the collisions no schema text reaches in a consumer's
/// build (the SDK's own build, where groups are properties of <c>KeygenClient</c>; specs the binder would not give).
/// </summary>
public sealed class NameCheckTests
{
    [Fact]
    public void A_union_member_named_like_its_union_is_refused()
    {
        var spec = ApiSpec.Empty with { Unions = new[] { new UnionSpec("Thing", null, new[] { "Gadget", "Thing" }.ToImmutableEquatableArray()) }.ToImmutableEquatableArray() };

        var conflict = Assert.Single(Planner.Plan(spec, CancellationToken.None).NameConflicts);

        Assert.Equal(NameConflictKind.Reserved, conflict.Kind);
        Assert.Equal(new SchemaElement(SchemaElementKind.UnionMember, "Thing", "Thing"), conflict.Subject.Element);
    }

    [Fact]
    public void A_group_whose_field_or_property_is_a_member_of_KeygenClient_is_refused_at_its_first_operation()
    {
        const string Schema = """
            {
              "operations": [
                { "id": "transport.ping", "method": "GET", "path": "/t", "summary": "Pings." },
                { "id": "dispose.ping", "method": "GET", "path": "/d", "summary": "Pings." },
                { "id": "gadgets.ping", "method": "GET", "path": "/g", "summary": "Pings." }
              ]
            }
            """;
        var bound = SchemaBinder.Bind([SchemaParser.Parse("/s/a.json", Schema, CancellationToken.None)], CancellationToken.None);
        Assert.True(bound.Diagnostics.Count == 0, DiagnosticText.FormatAll(bound.Diagnostics));

        var reported = bound.Locations.Report(Planner.Plan(bound.Spec, CancellationToken.None).NameConflicts).Select(DiagnosticText.Format).Order().ToList();

        Assert.Equal(2, reported.Count);
        Assert.StartsWith("KGEN0017 a.json(3,13)-(3,29): Group 'Transport' collides with a hand-written member of KeygenClient", reported[0]);
        Assert.StartsWith("KGEN0017 a.json(4,13)-(4,27): Group 'Dispose' collides with a hand-written member of KeygenClient", reported[1]);
    }

    [Fact]
    public void An_event_named_like_a_member_of_the_event_type_enum_is_refused_at_the_event()
    {
        const string Schema = """
            {
              "resources": { "Gadget": { "type": "gadgets" } },
              "events": {
                "gadget.made": { "resource": "Gadget" },
                "gadget.valued": { "resource": "Gadget", "name": "Value" }
              }
            }
            """;
        var bound = SchemaBinder.Bind([SchemaParser.Parse("/s/a.json", Schema, CancellationToken.None)], CancellationToken.None);
        Assert.True(bound.Diagnostics.Count == 0, DiagnosticText.FormatAll(bound.Diagnostics));

        var reported = bound.Locations.Report(Planner.Plan(bound.Spec, CancellationToken.None).NameConflicts).Select(DiagnosticText.Format).ToList();

        var diagnostic = Assert.Single(reported);
        Assert.StartsWith("KGEN0010 a.json(5,5)-(5,20): ", diagnostic);
        Assert.Contains("'WebhookEventType' has a member 'Value'", diagnostic);
    }
}
