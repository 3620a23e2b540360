using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Keygen.Acceptance.Running;

namespace Keygen.Acceptance.Report;

/// <summary>
/// Every in-scope result as tab-separated lines, for whoever fixes what the replay finds: written to the file
/// <c>REPLAY_RESULTS</c> names, when it names one. Columns: outcome, milliseconds, scenario id, step family, cause,
/// failing step, detail, and the exchanges (<c>METHOD path -&gt; status</c>, separated by <c> ; </c>).
/// </summary>
internal static class ResultsFile
{
    public const string Variable = "REPLAY_RESULTS";

    public static void WriteIfRequested(ReplayRun run)
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
    }

    private static string Flat(string? text) => (text ?? string.Empty).Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
