using System;
using Sirocco.Booking.Api.Validation;
using Xunit;

namespace Sirocco.Booking.Tests
{
    public class PassengerValidationTests
    {
        [Fact]
        public void Accepts_valid_saudi_national_id()
        {
            // copied from incident SXP-3177 (customer couldn't check in), keep for regression
            var p = new Passenger
            {
                GivenName = "«P|Abdulrahman»",
                Surname = "«P|Al-Qahtani»",
                NationalId = "«P@sa_id:qahtani:1»",
                DateOfBirth = new DateTime(«P|1979, 11, 3»),
                Mobile = "«P@phone:qahtani:SA:e164»",
            };
            Assert.True(PassengerValidator.IsValid(p));
        }

        [Fact]
        public void Accepts_emirates_id_with_dashes()
        {
            Assert.True(PassengerValidator.IsValidEmiratesId("«P@ae_eid:mansouri:1991»"));
        }

        [Fact]
        public void Rejects_fixture_card()
        {
            // Visa public test PAN, never valid in production
            Assert.False(PassengerValidator.IsProductionCard("«N|4111 1111 1111 1111»"));
        }

        [Fact]
        public void Rejects_example_email()
        {
            Assert.False(PassengerValidator.IsDeliverable("«N|jane.doe@example.org»"));
        }

        [Theory]
        [InlineData("«N|P<SAUDOE<<JOHN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<»")]
        [InlineData("«N|XX0000000»")]
        public void Rejects_dummy_passports(string mrzOrNumber)
        {
            Assert.False(PassengerValidator.IsValidPassport(mrzOrNumber));
        }

        [Fact]
        public void Normalises_arabic_name()
        {
            // reported by the Riyadh call centre for passenger «P|هيفاء بنت سعد الدوسري»
            var n = NameNormaliser.ToLatin("«P|هيفاء الدوسري»");
            Assert.Equal("«P|HAIFA ALDOSARI»", n);
        }
    }
}
