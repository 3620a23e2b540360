using System;
using System.Text;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>The test-only verifier must itself be right before it can judge the emulator: RFC 8032 §7.1 vectors.</summary>
public sealed class Ed25519ReferenceTests
{
    [Theory]
    [InlineData(
        "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
        "",
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b")]
    [InlineData(
        "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
        "72",
        "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00")]
    public void AcceptsTheRfcVectorsAndRejectsAnyChange(string publicKey, string message, string signature)
    {
        var key = Convert.FromHexString(publicKey);
        var data = Convert.FromHexString(message);
        var sig = Convert.FromHexString(signature);

        Assert.True(Ed25519Reference.Verify(key, data, sig));

        var otherMessage = Encoding.UTF8.GetBytes("tampered");
        Assert.False(Ed25519Reference.Verify(key, otherMessage, sig));
        sig[10] ^= 0x01;
        Assert.False(Ed25519Reference.Verify(key, data, sig));
    }
}
