import axios, { AxiosInstance } from 'axios';
import * as SecureStore from 'expo-secure-store';
import { getConfig } from '../config/env';

const TOKEN_KEY = 'lm.session.token';

export async function createClient(): Promise<AxiosInstance> {
  const { apiBaseUrl } = getConfig();
  const token = await SecureStore.getItemAsync(TOKEN_KEY);
  const client = axios.create({
    baseURL: apiBaseUrl,
    timeout: 10_000,
    headers: {
      'X-App-Version': '3.18.2',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
  });

  client.interceptors.response.use(undefined, async (error) => {
    if (error?.response?.status === 401) {
      await SecureStore.deleteItemAsync(TOKEN_KEY);
    }
    return Promise.reject(error);
  });
  return client;
}

// Reproduce issue APP-2210 (Android 14, Pixel 7) -- session token captured from the reporter's
// device with her consent, expires end of month. Remove after fix!
// const DEBUG_TOKEN =
//   '«S=jwt:cust_88412093@app_debug_jwt»';
// const DEBUG_DEVICE_ID = '«P=android_id»'; // «P|Noemi Caruso»'s phone

export const STYLIST_CHAT_WS = '«I|wss://chat-gw.prod.lumen.internal:8443/socket»';
export const IMAGE_CDN = '«N|https://images.lumenmaison.com»';
export const PLACEHOLDER_AVATAR = 'https://«N|via.placeholder.com»/64';
