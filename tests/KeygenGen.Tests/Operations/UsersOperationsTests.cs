using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Serialization;
using Keygen.Tests.Operations.Documents;
using Keygen.Tests.Transport.Fixtures;
using Xunit;

namespace Keygen.Tests.Operations;

/// <summary>
/// users.create, update, list, updatePassword, resetPassword (createUser, updateUser, listUsers, updateUserPassword,
/// resetUserPassword). Get and delete: <see cref="GetOperationsTests"/>, <see cref="DeleteOperationsTests"/>.
/// </summary>
public sealed class UsersOperationsTests : OperationTest
{
    [Fact]
    public async Task Create_posts_the_user_with_a_write_only_password()
    {
        Reply(201, UserDocuments.Document());

        User user = await Keygen.Users.CreateAsync(new CreateUserRequest
        {
            Email = UserDocuments.Email,
            FirstName = "Ada",
            LastName = "Lovelace",
            Password = Sentinels.Password,
            Role = UserRole.User,
            Metadata = new JsonObject { ["crmId"] = "cus_49F1" },
        });

        Expect("POST", $"{Acme}/users", body: $$"""
            {"data":{"type":"users","attributes":{
              "firstName":"Ada","lastName":"Lovelace","email":"{{UserDocuments.Email}}","password":"{{Sentinels.Password}}","role":"user",
              "metadata":{"crmId":"cus_49F1"} },"relationships":{} } }
            """);
        UserDocuments.AssertMapped(user);
    }

    [Fact]
    public async Task Get_accepts_an_email_as_the_id_and_escapes_it()
    {
        Reply(200, UserDocuments.Document());

        await Keygen.Users.GetAsync("ada+test@example.com");

        Expect("GET", $"{Acme}/users/ada%2Btest%40example.com");
    }

    [Fact]
    public async Task Update_patches_only_what_is_set_and_clears_what_is_set_to_null()
    {
        Reply(200, UserDocuments.Document());

        User user = await Keygen.Users.UpdateAsync(UserDocuments.Id, new UpdateUserRequest { FirstName = null, Role = UserRole.SalesAgent });

        Expect("PATCH", $"{Acme}/users/{UserDocuments.Id}", body: """
            {"data":{"type":"users","attributes":{"firstName":null,"role":"sales-agent"}}}
            """);
        UserDocuments.AssertMapped(user);
    }

    [Fact]
    public async Task List_filters_by_roles_status_and_metadata()
    {
        Reply(200, JsonApiDocument.List([UserDocuments.Resource()], $"{KeygenAccount.Path}/users", next: null));

        KeygenPage<User> page = await Keygen.Users.ListPageAsync(new ListUsersRequest
        {
            Roles = [UserRole.User, UserRole.Admin],
            Status = UserStatus.Active,
            Metadata = new JsonObject { ["crmId"] = "cus_49F1" },
        });

        Expect("GET", $"{Acme}/users", query:
        [
            ("roles[]", "user"), ("roles[]", "admin"), ("status", "ACTIVE"), ("metadata[crmId]", "cus_49F1"),
            ("page[size]", "100"), ("page[cursor]", ""),
        ]);
        UserDocuments.AssertMapped(Assert.Single(page.Data));
    }

    [Fact]
    public async Task Update_password_posts_old_and_new_password_in_meta()
    {
        Reply(200, UserDocuments.Document());

        User user = await Keygen.Users.UpdatePasswordAsync(UserDocuments.Id, new UpdateUserPasswordRequest { OldPassword = Sentinels.Password, NewPassword = "n3w-Passw0rd!" });

        Expect("POST", $"{Acme}/users/{UserDocuments.Id}/actions/update-password", body: $$"""
            {"meta":{"oldPassword":"{{Sentinels.Password}}","newPassword":"n3w-Passw0rd!"} }
            """);
        UserDocuments.AssertMapped(user);
    }

    [Fact]
    public async Task Reset_password_posts_the_reset_token_and_new_password_in_meta()
    {
        Reply(200, UserDocuments.Document());

        User user = await Keygen.Users.ResetPasswordAsync(UserDocuments.Id, new ResetUserPasswordRequest { PasswordResetToken = "2f9c8e7d6b5a", NewPassword = "n3w-Passw0rd!" });

        Expect("POST", $"{Acme}/users/{UserDocuments.Id}/actions/reset-password", body: """
            {"meta":{"passwordResetToken":"2f9c8e7d6b5a","newPassword":"n3w-Passw0rd!"}}
            """);
        UserDocuments.AssertMapped(user);
    }
}
