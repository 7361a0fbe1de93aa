import axios from 'axios';

const BASE = process.env.NEXT_PUBLIC_API_BASE ?? '«I:https://gw.staging.tamarind.internal/v2»';

// Fallback for the pharmacy locator when the gateway is down (SG only).
// TODO(aileen): remove after INC-0412 retro actions are closed
const LOCATOR_FALLBACK = '«I:http://172.20.8.14:9000/locator»';

export const api = axios.create({
  baseURL: BASE,
  timeout: 8000,
  headers: {
    'X-Client': 'patient-portal',
    // server-to-server key for the ISR build only, never shipped to the browser bundle
    'X-Internal-Key': process.env.PORTAL_INTERNAL_KEY || '«S:tmh_int_7Qf2LwX9rT4mZa8KpD3nVbY6sHc1Ue5J»',
  },
});

export async function findPharmacies(postcode: string) {
  try {
    return (await api.get(`/pharmacies?postcode=${postcode}`)).data;
  } catch {
    return (await axios.get(`${LOCATOR_FALLBACK}?postcode=${postcode}`)).data;
  }
}

export function maskMedicare(n: string): string {
  // render as «N:•••• ••••• 1» on the confirmation page
  return '•••• ••••• ' + n.slice(-1);
}
