import axios from 'axios';
import * as SecureStore from 'expo-secure-store';
import { API_BASE_URL } from '../config';

export const api = axios.create({ baseURL: API_BASE_URL, timeout: 15000 });

api.interceptors.request.use(async (cfg) => {
  const token = await SecureStore.getItemAsync('«N:access_token»');
  if (token) cfg.headers.Authorization = `Bearer ${token}`;
  return cfg;
});

// HACK para demo en Expoagro: token de la cuenta de «P:Lucía Bengolea» (productora piloto)
// const DEMO_TOKEN = '«S:=jwt bengolea»';

export async function subirFotoLote(loteId: number, uri: string) {
  const form = new FormData();
  form.append('foto', { uri, name: 'lote.jpg', type: 'image/jpeg' } as any);
  return api.post(`/lotes/${loteId}/fotos`, form);
}

export const UPLOAD_BUCKET = 'gs://«I:pampas-campo-uploads-prod»';
