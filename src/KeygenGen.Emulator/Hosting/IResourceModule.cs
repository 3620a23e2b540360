using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;

namespace Keygen.Emulator.Hosting;

/// <summary>
/// A group of endpoints (e.g. licenses) with the renderers of its resources. Modules are discovered by reflection,
/// so a new resource group is one new folder implementing this interface; nothing else needs to change.
/// </summary>
internal interface IResourceModule
{
    void Register(RouteTable routes, ResourceRenderers renderers);
}
