using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KeygenGen.Generator.Model;
using NJsonSchema;
using NSwag;

namespace KeygenGen.DocsTool;

/// <summary>Adds one OpenAPI operation per schema operation, under paths relative to <c>/v1</c>.</summary>
internal sealed class OpenApiOperations(OpenApiSchemas schemas, JsonApiDocuments documents)
{
    public const string JsonApiMediaType = "application/vnd.api+json";
    public const string BearerScheme = "bearer";
    public const string LicenseScheme = "license";
    public const string BasicScheme = "basic";

    // Account-scoped paths carry the account in the path rather than in the server URL: an account-scoped and an
    // account-less operation may share a path and method (GET /ping), and OpenAPI keys operations by both.
    private const string AccountPrefix = "/accounts/{account}";

    private const string AccountParameterName = "account";
    private const string ErrorResponseName = "Error";

    public void AddAll(OpenApiDocument document, ApiSpec spec)
    {
        // Shared once under components and referenced from each operation. (The account parameter is repeated
        // instead: NSwag 14.8 writes a reference to a parameter as '#/components/parameters/x/schema'.)
        var error = Error();
        document.Components.Responses.Add(ErrorResponseName, error);

        var ordered = spec.Operations
            .OrderBy(PathKey, StringComparer.Ordinal)
            .ThenBy(o => o.Method)
            .ThenBy(o => o.Id, StringComparer.Ordinal);
        foreach (var operation in ordered)
        {
            var key = PathKey(operation);
            if (!document.Paths.TryGetValue(key, out var pathItem))
            {
                pathItem = new OpenApiPathItem();
                if (operation.AccountScoped)
                {
                    pathItem.Parameters.Add(AccountParameter());
                }

                document.Paths.Add(key, pathItem);
            }

            var method = MethodKey(operation.Method);
            if (pathItem.TryGetValue(method, out var existing))
            {
                throw new DocsToolException($"Operations '{existing.OperationId}' and '{operation.Id}' are both {method.ToUpperInvariant()} {key}.");
            }

            pathItem.Add(method, Operation(operation, error));
        }
    }

    private static string PathKey(OperationSpec operation)
    {
        var path = (operation.AccountScoped ? AccountPrefix : "") + operation.Path;
        return path.Length == 0 ? "/" : path;
    }

    private static string MethodKey(HttpMethodKind method) => method switch
    {
        HttpMethodKind.Get => OpenApiOperationMethod.Get,
        HttpMethodKind.Post => OpenApiOperationMethod.Post,
        HttpMethodKind.Put => OpenApiOperationMethod.Put,
        HttpMethodKind.Patch => OpenApiOperationMethod.Patch,
        HttpMethodKind.Delete => OpenApiOperationMethod.Delete,
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown HTTP method."),
    };

    private OpenApiOperation Operation(OperationSpec operation, OpenApiResponse error)
    {
        var result = new OpenApiOperation
        {
            OperationId = operation.Id,
            Summary = operation.Summary,
            Description = operation.Deprecated is { } replacement
                ? (operation.Description is { } description ? description + " " : "") + "Deprecated: " + replacement
                : operation.Description,
            IsDeprecated = operation.Deprecated is not null,
            Tags = [operation.Group],
        };

        foreach (var parameter in operation.PathParameters)
        {
            result.Parameters.Add(Parameter(parameter, OpenApiParameterKind.Path, required: true));
        }

        foreach (var parameter in operation.Query)
        {
            result.Parameters.Add(Parameter(parameter, OpenApiParameterKind.Query, parameter.Required));
        }

        if (operation.Paging)
        {
            AddPagingParameters(result);
        }

        if (operation.Body is { } body)
        {
            result.RequestBody = new OpenApiRequestBody { IsRequired = true };
            result.RequestBody.Content.Add(JsonApiMediaType, new OpenApiMediaType { Schema = documents.Request(operation, body) });
        }

        result.Responses.Add(operation.Response.Status.ToString(CultureInfo.InvariantCulture), Success(operation.Response));
        // NSwag writes the description beside the $ref (where OpenAPI ignores it); give it the real one, not "".
        result.Responses.Add("default", new OpenApiResponse { Reference = error, Description = error.Description });
        result.Security = operation.Auth.Select(Requirement).ToList();
        return result;
    }

    private OpenApiParameter Parameter(FieldSpec field, OpenApiParameterKind kind, bool required)
    {
        var parameter = new OpenApiParameter
        {
            Name = field.JsonName,
            Kind = kind,
            IsRequired = required,
            Description = field.Summary,
            Schema = schemas.Typed(new JsonSchema(), field.Type, field.Nullable, summary: null),
        };
        if (kind == OpenApiParameterKind.Query && field.Type is { Kind: TypeKind.JsonObject, IsArray: false })
        {
            // A free-form object in the query is sent as name[key]=value (e.g. metadata[tier]=pro).
            parameter.Style = OpenApiParameterStyle.DeepObject;
            parameter.Explode = true;
        }

        return parameter;
    }

    private static void AddPagingParameters(OpenApiOperation operation)
    {
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = Paging.SizeParameter,
            Kind = OpenApiParameterKind.Query,
            Description = Paging.SizeSummary,
            Schema = new JsonSchema { Type = JsonObjectType.Integer, Format = "int32", Minimum = 1, Maximum = Paging.MaxSize },
        });
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = Paging.CursorParameter,
            Kind = OpenApiParameterKind.Query,
            Description = Paging.CursorSummary,
            Schema = new JsonSchema { Type = JsonObjectType.String },
        });
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = Paging.NumberParameter,
            Kind = OpenApiParameterKind.Query,
            Description = Paging.NumberSummary,
            Schema = new JsonSchema { Type = JsonObjectType.Integer, Format = "int32", Minimum = 1, Maximum = Paging.MaxNumber },
        });
    }

    private static OpenApiParameter AccountParameter() => new()
    {
        Name = AccountParameterName,
        Kind = OpenApiParameterKind.Path,
        IsRequired = true,
        Description = "The account id or slug.",
        Schema = new JsonSchema { Type = JsonObjectType.String },
    };

    private OpenApiResponse Success(ResponseSpec response)
    {
        var result = new OpenApiResponse();
        switch (response.Kind)
        {
            case ResponseKind.None:
                result.Description = "Done; no body.";
                break;
            case ResponseKind.Single or ResponseKind.List:
                result.Description = response.Kind == ResponseKind.List
                    ? $"A list of {response.Resource}."
                    : $"The {response.Resource}" + (response.Nullable ? ", or null." : ".");
                result.Content.Add(JsonApiMediaType, new OpenApiMediaType { Schema = documents.Response(response) });
                break;
            case ResponseKind.Binary:
                result.Description = "The raw bytes.";
                result.Content.Add("application/octet-stream", new OpenApiMediaType
                {
                    Schema = new JsonSchema { Type = JsonObjectType.String, Format = "binary" },
                });
                break;
            case ResponseKind.Redirect:
                result.Description = "A redirect: the Location header is the result.";
                result.Headers.Add("Location", new OpenApiHeader { Schema = new JsonSchema { Type = JsonObjectType.String } });
                if (response.Resource is not null)
                {
                    // Keygen sends the resource along with its Location (e.g. an artifact and its download URL).
                    result.Content.Add(JsonApiMediaType, new OpenApiMediaType { Schema = documents.Response(response) });
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(response), response.Kind, "Unknown response kind.");
        }

        return result;
    }

    private OpenApiResponse Error()
    {
        var response = new OpenApiResponse { Description = "An error (4xx or 5xx) as a JSON:API error document." };
        response.Content.Add(JsonApiMediaType, new OpenApiMediaType { Schema = new JsonSchema { Reference = schemas.Component(OpenApiSchemas.ErrorDocument) } });
        return response;
    }

    /// <summary>One alternative of the operation's accepted credentials; "none" is the empty requirement.</summary>
    private static OpenApiSecurityRequirement Requirement(AuthKind kind)
    {
        var requirement = new OpenApiSecurityRequirement();
        var scheme = kind switch
        {
            AuthKind.None => null,
            AuthKind.Token => BearerScheme,
            AuthKind.License => LicenseScheme,
            AuthKind.Basic => BasicScheme,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown auth kind."),
        };
        if (scheme is not null)
        {
            requirement.Add(scheme, Array.Empty<string>());
        }

        return requirement;
    }
}
