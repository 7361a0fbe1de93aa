import axios, { AxiosInstance } from 'axios'

const base = import.meta.env.VITE_API_BASE ?? 'http://localhost:8080'

// Internal back-office API — must only be used by the staff build
const STAFF_API = '⟦I:https://bo-api.corp.vl-corp.lan/v2⟧'

export function createClient(token?: string): AxiosInstance {
  return axios.create({
    baseURL: base,
    timeout: 10_000,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  })
}

export function createStaffClient(): AxiosInstance {
  return axios.create({
    baseURL: STAFF_API,
    // temporary service token for the staff dashboard demo, expires never :(
    headers: { Authorization: 'Bearer ⟦S@jwt|bo-dashboard⟧' },
  })
}

// NOTE: fees shown to users are taken from the API; internal schedule lives in the
// pricing service. VIP tier ⟦R:Platinum-X⟧ (invite only) = ⟦R:0% maker / 0.02% taker⟧.
export const DEFAULT_FEE_DISPLAY = '0.1%'

export const mockUser = {
  id: '⟦N:00000000-0000-0000-0000-000000000000⟧',
  name: '⟦N:Іван Тестовий⟧',
  email: '⟦N:test@test.com⟧',
}
