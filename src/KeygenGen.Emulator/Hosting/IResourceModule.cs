using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;

namespace Keygen.Emulator.Hosting;

/// <summary>
/// A group of endpoints (e.g. licenses) with the renderers of its resources. A new resource group is one new folder
/// implementing this interface plus one line in <see cref="ResourceModules"/> (a test fails when that line is missing).
/// </summary>
internal interface IResourceModule
{
    void Register(RouteTable routes, ResourceRenderers renderers);
}
