using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Keygen.Acceptance.Suite;

namespace Keygen.Acceptance.Sdk;

/// <summary>
/// What the typed requests deliberately do not send (an alias of a typed member, a second spelling of one, an input of
/// another API version, a key Keygen ignores): <c>Sdk/deliberate-exceptions.tsv</c>, one per line,
/// <c>operation&lt;TAB&gt;member&lt;TAB&gt;reason</c>, the member named as the expressible check names a miss. A request whose
/// only misses are listed here is expressible by exception; the report counts and lists those apart.
/// </summary>
internal sealed class DeliberateExceptions
{
    public const string RelativePath = "tests/KeygenGen.Acceptance.Tests/Sdk/deliberate-exceptions.tsv";

    private static readonly Lazy<DeliberateExceptions> SharedList = new(() => Parse(File.ReadAllLines(Repository.PathOf(RelativePath))));

    private DeliberateExceptions(IReadOnlyList<DeliberateException> all) => All = all;

    public static DeliberateExceptions Shared => SharedList.Value;

    /// <summary>Every exception, in the file's order.</summary>
    public IReadOnlyList<DeliberateException> All { get; }

    public static DeliberateExceptions Parse(IEnumerable<string> lines)
    {
        var all = new List<DeliberateException>();
        foreach (var (columns, line) in ReasonedList.Rows(lines, RelativePath, "operation<TAB>member<TAB>reason"))
        {
            var exception = new DeliberateException(columns[0], columns[1], columns[2]);
            if (all.Any(e => e.Operation == exception.Operation && e.Member == exception.Member))
            {
                throw new FormatException($"{RelativePath}:{line}: {exception.Operation} {exception.Member} is listed twice.");
            }

            all.Add(exception);
        }

        return new DeliberateExceptions(all);
    }

    /// <summary>Whether the SDK deliberately does not send <paramref name="member"/> with <paramref name="operationId"/>.</summary>
    public bool Excepts(string operationId, string member) => All.Any(e => e.Operation == operationId && e.Member == member);
}

/// <summary>One line of the list.</summary>
internal sealed record DeliberateException(string Operation, string Member, string Reason);
