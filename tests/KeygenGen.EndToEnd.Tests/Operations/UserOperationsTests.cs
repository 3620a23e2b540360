using System;
using System.Linq;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations;

/// <summary>createUser, getSingleUser, updateUser, listUsers, deleteUser, updateUserPassword.</summary>
public sealed class UserOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("users.create", "users.get", "users.update", "users.list", "users.delete")]
    public Task A_user_is_created_read_updated_listed_and_deleted() => CoveringAsync(async () =>
    {
        var email = $"ada-{Guid.NewGuid():N}@example.com";
        var created = await Keygen.Users.CreateAsync(new CreateUserRequest { Email = email, FirstName = "Ada", LastName = "Lovelace", Password = Seed.Password });
        var read = await Keygen.Users.GetAsync(created.Id);

        Assert.Equal((email, "Ada Lovelace"), (read.Email, read.FullName));
        Assert.Equal(UserRole.User, read.Role);
        Assert.Equal(UserStatus.Active, read.Status); // new users count as active

        await Keygen.Users.UpdateAsync(created.Id, new UpdateUserRequest { FirstName = "Augusta", LastName = null });
        var reread = await Keygen.Users.GetAsync(created.Id);

        Assert.Equal("Augusta", reread.FirstName);
        Assert.Null(reread.LastName);
        Assert.Equal(email, reread.Email);

        var listed = await Keygen.Users.ListAsync().ToListAsync();
        Assert.Contains(listed, u => u.Id == created.Id);
        Assert.DoesNotContain(listed, u => u.Email == Emulator.Emulator.AdminEmail);

        await Keygen.Users.DeleteAsync(created.Id);
        var gone = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Users.GetAsync(created.Id));
        Assert.Equal(404, gone.StatusCode);
    });

    [Fact]
    [Covers("users.updatePassword")]
    public Task A_user_changes_their_password_with_the_old_one() => CoveringAsync(async () =>
    {
        var user = await Keygen.UserAsync("first-password");
        var token = await Keygen.WithAuth(KeygenAuth.Basic(user.Email, "first-password")).Tokens.GenerateAsync();
        using var asUser = Keygen.WithAuth(KeygenAuth.Bearer(token.Token!));

        var wrong = await Assert.ThrowsAsync<KeygenApiException>(() =>
            asUser.Users.UpdatePasswordAsync(user.Id, new UpdateUserPasswordRequest { OldPassword = "not-it", NewPassword = "second-password" }));
        var changed = await asUser.Users.UpdatePasswordAsync(user.Id, new UpdateUserPasswordRequest { OldPassword = "first-password", NewPassword = "second-password" });
        var withOld = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.WithAuth(KeygenAuth.Basic(user.Email, "first-password")).Tokens.GenerateAsync());
        var withNew = await Keygen.WithAuth(KeygenAuth.Basic(user.Email, "second-password")).Tokens.GenerateAsync();

        Assert.Equal(401, wrong.StatusCode);
        Assert.Equal("/meta/oldPassword", wrong.Errors[0].Source?.Pointer);
        Assert.Equal(user.Id, changed.Id);
        Assert.Equal((401, "PASSWORD_INVALID"), (withOld.StatusCode, withOld.Code));
        Assert.Equal(user.Id, withNew.BearerId);
    });
}
