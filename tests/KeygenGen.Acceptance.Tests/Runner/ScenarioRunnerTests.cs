using System.Linq;
using System.Threading.Tasks;
using Keygen.Acceptance.Running;
using Keygen.Acceptance.Steps;
using Keygen.Acceptance.Suite;
using Xunit;

namespace Keygen.Acceptance.Runner;

/// <summary>The runner on small scenarios of its own: steps run in order against a fresh emulator, and the first step that does not pass says why.</summary>
public sealed class ScenarioRunnerTests
{
    private const string Feature = """"
        @api/v1
        Feature: Runner

          Background:
            Given the following "plan" rows exist:
              | id                                   | name       |
              | 9b96c003-85fa-40e8-a9ed-580491cd5d79 | Standard 1 |
            And the following "account" rows exist:
              | name   | slug  | plan_id                              |
              | Test 1 | test1 | 9b96c003-85fa-40e8-a9ed-580491cd5d79 |
            And I send and accept JSON

          Scenario: Admin validates an expired license
            Given the current account is "test1"
            And the current account has 1 expired "license"
            And I am an admin of account "test1"
            And I use an authentication token
            When I send a POST request to "/accounts/test1/licenses/$0/actions/validate"
            Then the response status should be "200"
            And the response body should contain meta which includes the following:
              """
              { "valid": false, "code": "EXPIRED" }
              """
            And the response should contain a valid signature header for "test1"
            And sidekiq should have 1 "request-log" job

          Scenario: A wrong expectation
            Given the current account is "test1"
            And I am an admin of account "test1"
            And I use an authentication token
            When I send a GET request to "/accounts/test1/licenses"
            Then the response status should be "418"

          Scenario: An unknown step
            Given the current account is "test1"
            And the moon is made of cheese
        """";

    [Fact]
    public async Task A_scenario_passes_when_every_step_holds()
    {
        var result = await RunAsync("Admin validates an expired license");

        Assert.True(result.Passed, result.Summary);
        Assert.Single(result.Exchanges);
        Assert.Equal("/v1/accounts/test1/licenses/" + result.Exchanges[0].Path.Split('/')[5] + "/actions/validate", result.Exchanges[0].Path);
    }

    [Fact]
    public async Task A_failing_expectation_names_the_step_and_a_groupable_cause()
    {
        var result = await RunAsync("A wrong expectation");

        Assert.Equal(Outcome.Failed, result.Outcome);
        Assert.Equal("Then the response status should be \"418\"", result.FailedStep);
        Assert.Equal("GET /licenses as admin: status 200, expected 418", result.Cause);
    }

    [Fact]
    public async Task An_unknown_step_fails_the_scenario_with_its_text()
    {
        var result = await RunAsync("An unknown step");

        Assert.Equal(Outcome.UnknownStep, result.Outcome);
        Assert.Equal("And the moon is made of cheese", result.FailedStep);
        Assert.Contains("the moon is made of cheese", result.Detail, System.StringComparison.Ordinal);
    }

    private static async Task<ScenarioResult> RunAsync(string name)
    {
        var scenario = FeatureReader.Read("features/api/v1/runner.feature", Feature).Single(s => s.Name == name);
        await using var worker = await EmulatorWorker.StartAsync();
        return await ScenarioRunner.RunAsync(scenario, worker, StepLibrary.Default);
    }
}
