import { en } from './en';
import { messagesFor, singlePluralForm } from './catalogs';
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

  it("has react-admin's own messages in Chinese", () => {
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

  it('says the number in Chinese plurals (one form: "选中3项", never "选中1项" for 3)', () => {
    const zhMessages = messagesFor('zh-CN') as Tree;
    const plural = keys(zhMessages).filter((k) => String(k.split('.').reduce<unknown>((n, p) => (n as Tree)[p], zhMessages)).includes('||||'));
    expect(plural).toEqual([]);
    const bulk = ((zhMessages.ra as Tree).action as Tree).bulk_actions as string;
    expect(bulk).toContain('%{smart_count}');
    expect(singlePluralForm({ a: '选中1项 |||| 选中%{smart_count}项', b: '保存' })).toEqual({ a: '选中%{smart_count}项', b: '保存' });
  });

  it('titles a record by its representation in Chinese too, never by its id', () => {
    const zhMessages = messagesFor('zh-CN') as Tree;
    const page = (zhMessages.ra as Tree).page as Tree;
    expect([page.show, page.edit]).toEqual(['%{name} %{recordRepresentation}', '%{name} %{recordRepresentation}']);
    expect(JSON.stringify(zhMessages)).not.toContain('#%{id}');
  });
});
