import { lazy, Suspense, type ComponentType, type ReactElement } from 'react';
import { Loading } from 'react-admin';

type Page = 'list' | 'show' | 'edit' | 'create';

/** All four pages of a resource. */
export const CRUD: readonly Page[] = ['list', 'show', 'edit', 'create'];
type Pages = Partial<Record<Page, ComponentType>>;

/**
 * A resource whose pages load when first opened: what a product manager downloads before the first product row is the
 * shell and the product list, not every form, chart and dialog of the console. The module is fetched once, whichever
 * page asks first; the pages named here exist at once, so react-admin knows the routes (and hides what a role may not do).
 */
export function lazyResource(load: () => Promise<Pages>, pages: Page[]): Pages {
  let loading: Promise<Pages> | undefined;
  const module = () => (loading ??= load());
  return Object.fromEntries(
    pages.map((page) => {
      const Lazy = lazy(async () => ({ default: (await module())[page] ?? (() => null) }));
      const Wrapped = () => (
        <Suspense fallback={<Loading />}>
          <Lazy />
        </Suspense>
      );
      Wrapped.displayName = `Lazy(${page})`;
      return [page, Wrapped];
    }),
  );
}

/** One component of a module, loaded when first rendered (the dashboard and its charts). */
export function lazyComponent(load: () => Promise<ComponentType>): () => ReactElement {
  const Lazy = lazy(async () => ({ default: await load() }));
  return () => (
    <Suspense fallback={<Loading />}>
      <Lazy />
    </Suspense>
  );
}
