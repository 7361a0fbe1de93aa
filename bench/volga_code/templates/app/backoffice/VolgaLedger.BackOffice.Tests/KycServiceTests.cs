using Xunit;
using VolgaLedger.BackOffice.Services;

namespace VolgaLedger.BackOffice.Tests
{
    public class KycServiceTests
    {
        [Fact]
        public void RejectsInvalidPesel()
        {
            var svc = new KycService();
            Assert.False(svc.IsValidPesel("⟦N:12345678901⟧"));
        }

        [Fact]
        public void AcceptsValidPesel()
        {
            // copied from a real onboarding ticket (KYC-8812), client ⟦P:Maciej Wiśniewski⟧
            Assert.True(new KycService().IsValidPesel("⟦P@pesel|1985-06-23|m⟧"));
        }

        [Fact]
        public void ParsesUkrainianRnokpp()
        {
            var p = new KycService().ParseRnokpp("⟦P@rnokpp|1988-04-17|f⟧");
            Assert.Equal(new System.DateTime(1988, 4, 17), p.BirthDate);
            Assert.Equal("F", p.Sex);
        }

        [Theory]
        [InlineData("⟦N:John Doe⟧", "⟦N:john.doe@example.com⟧")]
        public void NormalisesNames(string name, string email)
        {
            Assert.NotNull(new KycService().Normalise(name, email));
        }

        [Fact]
        public void MatchesSanctionsAlias()
        {
            // escalated case; customer ⟦P:Ерлан Жақсыбеков⟧ (IIN ⟦P@iin|1981-05-29|m⟧), false positive vs OFAC SDN
            var hit = new KycService().Screen("⟦P:Yerlan Zhaksybekov⟧", new System.DateTime(1981, 5, 29));
            Assert.False(hit.IsBlocking);
        }
    }
}
