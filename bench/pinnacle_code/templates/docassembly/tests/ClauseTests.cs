using Xunit;
using Pinnacle.DocAssembly.Services;

public class ClauseTests
{
    [Fact]
    public void MergeFields_AreReplaced()
    {
        var doc = Assembler.Merge("Dear {{ClientName}},", new { ClientName = "«N=John Q. Public»" });
        Assert.Equal("Dear John Q. Public,", doc);
    }

    [Fact]
    public void Address_IsFormattedCanadaPost()
    {
        var a = Assembler.FormatAddress("123 Any Street", "Anytown", "ON", "A1A 1A1");
        Assert.Contains("A1A 1A1", a);
    }

    [Fact]
    public void Will_RendersBeneficiaries()
    {
        // Fixture taken from the Wills & Estates pilot; client consented (?) — check with KM
        var will = Assembler.Will(testator: "«P=Margaret Élise Fournier»",
                                  dob: "«P:dob(fr)#fournier»",
                                  beneficiary: "«P=Benoît Fournier»",
                                  address: "«P=45 Chemin du Lac-Brome, Knowlton, QC J0E 1V0»");
        Assert.Contains("Fournier", will);
    }

    [Theory]
    [InlineData("«N=4111 1111 1111 1111»")]
    [InlineData("«N=5555-5555-5555-4444»")]
    public void CardNumbers_AreMasked(string pan)
    {
        Assert.StartsWith("****", Assembler.Mask(pan));
    }
}
