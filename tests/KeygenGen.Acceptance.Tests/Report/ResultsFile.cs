using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Keygen.Acceptance.Running;
using Keygen.Acceptance.Sdk;

namespace Keygen.Acceptance.Report;

/// <summary>
/// Every in-scope result as tab-separated lines, for whoever fixes what the replay finds: written to the file
/// <c>REPLAY_RESULTS</c> names, when it names one. Columns: outcome, milliseconds, scenario id, step family, cause,
/// failing step, detail, and the exchanges (<c>METHOD path -&gt; status</c>, separated by <c> ; </c>). Beside it,
/// <c>&lt;file&gt;.sdk.tsv</c> holds every SDK check: kind, passed, scenario id, request number, operation, failure, misses.
/// </summary>
internal static class ResultsFile
{
    public const string Variable = "REPLAY_RESULTS";

    public static void WriteIfRequested(ReplayRun run, ExchangeChecks checks)
    {
        var path = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        var text = new StringBuilder("outcome\tms\tscenario\tfamily\tcause\tstep\tdetail\texchanges\n");
        foreach (var result in run.Results)
        {
            var exchanges = string.Join(" ; ", result.Exchanges.Select(e => $"{e.Method} {e.Path}{(e.Query.Length > 0 ? "?" + e.Query : string.Empty)} -> {e.Status}"));
            text.AppendJoin('\t', result.Outcome, result.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture), result.Scenario.Id,
                result.Family, result.Cause, result.FailedStep, Flat(result.Detail), Flat(exchanges)).Append('\n');
        }

        File.WriteAllText(path, text.ToString());

        var sdk = new StringBuilder("kind\tpassed\tscenario\trequest\toperation\tfailure\tmisses\texcepted\n");
        foreach (var check in checks.All)
        {
            sdk.AppendJoin('\t', check.Kind, check.Passed, check.Scenario.Scenario.Id, check.Request, check.OperationId, Flat(check.Failure),
                string.Join(", ", check.Misses), string.Join(", ", check.Excepted)).Append('\n');
        }

        File.WriteAllText(path + ".sdk.tsv", sdk.ToString());
    }

    private static string Flat(string? text) => (text ?? string.Empty).Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
