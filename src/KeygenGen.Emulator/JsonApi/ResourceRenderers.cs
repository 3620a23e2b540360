using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using Keygen.Emulator.State;

namespace Keygen.Emulator.JsonApi;

/// <summary>
/// Renders any stored resource by its runtime type. Modules register their renderer, so shared code (webhook
/// payloads, <c>/me</c>) can render resources it does not know.
/// </summary>
internal sealed class ResourceRenderers
{
    private readonly Dictionary<Type, Func<object, RenderContext, JsonObject>> _renderers = new();

    public void Register<T>(Func<T, RenderContext, JsonObject> render) => _renderers.Add(typeof(T), (entity, context) => render((T)entity, context));

    public JsonObject Render(object entity, RenderContext context)
    {
        var resource = _renderers.TryGetValue(entity.GetType(), out var render)
            ? render(entity, context)
            : throw new InvalidOperationException($"No renderer registered for {entity.GetType().Name}.");
        if (entity is Entity { IsEnvironmentScoped: true } row && resource["relationships"] is JsonObject relationships)
        {
            // Keygen EE (and so Keygen Cloud) links every environment-scoped resource to its environment, a global one
            // with null linkage and a null related link (its serializers' `linkage always: true`).
            var environment = row.Environment;
            relationships["environment"] = ResourceBuilder.ToOneRelationship(
                "environments", environment?.Id, environment is null ? null : Links.Resource(context.AccountId, "environments", environment.Id));
        }

        return resource;
    }
}
