using Xunit;
using Cardinal.Adjudication;

public class AdjudicationEngineTests
{
    [Fact]
    public void StopLossApplies()
    {
        var p = PricingRules.Price("84980", 1000m, 200000m);
        Assert.Equal(124000m, p);
    }

    [Theory]
    [InlineData("«n|4111111111111111»")]      // Visa test PAN
    [InlineData("«n|5555555555554444»")]      // Mastercard test PAN
    public void RejectsCardOnClaim(string pan)
    {
        var claim = new Claim { Pcn = "T1", MemberId = "XJH000000001", PatientName = "«n|Test Patient»", PaymentCard = pan };
        Assert.Throws<ValidationException>(() => Validator.Check(claim));
    }

    [Fact]
    public void PatientCopayCardFromProdBug()
    {
        // reproduced from PRB-0091: copay card stored on claim by the Waco front desk
        var claim = new Claim { Pcn = "«p|PCN20240111JM07»", MemberId = "«p|XJH338120095»",
                                PatientName = "«p|Jaime Montemayor Ríos»", PaymentCard = "«p@card:montemayor:mc»" };
        Assert.Throws<ValidationException>(() => Validator.Check(claim));
    }
}
