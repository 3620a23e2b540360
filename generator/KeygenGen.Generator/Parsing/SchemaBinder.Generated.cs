using System;
using System.Collections.Generic;
using System.Linq;
using KeygenGen.Generator.Diagnostics;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Parsing;

// Cross-file checks of unions.
internal sealed partial class SchemaBinder
{
    /// <summary>
    /// A union's reader tells its members apart by their JSON:API type, so no two members may share one (KGEN0016,
    /// at the union's name); such a union is not emitted.
    /// </summary>
    private void CheckUnionTypes(IEnumerable<ParsedDeclaration<UnionSpec>> unions, List<ResourceSpec> resources)
    {
        var jsonApiTypes = resources.ToDictionary(r => r.Name, r => r.JsonApiType, StringComparer.Ordinal);
        foreach (var union in unions)
        {
            var spec = union.Spec;
            if (!_symbols.TryGetValue(spec.Name, out var symbol) || symbol.Location != union.NameLocation)
            {
                continue; // A repeated declaration, already reported and dropped.
            }

            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var member in spec.Members)
            {
                if (!jsonApiTypes.TryGetValue(member, out var type))
                {
                    continue; // An unknown member, already reported.
                }

                if (seen.TryGetValue(type, out var first))
                {
                    Report(union.NameLocation, DiagnosticDescriptors.InconsistentDeclaration,
                        $"Union '{spec.Name}' has members '{first}' and '{member}' of the same JSON:API type '{MessageText.Quote(type)}', so its reader cannot tell them apart");
                    _unusable.Add(spec.Name);
                    break;
                }

                seen.Add(type, member);
            }
        }
    }
}
