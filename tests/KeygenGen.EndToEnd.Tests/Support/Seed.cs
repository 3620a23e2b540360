using System;
using System.Threading.Tasks;

namespace Keygen.EndToEnd.Tests.Support;

/// <summary>Creates what a test needs through the SDK, as the admin; each call makes fresh resources, so tests sharing an emulator never collide.</summary>
internal static class Seed
{
    public const string Password = "secret-password";

    public static Task<Product> ProductAsync(this KeygenClient keygen, string name = "Studio") =>
        keygen.Products.CreateAsync(new CreateProductRequest { Name = name });

    /// <summary>A fresh product and a policy of it; <paramref name="configure"/> sets the policy's attributes.</summary>
    public static async Task<Policy> PolicyAsync(this KeygenClient keygen, Action<CreatePolicyRequest>? configure = null)
    {
        var product = await keygen.ProductAsync();
        var request = new CreatePolicyRequest { Name = "Pro", ProductId = product.Id };
        configure?.Invoke(request);
        return await keygen.Policies.CreateAsync(request);
    }

    /// <summary>A license of a fresh policy (set up by <paramref name="policy"/>); <paramref name="license"/> sets the license's own attributes.</summary>
    public static async Task<License> LicenseAsync(this KeygenClient keygen, Action<CreatePolicyRequest>? policy = null, Action<CreateLicenseRequest>? license = null)
    {
        var created = await keygen.PolicyAsync(policy);
        var request = new CreateLicenseRequest { PolicyId = created.Id };
        license?.Invoke(request);
        return await keygen.Licenses.CreateAsync(request);
    }

    public static Task<Machine> ActivateAsync(this KeygenClient keygen, string licenseId, string fingerprint, Action<CreateMachineRequest>? configure = null)
    {
        var request = new CreateMachineRequest { LicenseId = licenseId, Fingerprint = fingerprint };
        configure?.Invoke(request);
        return keygen.Machines.CreateAsync(request);
    }

    /// <summary>
    /// A new environment created with an admin of its own (<c>relationships.admins</c>), and a token of that admin made
    /// by signing in there: Keygen finds a token only in its own environment, so the global admin's is unknown inside an
    /// ISOLATED one (401).
    /// </summary>
    public static async Task<(KeygenEnvironment Environment, string AdminToken)> EnvironmentWithAdminAsync(this KeygenClient keygen, EnvironmentIsolationStrategy isolation)
    {
        var email = $"admin-{Guid.NewGuid():N}@example.com";
        var environment = await keygen.Environments.CreateAsync(new CreateEnvironmentRequest
        {
            Name = "Sandbox",
            Code = $"env-{Guid.NewGuid():N}"[..16],
            IsolationStrategy = isolation,
            Admins = [new NewUser { Email = email, Password = Password }],
        });
        var token = await keygen.WithAuth(KeygenAuth.Basic(email, Password)).Tokens.GenerateAsync(null, new KeygenCallOptions { Environment = environment.Code });
        return (environment, token.Token!);
    }

    /// <summary>A user with a unique email and <see cref="Password"/>.</summary>
    public static Task<User> UserAsync(this KeygenClient keygen, string password = Password) =>
        keygen.Users.CreateAsync(new CreateUserRequest { Email = $"user-{Guid.NewGuid():N}@example.com", Password = password });
}
