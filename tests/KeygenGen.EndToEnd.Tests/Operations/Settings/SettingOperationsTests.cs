using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Settings;

/// <summary>Account settings: one per key, the key usable as the id.</summary>
public sealed class SettingOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("settings.create", "settings.get", "settings.list", "settings.update", "settings.delete")]
    public Task A_setting_is_created_read_by_key_updated_and_deleted() => CoveringAsync(async () =>
    {
        var created = await Keygen.Settings.CreateAsync(new CreateSettingRequest
        {
            Key = AccountSettingKey.DefaultLicensePermissions,
            Value = JsonSerializer.SerializeToElement(new[] { "license.validate", "machine.create" }),
        });
        var byKey = await Keygen.Settings.GetAsync("default_license_permissions");
        var listed = await Keygen.Settings.ListAsync().ToListAsync();

        Assert.Equal(created.Id, byKey.Id);
        Assert.Equal(["license.validate", "machine.create"], Strings(byKey.Value));
        Assert.Contains(listed, s => s.Id == created.Id && s.Key == AccountSettingKey.DefaultLicensePermissions);

        var again = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Settings.CreateAsync(new CreateSettingRequest
        {
            Key = AccountSettingKey.DefaultLicensePermissions,
            Value = JsonSerializer.SerializeToElement(new[] { "license.validate" }),
        }));
        Assert.Equal((422, "KEY_TAKEN"), (again.StatusCode, again.Code));

        var updated = await Keygen.Settings.UpdateAsync(created.Id, new UpdateSettingRequest { Value = JsonSerializer.SerializeToElement(new[] { "license.read" }) });
        Assert.Equal(["license.read"], Strings(updated.Value));
        Assert.Equal(["license.read"], Strings((await Keygen.Settings.GetAsync(created.Id)).Value));

        await Keygen.Settings.DeleteAsync(created.Id);
        var gone = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Settings.GetAsync(created.Id));
        Assert.Equal(404, gone.StatusCode);
        Assert.DoesNotContain(await Keygen.Settings.ListAsync().ToListAsync(), s => s.Id == created.Id);
    });

    [Fact]
    public async Task A_setting_without_a_value_is_an_argument_error_before_anything_is_sent()
    {
        var before = await Keygen.Settings.ListAsync().ToListAsync();

        var error = await Assert.ThrowsAsync<System.ArgumentException>(() => Keygen.Settings.CreateAsync(new CreateSettingRequest
        {
            Key = AccountSettingKey.DefaultUserPermissions,
            Value = default,
        }));

        Assert.Contains("default(JsonElement)", error.Message, System.StringComparison.Ordinal);
        Assert.Equal(before.Count, (await Keygen.Settings.ListAsync().ToListAsync()).Count);
    }

    private static string[] Strings(JsonElement value) => value.EnumerateArray().Select(e => e.GetString()!).ToArray();
}
