using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using KeygenGen.DocsTool;
using KeygenGen.Generator.Model;
using NSwag;
using Xunit;

namespace KeygenGen.Docs.Tests;

/// <summary>The committed docs/openapi.json is a valid OpenAPI 3.0 document with exactly the schema's operations and types.</summary>
public sealed class OpenApiDocumentTests
{
    private static readonly ApiSpec s_spec = Repository.ParseSchema().Spec;

    private static Task<OpenApiDocument> ReadCommitted()
        => OpenApiDocument.FromJsonAsync(File.ReadAllText(Repository.PathOf(DocsFiles.OpenApiPath)));

    [Fact]
    public async Task Parses_as_OpenAPI_3()
    {
        var document = await ReadCommitted();

        Assert.StartsWith("3.0", document.OpenApi);
        Assert.Equal(OpenApiJson.ServerUrl, Assert.Single(document.Servers).Url);
        Assert.Equal(["basic", "bearer", "license"], document.Components.SecuritySchemes.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Has_exactly_the_schema_operation_ids_once_each()
    {
        var document = await ReadCommitted();
        var documentIds = document.Operations.Select(o => o.Operation.OperationId).ToList();
        var schemaIds = s_spec.Operations.Select(o => o.Id).ToList();

        Assert.NotEmpty(schemaIds);
        Assert.Equal(documentIds.Count, documentIds.Distinct().Count());
        Assert.Equal(schemaIds.Order(StringComparer.Ordinal), documentIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Each_operation_has_the_schema_method_path_and_success_status()
    {
        var document = await ReadCommitted();
        var byId = document.Operations.ToDictionary(o => o.Operation.OperationId);

        foreach (var operation in s_spec.Operations)
        {
            var documented = byId[operation.Id];
            var expectedPath = (operation.AccountScoped ? "/accounts/{account}" : "") + operation.Path;
            Assert.Equal((expectedPath.Length == 0 ? "/" : expectedPath, operation.Method.ToString().ToLowerInvariant()), (documented.Path, documented.Method));
            Assert.Contains(operation.Response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), documented.Operation.Responses.Keys);
            Assert.Equal(operation.Deprecated is not null, documented.Operation.IsDeprecated);
        }
    }

    [Fact]
    public async Task Has_a_component_schema_for_every_resource_type_as_its_JSON_API_resource_object()
    {
        var document = await ReadCommitted();
        var components = document.Components.Schemas;

        Assert.NotEmpty(s_spec.Resources);
        foreach (var resource in s_spec.Resources)
        {
            Assert.True(components.TryGetValue(resource.Name, out var schema), $"no component schema for resource {resource.Name}");
            Assert.Equal([resource.JsonApiType], schema.Properties["type"].Enumeration.Cast<string>());
            var attributes = schema.Properties["attributes"].Properties.Keys;
            Assert.All(resource.Attributes, a => Assert.Contains(a.JsonName, attributes));
        }
    }

    [Fact]
    public async Task Has_a_component_schema_for_every_enum_with_its_values_and_every_object()
    {
        var document = await ReadCommitted();
        var components = document.Components.Schemas;

        foreach (var declaration in s_spec.Enums)
        {
            Assert.Equal(declaration.Values.Select(v => v.Value), components[declaration.Name].Enumeration.Cast<string>());
        }

        Assert.All(s_spec.Objects, o => Assert.True(components.ContainsKey(o.Name), $"no component schema for object {o.Name}"));
    }
}
