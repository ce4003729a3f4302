import { bundleCycle } from './bundles';

describe('bundleCycle', () => {
  const graph = new Map<string, string[]>([
    ['B1', ['P1', 'P2']],
    ['B2', ['B1', 'P3']],
  ]);
  it.each<[string, string, string[], string[] | null]>([
    ['plain products', 'B3', ['P1', 'P2'], null],
    ['a bundle of bundles', 'B3', ['B1', 'B2'], null],
    ['itself directly', 'B1', ['B1', 'P1'], ['B1', 'B1']],
    ['itself through another bundle', 'B1', ['B2'], ['B1', 'B2', 'B1']],
  ])('%s', (_name, id, components, cycle) => {
    expect(bundleCycle(id, components, graph)).toEqual(cycle);
  });
});
