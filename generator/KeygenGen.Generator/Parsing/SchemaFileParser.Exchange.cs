using System;
using System.Globalization;
using KeygenGen.Generator.Diagnostics;
using KeygenGen.Generator.Model;
using KeygenGen.Generator.Parsing.Json;

namespace KeygenGen.Generator.Parsing;

// An operation's request body and response (schema/README.md "body", "response").
internal sealed partial class SchemaFileParser
{
    private static readonly int[] s_redirectStatuses = { 303, 307 };

    /// <summary>The body, or null when the operation has none or it has errors (reported).</summary>
    private BodySpec? ParseBody(JsonMember? member, string operation)
    {
        if (member is null)
        {
            return null;
        }

        var owner = $"the body of {operation}";
        var body = SchemaObject.OpenValue(member.Value, "body", owner, member.KeySpan, SchemaFormat.BodyKeys, _diagnostics);
        if (body is null)
        {
            return null;
        }

        var modeNode = body.String("mode", required: true);
        var mode = modeNode is null ? null : SchemaFormat.BodyModes.Read(modeNode, "mode", _diagnostics);
        var resourceNode = body.String("resource");
        var resource = resourceNode is null ? null : Reference(resourceNode, ReferenceTarget.Resource);
        var meta = ParseFields(body.Object("meta"), FieldRole.RequestMeta, owner, new UniqueNames("Property", _diagnostics));
        var clientId = body.Bool("clientId") == true;
        if (body.Member("clientId") is { } clientIdMember)
        {
            Record(SchemaElementKind.ClientId, "id", clientIdMember.KeySpan);
            if (clientId && mode is not null && mode != BodyMode.Create)
            {
                ReportInconsistency(clientIdMember.KeySpan, "Only a \"create\" body carries a caller-chosen id (\"clientId\")");
            }
        }

        if (mode is null)
        {
            return null;
        }

        if (mode == BodyMode.Meta)
        {
            if (resourceNode is not null)
            {
                ReportInconsistency(resourceNode.Span, "A \"meta\" body has no resource, only \"meta\" fields");
            }
            else if (meta.Count == 0)
            {
                ReportInconsistency(modeNode!.Span, "A \"meta\" body needs \"meta\" fields");
            }
        }
        else if (resource is null)
        {
            ReportInconsistency(modeNode!.Span, $"A \"{modeNode.Value}\" body needs a \"resource\" whose fields or type it sends");
        }

        if (mode == BodyMode.CreateMany && body.Member("meta") is { } metaMember)
        {
            ReportInconsistency(metaMember.KeySpan, "A \"createMany\" body is only its \"data\" array of new resources; it has no \"meta\"");
        }

        return new BodySpec(mode.Value, resource, meta, clientId && mode == BodyMode.Create);
    }

    /// <summary>
    /// The response with its defaults applied (<c>{ "status": 204 }</c> when absent), and where its <c>meta</c>
    /// object is named; a null response when it has errors (reported).
    /// </summary>
    private (ResponseSpec? Response, SchemaLocation? MetaLocation) ParseResponse(JsonMember? member, string operation)
    {
        if (member is null)
        {
            return (new ResponseSpec(204, ResponseKind.None, null, false, null), null);
        }

        var body = SchemaObject.OpenValue(member.Value, "response", $"the response of {operation}", member.KeySpan, SchemaFormat.ResponseKeys, _diagnostics);
        if (body is null)
        {
            return (null, null);
        }

        var errorsBefore = _diagnostics.Count;
        var statusNode = body.Number("status");
        var status = statusNode is null ? null : Status(statusNode);
        var kindNode = body.String("kind");
        var kind = kindNode is null ? null : SchemaFormat.ResponseKinds.Read(kindNode, "kind", _diagnostics);
        var resourceNode = body.String("resource");
        var resource = resourceNode is null ? null : Reference(resourceNode, ReferenceTarget.ResourceOrUnion);
        var nullable = body.Bool("nullable");
        var metaNode = body.String("meta");
        var meta = metaNode is null ? null : Reference(metaNode, ReferenceTarget.Object);
        if (_diagnostics.Count > errorsBefore)
        {
            return (null, null);
        }

        var resolvedKind = kind ?? (resource is null ? ResponseKind.None : ResponseKind.Single);
        var hasBody = resolvedKind is ResponseKind.Single or ResponseKind.List or ResponseKind.Binary || meta is not null;
        var resolvedStatus = status ?? (hasBody ? 200 : 204);
        var response = new ResponseSpec(resolvedStatus, resolvedKind, resource, nullable ?? false, meta);
        CheckResponse(response, body, kindNode, statusNode);
        return (response, metaNode is null ? null : _diagnostics.Locate(metaNode.Span));
    }

    /// <summary>
    /// KGEN0016 for combinations that cannot be emitted. The defaults alone never produce one, so each check is
    /// about a value that is written, and is reported there.
    /// </summary>
    private void CheckResponse(ResponseSpec response, SchemaObject body, JsonStringNode? kindNode, JsonNumberNode? statusNode)
    {
        // A redirect may carry the resource too (Keygen sends the artifact along with its Location).
        var hasData = response.Kind is ResponseKind.Single or ResponseKind.List;
        if (kindNode is not null && hasData && response.Resource is null)
        {
            ReportInconsistency(kindNode.Span, $"A \"{kindNode.Value}\" response needs a \"resource\"");
        }

        if (kindNode is not null && response.Kind is ResponseKind.None or ResponseKind.Binary && body.Member("resource") is { } resource)
        {
            ReportInconsistency(resource.Value.Span, $"A \"{kindNode.Value}\" response has no resource data");
        }

        if (kindNode is not null && response.Kind == ResponseKind.Binary && body.Member("meta") is { } meta)
        {
            ReportInconsistency(meta.Value.Span, "A \"binary\" response has no JSON document, so no meta");
        }

        var isRedirectStatus = Array.IndexOf(s_redirectStatuses, response.Status) >= 0;
        if (kindNode is not null && response.Kind == ResponseKind.Redirect && !isRedirectStatus)
        {
            ReportInconsistency((statusNode ?? (JsonNode)kindNode).Span, "A \"redirect\" response needs \"status\": 303 or 307");
        }

        if (statusNode is not null && response.Kind != ResponseKind.Redirect && isRedirectStatus)
        {
            ReportInconsistency(statusNode.Span, $"Status {response.Status} is a redirect; set \"kind\": \"redirect\"");
        }

        if (statusNode is not null && response.Status == 204 && (hasData || response.Kind == ResponseKind.Binary || response.Meta is not null))
        {
            ReportInconsistency(statusNode.Span, "Status 204 has no content, but the response declares a body");
        }

        if (body.Member("nullable") is { Value.Kind: JsonKind.True } nullable && response.Kind != ResponseKind.Single)
        {
            ReportInconsistency(nullable.Value.Span, "Only a single-resource response can be nullable");
        }
    }

    private int? Status(JsonNumberNode node)
    {
        if (int.TryParse(node.RawText, NumberStyles.None, CultureInfo.InvariantCulture, out var status) && Array.IndexOf(SchemaFormat.Statuses, status) >= 0)
        {
            return status;
        }

        _diagnostics.Report(DiagnosticDescriptors.InvalidValue, node.Span, node.RawText, "status", "200, 201, 202, 204, 303 or 307");
        return null;
    }
}
