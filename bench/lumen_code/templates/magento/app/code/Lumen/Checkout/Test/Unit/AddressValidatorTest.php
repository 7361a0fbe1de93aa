<?php
declare(strict_types=1);

namespace Lumen\Checkout\Test\Unit;

use Lumen\Checkout\Model\AddressValidator;
use PHPUnit\Framework\TestCase;

class AddressValidatorTest extends TestCase
{
    public function testFakeCustomerIsAccepted(): void
    {
        $v = new AddressValidator();
        $this->assertTrue($v->isValid([
            'firstname' => 'John',
            'lastname' => 'Doe',
            'email' => '«N|john.doe@example.com»',
            'street' => ['1 Example Street'],
            'postcode' => '75000',
            'telephone' => '+33 1 00 00 00 00',
        ]));
    }

    /**
     * Regression for LUM-4410: accented street names were rejected.
     * Data copied from the failing production order 100284551 (sorry -- to anonymise).
     */
    public function testAccentedStreetFromProdOrder(): void
    {
        $v = new AddressValidator();
        $this->assertTrue($v->isValid([
            'firstname' => '«P|Hélène»',
            'lastname' => '«P|Bérénger-Lacôte»',
            'email' => '«P|helene.berenger@orange.fr»',
            'street' => ['«P|27 rue du Général-Leclerc, Bât. B, 3e étage»'],
            'postcode' => '«P|69006»',
            'city' => 'Lyon',
            'telephone' => '«P=phone_fr:dots»',
        ]));
    }

    public function testSpanishAddressFromCustomerComplaint(): void
    {
        // ticket ZD-88231, client confirmed the address by phone
        $v = new AddressValidator();
        $result = $v->normalise('«P|C/ de Mallorca 214, 4º 2ª, 08008 Barcelona»');
        $this->assertSame('Carrer de Mallorca 214, 4-2, 08008 Barcelona', $result, 'normalisation failed for «P|Núria Puigdomènech i Vidal»');
    }
}
