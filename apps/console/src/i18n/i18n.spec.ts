import { en } from './en';
import { zh } from './zh';

type Tree = Record<string, unknown>;

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as Tree, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('translations', () => {
  it('gives every Tierwise label, enum and message in Chinese as in English', () => {
    const ours = (t: Tree) => keys({ enums: t.enums, resources: t.resources, tierwise: t.tierwise } as Tree).sort();
    expect(ours(zh as Tree)).toEqual(ours(en as Tree));
  });

  it('has react-admin\'s own messages in Chinese', () => {
    const ra = (zh as Tree).ra as Tree;
    expect((ra.action as Tree).save).toBe('保存');
    expect((ra.page as Tree).dashboard).toBe('概览');
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...new Set(s.match(/%\{\w+\}/g) ?? [])].sort();
    const lookup = (t: Tree, key: string) => key.split('.').reduce<unknown>((node, k) => (node as Tree)[k], t) as string;
    const tierwiseKeys = keys((en as Tree).tierwise as Tree, 'tierwise.');
    for (const key of tierwiseKeys) expect([key, placeholders(lookup(zh as Tree, key))]).toEqual([key, placeholders(lookup(en as Tree, key))]);
  });
});
