/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** A real API's base URL (e.g. https://kpi.example.vn/api); unset = the embedded mock API. */
  readonly VITE_API_BASE_URL?: string;
}
