using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Keygen.Tests.Transport.Fixtures;

/// <summary>What the test server does with one request.</summary>
public delegate Task Reply(HttpContext context, RecordedRequest request);
