// A view whose code is loaded when first opened, that can also be loaded before the page hydrates.
// A page the server drew must hydrate its view in the same pass as the rest: a view still loading
// leaves its part of the page dehydrated, and an update reaching it then (the page turning live)
// makes React throw the server's markup away and draw that part again, a long task.
import { createElement, lazy, useState, type ComponentType } from 'react';

export type LazyView<P> = ComponentType<P> & { preload: () => Promise<unknown> };

export function lazyView<M, P extends object>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>): LazyView<P> {
  let loaded: ComponentType<P> | null = null;
  const preload = () => load().then((module) => (loaded = pick(module)));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function View(props: P) {
    // Chosen once per mount: switching from the lazy form to the loaded one would remount the view.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(Component, props);
  }
  return Object.assign(View, { preload });
}
