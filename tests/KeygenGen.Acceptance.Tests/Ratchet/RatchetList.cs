using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Keygen.Acceptance.Suite;

namespace Keygen.Acceptance.Ratchet;

/// <summary>
/// The committed list of scenario ids that pass (<c>Ratchet/passing.txt</c>, one id per line, sorted). A listed
/// scenario that fails is a regression and fails the run; a passing scenario not listed yet is reported. Running the
/// tests with <c>UPDATE_CONFORMANCE=1</c> rewrites the list to what passes now (and <c>docs/conformance.md</c>);
/// under <c>CI=true</c> nothing is rewritten.
/// </summary>
internal sealed class RatchetList
{
    public const string RelativePath = "tests/KeygenGen.Acceptance.Tests/Ratchet/passing.txt";

    private readonly HashSet<string> _ids;

    private RatchetList(IEnumerable<string> ids) => _ids = ids.ToHashSet(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Ids => _ids;

    public static RatchetList Load()
    {
        var path = Repository.PathOf(RelativePath);
        return new RatchetList(File.Exists(path) ? File.ReadAllLines(path).Where(l => l.Length > 0) : []);
    }

    public bool Contains(string id) => _ids.Contains(id);

    /// <summary>The file's text for these ids: sorted ordinally, one a line, ending in a newline.</summary>
    public static string Render(IEnumerable<string> ids) => string.Concat(ids.Order(StringComparer.Ordinal).Select(id => id + "\n"));
}
