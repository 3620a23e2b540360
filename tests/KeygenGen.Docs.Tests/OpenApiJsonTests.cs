using System.Linq;
using System.Threading.Tasks;
using KeygenGen.DocsTool;
using NSwag;
using Xunit;

namespace KeygenGen.Docs.Tests;

/// <summary>How schema operations map to OpenAPI, on a small sample schema.</summary>
public sealed class OpenApiJsonTests
{
    private static Task<OpenApiDocument> Document() => OpenApiDocument.FromJsonAsync(OpenApiJson.Write(SampleSchema.Spec, SampleSchema.Plan));

    [Fact]
    public async Task Account_scoped_and_account_less_operations_on_the_same_path_are_both_kept()
    {
        var document = await Document();
        var ping = document.Operations.Where(o => o.Operation.OperationId.StartsWith("health.")).ToDictionary(o => o.Operation.OperationId, o => o.Path);

        Assert.Equal("/accounts/{account}/ping", ping["health.ping"]);
        Assert.Equal("/ping", ping["health.pingServer"]);
        Assert.Equal("account", Assert.Single(document.Paths["/accounts/{account}/ping"].Parameters).Name);
        Assert.Empty(document.Paths["/ping"].Parameters);
    }

    [Fact]
    public async Task Security_lists_the_accepted_credentials_with_none_as_the_empty_requirement()
    {
        var document = await Document();
        var validate = document.Operations.Single(o => o.Operation.OperationId == "licenses.validateKey").Operation;

        Assert.Equal([[], ["license"]], validate.Security.Select(r => r.Keys.ToArray()));
    }

    [Fact]
    public async Task Create_body_is_a_JSON_API_document_with_the_required_fields_required()
    {
        var document = await Document();
        var create = document.Operations.Single(o => o.Operation.OperationId == "licenses.create").Operation;
        var body = create.RequestBody.Content[OpenApiOperations.JsonApiMediaType].Schema;
        var data = body.Properties["data"];

        Assert.Equal(["licenses"], data.Properties["type"].Enumeration.Cast<string>());
        Assert.Equal(["key"], data.Properties["attributes"].Properties.Keys);
        Assert.Equal(["policy"], data.Properties["relationships"].RequiredProperties);
        Assert.Equal(["policies"], data.Properties["relationships"].Properties["policy"].Properties["data"].Properties["type"].Enumeration.Cast<string>());
    }

    [Fact]
    public async Task Paged_list_takes_the_paging_parameters_and_deprecation_is_marked()
    {
        var document = await Document();
        var list = document.Operations.Single(o => o.Operation.OperationId == "licenses.list").Operation;
        var delete = document.Operations.Single(o => o.Operation.OperationId == "licenses.delete").Operation;

        Assert.Equal(["status", "page[size]", "page[cursor]", "page[number]"], list.Parameters.Select(p => p.Name));
        Assert.True(delete.IsDeprecated);
        Assert.False(list.IsDeprecated);
    }

    [Fact]
    public async Task Redirect_has_the_Location_header_and_the_resource_it_carries()
    {
        var document = await Document();
        var download = document.Operations.Single(o => o.Operation.OperationId == "licenses.download").Operation;
        var response = download.Responses["303"];

        Assert.Equal(["Location"], response.Headers.Keys);
        var data = response.Content[OpenApiOperations.JsonApiMediaType].Schema.Properties["data"];
        Assert.Same(document.Components.Schemas["License"], data.ActualSchema);
    }

    [Fact]
    public async Task Union_is_one_of_its_members_told_apart_by_the_type_member()
    {
        var document = await Document();
        var holder = document.Components.Schemas["Holder"];
        var get = document.Operations.Single(o => o.Operation.OperationId == "holders.get").Operation;

        Assert.Equal([document.Components.Schemas["License"], document.Components.Schemas["Policy"]], holder.OneOf.Select(s => s.ActualSchema));
        var discriminator = Assert.IsType<NJsonSchema.OpenApiDiscriminator>(holder.DiscriminatorObject);
        Assert.Equal("type", discriminator.PropertyName);
        Assert.Equal(["licenses", "policies"], discriminator.Mapping.Keys);
        Assert.Same(holder, get.Responses["200"].Content[OpenApiOperations.JsonApiMediaType].Schema.Properties["data"].ActualSchema);
    }

    [Fact]
    public async Task Create_many_body_data_is_an_array_of_new_resource_objects()
    {
        var document = await Document();
        var import = document.Operations.Single(o => o.Operation.OperationId == "licenses.import").Operation;
        var data = import.RequestBody.Content[OpenApiOperations.JsonApiMediaType].Schema.Properties["data"];

        Assert.Equal(NJsonSchema.JsonObjectType.Array, data.Type);
        var item = Assert.IsAssignableFrom<NJsonSchema.JsonSchema>(data.Item);
        Assert.Equal(["licenses"], item.Properties["type"].Enumeration.Cast<string>());
        Assert.Equal(["policy"], item.Properties["relationships"].RequiredProperties);
    }

    [Fact]
    public async Task Inline_relationship_data_is_an_array_of_new_resources_without_the_link_back_to_the_owner()
    {
        var document = await Document();
        var create = document.Operations.Single(o => o.Operation.OperationId == "policies.create").Operation;
        var licenses = create.RequestBody.Content[OpenApiOperations.JsonApiMediaType].Schema
            .Properties["data"].Properties["relationships"].Properties["licenses"].Properties["data"];

        Assert.Equal(NJsonSchema.JsonObjectType.Array, licenses.Type);
        var item = Assert.IsAssignableFrom<NJsonSchema.JsonSchema>(licenses.Item);
        Assert.Equal(["licenses"], item.Properties["type"].Enumeration.Cast<string>());
        Assert.Equal(["key"], item.Properties["attributes"].Properties.Keys);
        Assert.False(item.Properties.ContainsKey("relationships"), "the item must not link back to the policy that creates it");
    }

    [Fact]
    public async Task Response_meta_object_leaves_out_the_property_taken_from_data()
    {
        var document = await Document();

        Assert.Equal(["valid"], document.Components.Schemas["LicenseValidation"].Properties.Keys);
    }
}
