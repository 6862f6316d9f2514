// `share`: a copy of a shop's config that another shop can extend. What identifies this shop —
// its name, the backend's product IDs, prices written into texts — becomes a variable whose
// value is left blank in the copy and marked for each shop to fill in; everything else
// (rules, replies, lint settings, comments, key order) stays as written. Pure: text in, text out.
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, Pair, Scalar, visit, YAMLMap, type Document } from 'yaml';
import { UserError } from '../errors.js';
import { isTemplateName } from '../config/templates.js';
import { listVariables } from '../config/vars.js';

export const FILL_IN_COMMENT = ' 每个店铺填写自己的值';

export interface ShareOptions {
  /** Directory of the file being shared (relative `extends` and `$schema` are resolved from it). */
  readonly fromDir: string;
  /** Directory the shared copy will live in (they are rewritten relative to it). */
  readonly toDir: string;
  /** The shop name after `extends` merging, when the file itself does not set one. */
  readonly shopName?: string;
}

export interface ShareResult {
  /** The shared file's text. */
  readonly text: string;
  /** This shop's values of the variables the copy leaves blank (what its own file must set). */
  readonly values: Readonly<Record<string, string>>;
}

const PRICE = /([¥￥]\s*)(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)(\s*(?:元|块钱|块))/g;

function splitByPlaceholders(text: string): { literal: boolean; text: string }[] {
  const parts: { literal: boolean; text: string }[] = [];
  let at = 0;
  for (const use of listVariables(text)) {
    if (use.start > at) parts.push({ literal: true, text: text.slice(at, use.start) });
    parts.push({ literal: false, text: text.slice(use.start, use.end) });
    at = use.end;
  }
  if (at < text.length) parts.push({ literal: true, text: text.slice(at) });
  return parts;
}

function varSafe(id: string): string {
  const s = id.replace(/[^A-Za-z0-9_\u4e00-\u9fff]/g, '_');
  return /^[A-Za-z_\u4e00-\u9fff]/.test(s) ? s : `_${s}`;
}

function rel(toDir: string, target: string): string {
  const r = relative(toDir, target).split(sep).join('/');
  return r.startsWith('.') ? r : `./${r}`;
}

/** Every text scalar a buyer sees, with its path, in file order. */
function textPaths(doc: Document): (string | number)[][] {
  const paths: (string | number)[][] = [['welcome', 'text']];
  const seqLength = (path: (string | number)[]) => {
    const node = doc.getIn(path, true);
    return isSeq(node) ? node.items.length : 0;
  };
  for (let i = 0; i < seqLength(['welcome', 'quick_questions']); i++) paths.push(['welcome', 'quick_questions', i]);
  for (const list of ['keyword_rules', 'product_cards'] as const) {
    for (let i = 0; i < seqLength([list]); i++) {
      for (let k = 0; k < seqLength([list, i, 'keywords']); k++) paths.push([list, i, 'keywords', k]);
      if (list === 'product_cards') paths.push([list, i, 'name']);
      paths.push([list, i, 'reply']);
    }
  }
  for (let i = 0; i < seqLength(['follow_ups']); i++) paths.push(['follow_ups', i, 'text']);
  return paths;
}

export function shareConfig(source: string, options: ShareOptions): ShareResult {
  const doc = parseDocument(source);
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    throw new UserError({ zh: '配置文件无法解析，先运行 xhs-reply lint 修好再分享', en: 'the config does not parse; fix it (xhs-reply lint) before sharing' });
  }
  const root = doc.contents as YAMLMap;
  const values: Record<string, string> = {};
  const varsNode = doc.getIn(['vars'], true);
  const existing = new Map<string, string>();
  if (isMap(varsNode)) {
    for (const pair of varsNode.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (isScalar(pair.value) && (typeof pair.value.value === 'string' || typeof pair.value.value === 'number')) {
        existing.set(key, String(pair.value.value));
      }
    }
  }
  const taken = (name: string) => existing.has(name) || Object.hasOwn(values, name);
  const fresh = (base: string) => {
    let name = base;
    for (let n = 2; taken(name); n++) name = `${base}_${n}`;
    return name;
  };

  // The shop's name: the value moves to vars.shop_name; texts keep {{shop.name}}.
  const nameNode = doc.getIn(['shop', 'name'], true);
  let shopName = options.shopName;
  if (isScalar(nameNode) && typeof nameNode.value === 'string' && nameNode.value.trim() !== '') {
    shopName = nameNode.value;
    if (listVariables(nameNode.value).length === 0) {
      const name = fresh('shop_name');
      values[name] = nameNode.value;
      nameNode.value = `{{${name}}}`;
    }
  }
  if (shopName !== undefined && (listVariables(shopName).length > 0 || [...shopName].length < 2)) shopName = undefined;

  // Prices in texts: one variable per distinct amount; an amount that already is a variable's
  // value (满99元包邮 with free_shipping_threshold: 99) reuses that variable.
  const priceVar = new Map<string, string>();
  for (const [name, value] of existing) if (/^\d+(\.\d+)?$/.test(value) && !priceVar.has(value)) priceVar.set(value, name);
  let priceCount = 0;
  const priceName = (amount: string): string => {
    const known = priceVar.get(amount);
    if (known) return known;
    let name: string;
    do name = `price_${++priceCount}`;
    while (taken(name));
    values[name] = amount;
    priceVar.set(amount, name);
    return name;
  };

  for (const path of textPaths(doc)) {
    const node = doc.getIn(path, true);
    if (!isScalar(node) || typeof node.value !== 'string') continue;
    const before = node.value;
    const after = splitByPlaceholders(before)
      .map((part) => {
        if (!part.literal) return part.text;
        let t = part.text;
        if (shopName) t = t.split(shopName).join('{{shop.name}}');
        // Split again: the shop name just became a placeholder and must not be price-scanned.
        return splitByPlaceholders(t)
          .map((p) =>
            p.literal
              ? p.text.replace(PRICE, (_m, cur: string | undefined, a1: string | undefined, a2: string | undefined, unit: string | undefined) =>
                  cur !== undefined ? `${cur}{{${priceName(a1!)}}}` : `{{${priceName(a2!)}}}${unit}`,
                )
              : p.text,
          )
          .join('');
      })
      .join('');
    if (after !== before) {
      node.value = after;
      // A plain scalar starting with "{" would read back as a map; let yaml pick quoting.
      if (node.type === Scalar.PLAIN) node.type = undefined;
    }
  }

  // Comments are kept, but not the shop's name in them (they are not filled like texts).
  if (shopName) {
    const scrub = (c: string | null | undefined) => (c ? c.split(shopName!).join('本店') : c);
    doc.commentBefore = scrub(doc.commentBefore) ?? null;
    doc.comment = scrub(doc.comment) ?? null;
    visit(doc, (_key, node) => {
      if (node && typeof node === 'object' && 'commentBefore' in node) {
        const n = node as { commentBefore?: string | null; comment?: string | null };
        if (n.commentBefore) n.commentBefore = scrub(n.commentBefore);
        if (n.comment) n.comment = scrub(n.comment);
      }
    });
  }

  // Product IDs belong to one shop's backend.
  const cards = doc.getIn(['product_cards'], true);
  if (isSeq(cards)) {
    cards.items.forEach((card, i) => {
      if (!isMap(card)) return;
      const idNode = card.get('product_id', true);
      if (!isScalar(idNode) || idNode.value === null || idNode.value === '') return;
      const raw = String(idNode.value);
      if (listVariables(raw).length > 0) return;
      const cardId = card.get('id');
      const name = fresh(`product_id_${varSafe(typeof cardId === 'string' ? cardId : String(i + 1))}`);
      values[name] = raw;
      idNode.value = `{{${name}}}`;
      idNode.type = Scalar.QUOTE_DOUBLE;
    });
  }

  // The blanks go into vars, marked, so the next shop sees what to fill in.
  const newNames = Object.keys(values);
  if (newNames.length > 0) {
    let vars = isMap(varsNode) ? varsNode : undefined;
    if (!vars) {
      vars = new YAMLMap();
      const shopAt = root.items.findIndex((p) => isScalar(p.key) && p.key.value === 'shop');
      const at = shopAt >= 0 ? shopAt + 1 : Math.min(1, root.items.length);
      root.items.splice(at, 0, new Pair(new Scalar('vars'), vars));
    }
    vars.flow = false;
    newNames.forEach((name) => {
      const key = new Scalar(name);
      const value = new Scalar('');
      value.type = Scalar.QUOTE_DOUBLE;
      value.comment = FILL_IN_COMMENT;
      vars!.items.push(new Pair(key, value));
    });
  }

  // Relative paths must still point at the same files from where the copy is written.
  const ext = doc.getIn(['extends'], true);
  if (isSeq(ext)) {
    for (const entry of ext.items) {
      if (!isScalar(entry) || typeof entry.value !== 'string') continue;
      if (isTemplateName(entry.value) || isAbsolute(entry.value)) continue;
      entry.value = rel(options.toDir, resolve(options.fromDir, entry.value));
    }
  }
  const note =
    '# 由 xhs-reply share 生成：店铺名称、商品ID和文字里的价格已换成变量，值留空（vars 里标「每个店铺填写自己的值」）。\n' +
    '# 各店铺在自己的配置里写 extends: [这个文件]，只填写自己的 vars。\n';
  let text = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  // The $schema line must stay first for editors; a relative one is re-pointed from the new place.
  const schemaLine = /^#\s*yaml-language-server:\s*\$schema=(\S+)[^\n]*\n/.exec(text);
  if (schemaLine) {
    const ref = schemaLine[1];
    const fixed = ref.startsWith('./') || ref.startsWith('../') ? rel(options.toDir, resolve(options.fromDir, ref)) : ref;
    text = `# yaml-language-server: $schema=${fixed}\n${note}${text.slice(schemaLine[0].length)}`;
  } else {
    text = note + text;
  }
  return { text, values };
}

/** The file a shop writes next to the shared copy: extends it and sets only its own values. */
export function shopOverlay(
  sharedFile: string,
  overlayDir: string,
  values: Readonly<Record<string, string>>,
  sharedText?: string,
): string {
  // Same schema as the shared file, re-pointed from the overlay's folder, so editors still check it.
  const schema = sharedText ? /^#\s*yaml-language-server:\s*\$schema=(\S+)/.exec(sharedText)?.[1] : undefined;
  const schemaRef =
    schema && (schema.startsWith('./') || schema.startsWith('../')) ? rel(overlayDir, resolve(dirname(sharedFile), schema)) : schema;
  const lines = [
    ...(schemaRef ? [`# yaml-language-server: $schema=${schemaRef}`] : []),
    `# 本店自己的值；其余设置都来自 ${rel(overlayDir, sharedFile)}`,
    'version: 1',
    `extends: [${JSON.stringify(rel(overlayDir, sharedFile))}]`,
  ];
  const names = Object.keys(values);
  if (names.length > 0) {
    lines.push('vars:');
    for (const name of names) lines.push(`  ${name}: ${JSON.stringify(values[name])}`);
  }
  return lines.join('\n') + '\n';
}

