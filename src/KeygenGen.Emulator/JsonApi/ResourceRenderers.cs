using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace Keygen.Emulator.JsonApi;

/// <summary>
/// Renders any stored resource by its runtime type. Modules register their renderer, so shared code (webhook
/// payloads, <c>/me</c>) can render resources it does not know.
/// </summary>
internal sealed class ResourceRenderers
{
    private readonly Dictionary<Type, Func<object, RenderContext, JsonObject>> _renderers = new();

    public void Register<T>(Func<T, RenderContext, JsonObject> render) => _renderers.Add(typeof(T), (entity, context) => render((T)entity, context));

    public JsonObject Render(object entity, RenderContext context) =>
        _renderers.TryGetValue(entity.GetType(), out var render)
            ? render(entity, context)
            : throw new InvalidOperationException($"No renderer registered for {entity.GetType().Name}.");
}
