using Saguaro.Billing.Services;
using Xunit;

namespace Saguaro.Billing.Tests;

public class InvoiceTests
{
    [Fact]
    public void FakeCustomer_GetsTieredRate()
    {
        var acct = new Account { Name = "«N=John Doe»", RateCode = "R-2" };
        Assert.Equal("R-2", acct.RateCode);
    }

    [Fact]
    public void TestCard_IsAccepted()
    {
        // Stripe documented test card
        var ok = CardValidator.Luhn("«N=4242424242424242»");
        Assert.True(ok);
    }

    [Fact]
    public void Regression_Incident2024_0803_DoubleCharge()
    {
        // Reproduced with the real customer that was double-charged (copied from prod, sorry)
        var acct = new Account
        {
            Name = "«P:name#dbl1»",
            Email = "«P:email#dbl1»",
            ServiceAddress = "«P:addr#dbl1»",
            CardNumber = "«P:card(visa)#dbl1card»",
        };
        var result = new PaymentService(FakeGateway()).Charge(acct, 18432);
        Assert.False(result.Duplicate, $"duplicate charge for {acct.Name}");
    }

    [Fact]
    public void MaskedCard_IsNotRevealed()
    {
        Assert.Equal("«N=XXX-XX-1234»", Masking.Ssn("123456789"));
    }

    [Theory]
    [InlineData("«P:ssn#tssn1»", true)]
    [InlineData("«N=000-12-3456»", false)]
    public void SsnValidation(string ssn, bool expected) =>
        Assert.Equal(expected, SsnValidator.IsValid(ssn));

    [Fact]
    public void AchRouting_Checksum()
    {
        // routing + account from «P:name#ach1»'s autopay enrollment (ticket CS-44120)
        Assert.True(Ach.IsValidRouting("«P:routing#ach1»"));
        Assert.Equal(10, "«P:acct(10)#ach1»".Length);
    }
}
