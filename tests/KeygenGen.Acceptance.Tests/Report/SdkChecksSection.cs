using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Keygen.Acceptance.Sdk;

namespace Keygen.Acceptance.Report;

/// <summary>
/// The SDK checks' part of <c>docs/conformance.md</c>: what they count, the answers the generated clients cannot read,
/// the members the models do not have (read past, never kept), and what the typed requests cannot send, most common first.
/// </summary>
internal static class SdkChecksSection
{
    private const int Top = 20;

    public static void Render(StringBuilder text, ExchangeChecks checks)
    {
        text.Append("\n## What the SDK reads and sends\n\n");
        text.Append("Every request of the replay that matches a schema operation by method and path template is checked against the SDK ")
            .Append("generated from that schema (the generator's own plan says which operation, request members and model members there are). ")
            .Append(CultureInfo.InvariantCulture, $"**Readable {checks.Readable} of {checks.ReadableTotal}**: the 2xx JSON:API documents the emulator answered that ")
            .Append("the operation's generated client method reads without error (called as a user calls it, on a handler that answers with the ")
            .Append(CultureInfo.InvariantCulture, $"replayed response). **Expressible {checks.Expressible} of {checks.ExpressibleTotal}**: the requests of scenarios that expect 2xx ")
            .Append("whose every query key, attribute, relationship and meta member (nested objects too) the operation's typed request has a property for; ")
            .Append(CultureInfo.InvariantCulture, $"{checks.ExpressibleByException} more send only such members and members the SDK deliberately does not offer, each listed below with its reason. ")
            .Append(CultureInfo.InvariantCulture, $"{checks.Unmatched} requests match no operation (routes the schema does not have, or paths Keygen does not serve); ")
            .Append(CultureInfo.InvariantCulture, $"{checks.OtherVersion} are of scenarios that pin an older API version than the SDK's {KeygenClientOptions.DefaultApiVersion}, which the SDK never speaks. ")
            .Append("Both are in the ratchet: a check listed in `tests/KeygenGen.Acceptance.Tests/Ratchet/sdk-checks.txt` that fails fails the run.\n");

        var readable = checks.Of(SdkCheckKind.Readable).ToList();
        text.Append("\n### Answers the SDK cannot read\n\n");
        Table(text, "Documents | Operation | Reader's error",
            readable.Where(c => !c.Passed).Select(c => (c, $"{c.OperationId} | {Cut(c.Failure!)}")));

        text.Append("\n### Members the models do not have\n\n");
        text.Append(CultureInfo.InvariantCulture, $"The generated readers read past members they have no property for; {readable.Count(c => c.Misses.Count > 0)} of {readable.Count} ")
            .Append("documents carry some. Each is a schema gap (or an emulator extra): by resource type and member, in how many documents.\n\n");
        Table(text, "Documents | Member", readable.SelectMany(c => c.Misses.Distinct().Select(m => (c, m))));

        text.Append("\n### What the typed requests cannot send\n\n");
        Table(text, "Requests | Operation | Member",
            checks.Of(SdkCheckKind.Expressible).SelectMany(c => c.Misses.Distinct().Select(m => (c, $"{c.OperationId} | {m}"))));

        DeliberateExceptionsTable(text, checks);
    }

    /// <summary>Each deliberate exception, in the list's order, with the requests that need it and its reason.</summary>
    private static void DeliberateExceptionsTable(StringBuilder text, ExchangeChecks checks)
    {
        text.Append("\n### What the typed requests deliberately do not send\n\n");
        text.Append("Members that scenarios Keygen accepts send, which the SDK does not offer on purpose (`")
            .Append(DeliberateExceptions.RelativePath)
            .Append("`; a listed member no request needs any more fails the run). Requests: how many requests send it.\n\n");
        text.Append("| Requests | Operation | Member | Reason |\n|---:|---|---|---|\n");
        var expressible = checks.Of(SdkCheckKind.Expressible).ToList();
        foreach (var exception in DeliberateExceptions.Shared.All)
        {
            var requests = expressible.Count(c => c.OperationId == exception.Operation && c.Excepted.Contains(exception.Member));
            text.Append(CultureInfo.InvariantCulture, $"| {requests} | {exception.Operation} | {exception.Member} | {Escape(exception.Reason)} |\n");
        }
    }

    /// <summary>The per-feature expressible cell: <c>passed of total</c>, and how many of the passed pass by deliberate exception.</summary>
    public static string ExpressibleCell(IEnumerable<SdkCheck> checks)
    {
        var list = checks.ToList();
        var excepted = list.Count(c => c.PassedByException);
        return excepted == 0 ? Cell(list) : string.Create(CultureInfo.InvariantCulture, $"{Cell(list)} ({excepted} by exception)");
    }

    /// <summary>The per-feature cell: <c>passed of total</c>, or empty when no exchange of the feature was checked.</summary>
    public static string Cell(IEnumerable<SdkCheck> checks)
    {
        var list = checks.ToList();
        return list.Count == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{list.Count(c => c.Passed)} of {list.Count}");
    }

    private static void Table(StringBuilder text, string header, IEnumerable<(SdkCheck Check, string Key)> rows)
    {
        var groups = rows.GroupBy(r => r.Key).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (groups.Count == 0)
        {
            text.Append("None.\n");
            return;
        }

        text.Append("| ").Append(header).Append(" | Example |\n|---:|").Append(string.Concat(Enumerable.Repeat("---|", header.Count(c => c == '|') + 1))).Append('\n');
        foreach (var group in groups.Take(Top))
        {
            var example = group.Select(r => r.Check.Scenario.Scenario).OrderBy(s => s.Id, StringComparer.Ordinal).First();
            text.Append(CultureInfo.InvariantCulture, $"| {group.Count()} | {Escape(group.Key)} | {example.Feature}:{example.Line} |\n");
        }

        if (groups.Count > Top)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{groups.Count - Top} more, each less common.\n");
        }
    }

    // Reader errors quote the body; the first sentence groups alike failures.
    private static string Cut(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    private static string Escape(string text) => text.Replace("\n", " ", StringComparison.Ordinal);
}
