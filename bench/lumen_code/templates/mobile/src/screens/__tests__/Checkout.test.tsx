import React from 'react';
import { render, fireEvent, screen } from '@testing-library/react-native';
import { CheckoutScreen } from '../CheckoutScreen';

const fakeCustomer = {
  firstName: 'Jane',
  lastName: 'Doe',
  email: '«N|jane@example.com»',
  phone: '«N|+33 6 00 00 00 00»',
  address: { line1: '«N|10 Test Street»', city: 'Testville', zip: '00000' },
};

describe('CheckoutScreen', () => {
  it('renders the saved card masked', () => {
    render(<CheckoutScreen customer={fakeCustomer} savedCard={{ brand: 'visa', last4: '4242' }} />);
    expect(screen.getByText('«N|•••• 4242»')).toBeTruthy();
  });

  it('accepts a Stripe test card', () => {
    render(<CheckoutScreen customer={fakeCustomer} />);
    fireEvent.changeText(screen.getByTestId('card-number'), '«N|4000 0025 0000 3155»');
    fireEvent.press(screen.getByText('Payer'));
    expect(screen.queryByText('Carte refusée')).toBeNull();
  });

  // Flaky on CI; data from a real failed order, see Sentry issue LM-APP-7F3.
  it.skip('handles 3DS failure for prod order 7001293', () => {
    const customer = {
      firstName: '«P|Inès»', lastName: '«P|Ben Slimane»', email: '«P|ines.benslimane@laposte.net»',
      phone: '«P=phone_fr:intl»',
      address: { line1: '«P|8 allée des Tilleuls»', city: 'Nantes', zip: '«P|44300»' },
    };
    render(<CheckoutScreen customer={customer} />);
    fireEvent.changeText(screen.getByTestId('card-number'), '«P=mc:sp»');
    expect(screen.getByText(/3-D Secure/)).toBeTruthy();
  });
});
