using Keygen.Emulator.Hosting;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>The standalone emulator's options.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Loopback_webhooks_are_a_flag_off_by_default()
    {
        var (defaults, _) = CommandLine.Parse([]);
        var (delivering, error) = CommandLine.Parse(["--loopback-webhooks", "--account", "acme"]);

        Assert.False(defaults!.DeliverWebhooksToLoopback);
        Assert.Null(error);
        Assert.True(delivering!.DeliverWebhooksToLoopback);
        Assert.Equal("acme", delivering.Account);
    }

    [Fact]
    public void An_unknown_option_is_an_error_that_names_it()
    {
        var (options, error) = CommandLine.Parse(["--loopback-webhook"]);

        Assert.Null(options);
        Assert.Equal("Unknown option --loopback-webhook.", error);
    }

    [Fact]
    public void The_edition_is_ee_unless_ce_is_asked_for()
    {
        var (defaults, _) = CommandLine.Parse([]);
        var (community, _) = CommandLine.Parse(["--edition", "CE"]);
        var (options, error) = CommandLine.Parse(["--edition", "pro"]);

        Assert.Equal(KeygenEdition.Enterprise, defaults!.Edition);
        Assert.Equal(KeygenEdition.Community, community!.Edition);
        Assert.Null(options);
        Assert.Equal("--edition needs ee or ce, got 'pro'.", error);
    }
}
