using System.Linq;
using Keygen.Acceptance.Suite;
using Xunit;

namespace Keygen.Acceptance.Runner;

public sealed class FeatureReaderTests
{
    private const string Feature = """"
        @api/v1
        Feature: Sample

          Background:
            Given the current account is "test1"

          @ee
          Scenario: Plain
            When I send a POST request to "/accounts/test1/licenses" with the following:
              """
              { "data": { "type": "licenses" } }
              """
            Then the response status should be "201"

          Scenario Outline: Outlined <kind>
            Given the following "plan" rows exist:
              | id  | name   |
              | <id> | <kind> |
            Then the response status should be "<status>"

            Examples:
              | kind | id | status |
              | a    | 1  | 200    |
              | b    | 2  | 404    |

          Scenario: Plain
            Then the response status should be "200"
        """";

    [Fact]
    public void Scenarios_get_the_background_first_and_the_tags_of_feature_and_scenario()
    {
        var plain = FeatureReader.Read("features/api/v1/sample.feature", Feature)[0];

        Assert.Equal("features/api/v1/sample.feature: Plain", plain.Id);
        Assert.Equal(["@api/v1", "@ee"], plain.Tags);
        Assert.Equal(["Given the current account is \"test1\"", "When I send a POST request to \"/accounts/test1/licenses\" with the following:", "Then the response status should be \"201\""],
            plain.Steps.Select(s => s.ToString()));
        Assert.Equal("{ \"data\": { \"type\": \"licenses\" } }", plain.Steps[1].DocString);
    }

    [Fact]
    public void An_outline_becomes_one_scenario_per_example_row_with_values_filled_in()
    {
        var rows = FeatureReader.Read("features/api/v1/sample.feature", Feature).Where(s => s.Name.StartsWith("Outlined", System.StringComparison.Ordinal)).ToList();

        Assert.Equal(["features/api/v1/sample.feature: Outlined a [example 1]", "features/api/v1/sample.feature: Outlined b [example 2]"], rows.Select(r => r.Id));
        Assert.Equal("Then the response status should be \"404\"", rows[1].Steps[^1].ToString());
        Assert.Equal([["id", "name"], ["2", "b"]], rows[1].Steps[1].Table!.Select(r => r.ToArray()));
    }

    [Fact]
    public void A_repeated_scenario_name_is_numbered()
    {
        var ids = FeatureReader.Read("features/api/v1/sample.feature", Feature).Select(s => s.Id).ToList();

        Assert.Contains("features/api/v1/sample.feature: Plain #2", ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
