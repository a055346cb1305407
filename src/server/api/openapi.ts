// The API's OpenAPI document, generated from the route declarations. The app loads this module only
// when the document is asked for, so the browser mock does not carry the generator.
import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { editingRoutes, SESSION_SCHEME } from './editingRoutes';
import { routes } from './routes';

export function openApiDocument(serverUrl: string) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', SESSION_SCHEME, {
    type: 'apiKey',
    in: 'cookie',
    // kpi_session on a loopback host, where a browser would drop a __Host- cookie (docs/api.md).
    name: '__Host-kpi_session',
    description: 'the session cookie set by POST /session; every state-changing request must also come from the site itself (Origin)',
  });
  for (const route of [...routes, ...editingRoutes]) registry.registerPath(route);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Chỉ số Nghệ An API',
      version: '1',
      description:
        'The dashboard’s data (units, indicators, sources, events, observations: anyone reads them) and its editing (sessions, accounts, the audit log, data versions: signed in). The prose is in docs/api.md.',
    },
    servers: [{ url: serverUrl }],
  });
}
