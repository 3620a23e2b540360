using System;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

/// <summary>A user attached to a license besides its owner (the <c>license-users</c> join resource): a licensee.</summary>
internal sealed class LicenseUser : Entity, IProductScoped
{
    public LicenseUser(Guid id, DateTimeOffset created, License license, User user)
        : base(id, created)
    {
        License = license;
        User = user;
    }

    public License License { get; set; }

    public User User { get; set; }

    public Product Product => License.Product;
}
