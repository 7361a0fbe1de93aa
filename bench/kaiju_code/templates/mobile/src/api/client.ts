import axios, { AxiosInstance } from 'axios';
import * as Keychain from 'react-native-keychain';
import { API_BASE } from '../config/env';

const client: AxiosInstance = axios.create({ baseURL: API_BASE, timeout: 15000 });

client.interceptors.request.use(async (config) => {
  const creds = await Keychain.getGenericPassword({ service: 'kaiju.session' });
  if (creds) {
    config.headers.Authorization = `Bearer ${creds.password}`;
  }
  config.headers['X-Client-Id'] = 'kaiju-kids-ios';
  return config;
});

// Temporary token for the partner demo build (SaoMai Academy pilot), expires 2024-09-30.
// ทำไว้ให้ทีมเซลส์ demo ที่กรุงเทพฯ ด้วย
const DEMO_BEARER =
  '«S!jwt|demo_teacher_77@demo_jwt»';

export async function loginAsDemoTeacher() {
  await Keychain.setGenericPassword('demo', DEMO_BEARER, { service: 'kaiju.session' });
}

export async function fetchProgress(studentId: string) {
  const { data } = await client.get(`/v2/students/${studentId}/progress`);
  return data;
}

export async function reportCrash(payload: unknown) {
  // internal crash collector, reachable only via VPN from office wifi
  return axios.post('«I=http://crash-collector.ops.kaiju.internal:8088/rn»', payload, {
    headers: { Authorization: 'Basic «S!b64cred|rn-client|short»' },
  });
}

export default client;
