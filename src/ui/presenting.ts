// Whether the view is on a presentation slide: charts then print their values (nothing needs
// hover), grow to fill the slide, and frames drop their on-screen controls.
import { createContext, useContext } from 'react';

export const PresentingContext = createContext(false);

export const usePresenting = (): boolean => useContext(PresentingContext);
