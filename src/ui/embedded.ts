// Whether the chart is embedded in another site's page (/embed/…): the frame then keeps what it
// says (title, legend, sources) and drops what it offers (toggles, downloads, links into the app),
// and the marks carry their values as native tooltips, which work without any script.
import { createContext, useContext } from 'react';

export const EmbeddedContext = createContext(false);

export const useEmbedded = (): boolean => useContext(EmbeddedContext);
