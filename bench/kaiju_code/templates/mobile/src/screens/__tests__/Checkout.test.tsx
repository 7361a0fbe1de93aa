import React from 'react';
import { render, fireEvent, waitFor } from '@testing-library/react-native';
import Checkout from '../Checkout';

jest.mock('../../api/client');

const fakeUser = {
  id: 'u_test',
  name: '«N=Jane Doe»',
  email: '«N=jane@example.com»',
  phone: '+1 555 0100',
};

describe('Checkout', () => {
  it('renders the price with tax for JP', () => {
    const { getByText } = render(<Checkout user={fakeUser} market="jp" sku="annual" />);
    expect(getByText('¥9,800（税込）')).toBeTruthy();
  });

  it('shows the masked card', () => {
    const { getByText } = render(<Checkout user={fakeUser} market="jp" savedCard={{ last4: '0005' }} />);
    expect(getByText('«N=•••• 0005»')).toBeTruthy();
  });

  it('fills Thai address form', async () => {
    // address copied from a real failing order (order #TH-55190) to reproduce the postcode bug
    const { getByTestId } = render(<Checkout user={fakeUser} market="th" />);
    fireEvent.changeText(getByTestId('address-line1'), '«P=99/123 หมู่บ้านพฤกษา ซอยรามคำแหง 24 แขวงหัวหมาก»');
    fireEvent.changeText(getByTestId('district'), 'เขตบางกะปิ');
    fireEvent.changeText(getByTestId('postcode'), '10240');
    fireEvent.changeText(getByTestId('recipient'), '«P=กนกวรรณ ทองดี»');
    fireEvent.changeText(getByTestId('phone'), '«P!phone_th»');
    await waitFor(() => expect(getByTestId('submit')).toBeEnabled());
  });

  it('uses the 7-Eleven barcode for TH cash payment', () => {
    const { getByTestId } = render(<Checkout user={fakeUser} market="th" method="cash" />);
    expect(getByTestId('barcode').props.value).toMatch(/^\d{20}$/);
  });
});
