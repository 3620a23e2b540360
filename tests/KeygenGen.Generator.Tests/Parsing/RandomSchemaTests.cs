using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KeygenGen.Generator.Parsing;
using Xunit;

namespace KeygenGen.Generator.Tests.Parsing;

/// <summary>
/// Schema files built from random combinations of keys and values, valid and invalid: whatever the mix, parsing
/// and binding never throw, every diagnostic formats and points into the text, and the spec stays consistent.
/// </summary>
public class RandomSchemaTests
{
    private static readonly Dictionary<string, string[]> s_operationValues = new()
    {
        ["id"] = ["\"licenses.a\"", "\"licenses.b\"", "\"tokens.make\"", "\"x\"", "1"],
        ["method"] = ["\"GET\"", "\"POST\"", "\"DELETE\"", "\"HEAD\""],
        ["path"] = ["\"/a\"", "\"/a/{id}\"", "\"/b/{id}/{other}\"", "\"a\"", "\"/{class}\"", "\"/a/{id\""],
        ["summary"] = ["\"S.\"", "\"S.\"", "1"],
        ["accountScoped"] = ["true", "false", "\"no\""],
        ["auth"] = ["[]", "[\"none\"]", "[\"token\", \"basic\", \"token\"]", "[\"x\"]", "\"token\""],
        ["deprecated"] = ["\"licenses.b\"", "1"],
        ["pathParameters"] = ["{}", "{ \"id\": {} }", "{ \"id\": { \"required\": false } }", "{ \"other\": { \"type\": \"Code\" }, \"id\": {} }", "[]"],
        ["query"] = ["{}", "{ \"page[size]\": { \"type\": \"integer\" } }", "{ \"q\": { \"type\": \"Missing\" } }", "{ \"q\": { \"type\": \"Code[]\", \"source\": \"data\" } }"],
        ["paging"] = ["true", "false", "\"x\""],
        ["body"] = ["{ \"mode\": \"create\", \"resource\": \"License\" }", "{ \"mode\": \"meta\" }", "{ \"mode\": \"toOne\" }", "{ \"mode\": \"meta\", \"meta\": { \"k\": { \"type\": \"Info\" } } }", "{ \"mode\": \"x\" }", "{ \"mode\": \"update\", \"resource\": \"Code\" }", "1"],
        ["response"] =
        [
            "{}", "{ \"resource\": \"License\" }", "{ \"kind\": \"list\", \"resource\": \"License\", \"meta\": \"Info\" }",
            "{ \"resource\": \"License\", \"meta\": \"Info\", \"nullable\": true }", "{ \"kind\": \"redirect\" }", "{ \"kind\": \"redirect\", \"status\": 307 }",
            "{ \"status\": 204, \"meta\": \"Info\" }", "{ \"kind\": \"binary\", \"resource\": \"Policy\" }", "{ \"status\": 303 }", "{ \"kind\": \"list\" }",
            "{ \"resource\": \"Missing\", \"meta\": \"License\" }", "{ \"status\": 418, \"kind\": \"x\" }",
        ],
        ["requestName"] = ["\"R\"", "\"r\"", "\"License\"", "\"Info\""],
        ["unknown"] = ["1"],
    };

    private static readonly string[] s_infoProperties =
    [
        "{ \"license\": { \"type\": \"License\", \"source\": \"data\" } }",
        "{ \"license\": { \"type\": \"License[]\", \"source\": \"data\" } }",
        "{ \"code\": { \"type\": \"Code\" } }",
        "{ \"bad\": { \"type\": \"Missing\" } }",
        "{ \"n\": { \"type\": \"integer\", \"name\": \"n\" } }",
    ];

    private static readonly string[] s_licenseMembers =
    [
        "\"attributes\": { \"name\": { \"type\": \"string\", \"create\": \"optional\" } }",
        "\"attributes\": { \"code\": { \"type\": \"Code[]\", \"update\": true } }, \"relationships\": { \"policy\": { \"to\": \"Policy\" } }",
        "\"relationships\": { \"bearer\": { \"to\": [\"Policy\", \"Info\"] } }",
        "\"relationships\": { \"policies\": { \"to\": \"Policy\", \"many\": true } }, \"meta\": { \"t\": { \"type\": \"Info\" } }",
        "\"attributes\": { \"created\": { \"type\": \"datetime\" } }",
    ];

    private static readonly string[] s_codeValues = ["[\"A\", \"B\"]", "[\"A\", \"A\"]", "[\"1_X\"]", "[{ \"value\": \"1_X\", \"name\": \"OneX\" }]", "{}"];

    [Fact]
    public void Random_schemas_never_throw_and_bind_to_a_consistent_spec()
    {
        var random = new Random(42);
        var outcomes = new HashSet<string>();
        for (var i = 0; i < 1500; i++)
        {
            var text = RandomFile(random);
            var file = SchemaParser.Parse("/s/random.json", text, CancellationToken.None);
            var bound = SchemaBinder.Bind([file], CancellationToken.None);

            SpecInvariants.AssertConsistent(bound.Spec);
            foreach (var diagnostic in bound.Diagnostics)
            {
                Assert.InRange(diagnostic.Span.End, 0, text.Length);
                Assert.False(string.IsNullOrEmpty(DiagnosticText.Message(diagnostic)));
                outcomes.Add(diagnostic.Id);
            }

            if (bound.Spec.Operations.Count > 0)
            {
                outcomes.Add("valid operation");
            }
        }

        // The generator of random files must reach far: valid operations and most kinds of diagnostic.
        Assert.Contains("valid operation", outcomes);
        Assert.True(outcomes.Count >= 12, string.Join(", ", outcomes.Order()));
    }

    private static string RandomFile(Random random)
    {
        var operations = Enumerable.Range(0, random.Next(1, 4)).Select(_ => RandomOperation(random));
        return $$"""
            {
              "enums": { "Code": { "values": {{Pick(random, s_codeValues)}} } },
              "objects": { "Info": { "properties": {{Pick(random, s_infoProperties)}} } },
              "resources": { "Policy": { "type": "policies" }, "License": { "type": "licenses", {{Pick(random, s_licenseMembers)}} } },
              "operations": [{{string.Join(",\n", operations)}}]
            }
            """;
    }

    private static string RandomOperation(Random random)
    {
        var members = s_operationValues
            .Where(entry => random.NextDouble() < (entry.Key is "id" or "method" or "path" or "summary" ? 0.95 : 0.35))
            .Select(entry => $"\"{entry.Key}\": {Pick(random, entry.Value)}");
        return "{ " + string.Join(", ", members) + " }";
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
