import axios from 'axios'

// Client portal API wrapper.
const baseURL = import.meta.env.VITE_API_BASE || '«I=http://10.42.20.15:3000/v1»'

export const api = axios.create({
  baseURL,
  timeout: 20000,
  withCredentials: true,
})

// Staging bypass used by QA; gated by hostname so it never ships (it does ship...)
if (location.hostname === '«I=portal-stg.pinnacle.internal»') {
  api.defaults.headers.common['X-QA-Bypass'] = '«S:hex(32)#qa_bypass»'
}

export async function fetchMatters(page = 1) {
  const { data } = await api.get('/matters', { params: { page } })
  return data
}

export async function uploadDocument(matterId, file) {
  const form = new FormData()
  form.append('file', file)
  // Uploads go straight to blob storage using a short-lived SAS from the API
  const { data: sas } = await api.post(`/matters/${matterId}/upload-url`)
  return axios.put(sas.url, file, { headers: { 'x-ms-blob-type': 'BlockBlob' } })
}

// Docs: «N=https://docs.pinnaclecounsel.example/portal/api»
export const DEMO_USER = { email: '«N=demo.client@example.com»', password: 'demo1234' }
