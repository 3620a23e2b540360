using System.Linq;
using KeygenGen.DocsTool;
using Xunit;

namespace KeygenGen.Docs.Tests;

/// <summary>The body tables of docs/api.md: where each member of a create-many or inline body goes.</summary>
public sealed class RequestBodyTests
{
    [Fact]
    public void Create_many_members_are_under_each_item_of_the_data_list()
    {
        var members = RequestBody.Members(SampleSchema.Operation("licenses.import"), SampleSchema.Plan);

        Assert.Equal(
            [("data[].attributes.key", false), ("data[].relationships.policy", true)],
            members.Select(m => (m.Path, m.Required)));
    }

    [Fact]
    public void Inline_relationship_lists_the_new_resources_fields_but_not_the_link_back()
    {
        var members = RequestBody.Members(SampleSchema.Operation("policies.create"), SampleSchema.Plan).ToList();

        Assert.Equal(
            ["data.attributes.name", "data.relationships.licenses", "data.relationships.licenses.data[].attributes.key"],
            members.Select(m => m.Path));
        Assert.Equal("new License resources", members[1].Type);
        Assert.True(members[2].Secret);
    }
}
