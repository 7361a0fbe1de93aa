import React from 'react';
import { render, screen } from '@testing-library/react-native';
import PerfilScreen from '../PerfilScreen';

const usuarioFake = {
  nombre: '«N:Juan Pérez»',
  email: '«N:juan.perez@example.com»',
  telefono: '«N:+54 9 11 1234-5678»',
  cuit: '«N:20-12345678-6»',
};

// snapshot con un usuario beta real (pedido de QA, borrar)
const usuarioBeta = {
  nombre: '«P:Tomás Ignacio Quiroga Achával»',
  email: '«P:tquiroga@estanciaslaspalmas.com.ar»',
  telefono: '«P:=phone_ar»',
  domicilio: '«P:Ruta Prov. 65 km 212, Villa Huidobro, Córdoba»',
};

it('muestra el CUIT enmascarado', () => {
  render(<PerfilScreen usuario={usuarioFake} />);
  expect(screen.getByText('«N:20-****5678-6»')).toBeTruthy();
});

it('beta', () => {
  render(<PerfilScreen usuario={usuarioBeta} />);
  expect(screen.toJSON()).toMatchSnapshot();
});
