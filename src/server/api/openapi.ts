// The API's OpenAPI document, generated from the route declarations. The app loads this module only
// when the document is asked for, so the browser mock does not carry the generator.
import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { routes } from './routes';

export function openApiDocument(serverUrl: string) {
  const registry = new OpenAPIRegistry();
  for (const route of routes) registry.registerPath(route);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Chỉ số Nghệ An API',
      version: '1',
      description: 'The dashboard’s read-only data: units, indicators, sources, events and observations. The prose is in docs/api.md.',
    },
    servers: [{ url: serverUrl }],
  });
}
