// Whether the chart is embedded in another site's page (/embed/…): the frame then keeps what it
// says (title, legend, sources) and drops what it offers (toggles, downloads, links into the app),
// and the marks carry their values as native tooltips, which work without any script.
import { createContext, useContext } from 'react';
import type { Provenance } from '../api/contract';

/** Null outside an embed; inside, what a mark's native tooltip says of its provenance. */
export type Embedded = { provenanceLabel: (provenance: Provenance) => string } | null;

export const EmbeddedContext = createContext<Embedded>(null);

export const useEmbedded = (): Embedded => useContext(EmbeddedContext);
