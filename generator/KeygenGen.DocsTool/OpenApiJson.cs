using System;
using System.Linq;
using KeygenGen.Generator.Model;
using KeygenGen.Generator.Planning;
using NJsonSchema;
using NSwag;

namespace KeygenGen.DocsTool;

/// <summary>Writes <c>docs/openapi.json</c>: an OpenAPI 3.0 document of every schema operation, built with NSwag.</summary>
internal static class OpenApiJson
{
    public const string ServerUrl = "https://api.keygen.sh/v1";

    // The Keygen-Version the runtime pins (DESIGN.md, "Runtime conventions").
    private const string ApiVersion = "1.8";

    public static string Write(ApiSpec spec, ApiPlan plan)
    {
        var document = new OpenApiDocument
        {
            // The default is Swagger 2.0 (toolchain.md §4).
            SchemaType = SchemaType.OpenApi3,
            // NSwag would stamp its own version here; the docs name the tool that made them instead.
            Generator = "KeygenGen.DocsTool",
            Info = new OpenApiInfo
            {
                Title = "Keygen API",
                Version = ApiVersion,
                Description = "Generated from schema/*.json by generator/KeygenGen.DocsTool; do not edit. "
                    + $"Send `Keygen-Version: {ApiVersion}`. Bodies are JSON:API documents. Custom domains replace api.keygen.sh.",
            },
        };
        document.Servers.Add(new OpenApiServer { Url = ServerUrl, Description = "Keygen Cloud" });
        AddSecuritySchemes(document);
        foreach (var group in spec.Operations.Select(o => o.Group).Distinct().OrderBy(g => g, StringComparer.Ordinal))
        {
            document.Tags.Add(new OpenApiTag { Name = group });
        }

        var schemas = OpenApiSchemas.AddComponents(document.Components.Schemas, spec);
        new OpenApiOperations(schemas, new JsonApiDocuments(schemas, plan)).AddAll(document, spec);

        // Newtonsoft writes Environment.NewLine; the committed file has '\n' on every platform.
        return document.ToJson().Replace("\r\n", "\n") + "\n";
    }

    private static void AddSecuritySchemes(OpenApiDocument document)
    {
        var schemes = document.Components.SecuritySchemes;
        schemes.Add(OpenApiOperations.BearerScheme, new OpenApiSecurityScheme
        {
            Type = OpenApiSecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An admin, product, user, environment or activation token: `Authorization: Bearer <token>`.",
        });
        schemes.Add(OpenApiOperations.LicenseScheme, new OpenApiSecurityScheme
        {
            Type = OpenApiSecuritySchemeType.ApiKey,
            In = OpenApiSecurityApiKeyLocation.Header,
            Name = "Authorization",
            Description = "A license key: `Authorization: License <key>`.",
        });
        schemes.Add(OpenApiOperations.BasicScheme, new OpenApiSecurityScheme
        {
            Type = OpenApiSecuritySchemeType.Http,
            Scheme = "basic",
            Description = "Email and password, to generate a token: `Authorization: Basic <base64(email:password)>`.",
        });
    }
}
