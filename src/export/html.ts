// One self-contained page (no network: inline CSS and JS, system fonts only) with the sheet and
// a 复制 button per field. Each field's exact text lives in one JSON blob the script reads, so
// what is copied never depends on how the browser renders or wraps the visible text.
import type { Sheet, SheetField, SheetFinding, SheetItem } from './sheet.js';
import { categoryLabel } from './sheet.js';
import { lengthNote } from './txt.js';

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** JSON that is safe inside <script>: no `</script>`, `<!--` or line separators can break out. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const CSS = `
:root{--ink:#1f2328;--muted:#59636e;--line:#d8dee4;--bg:#f6f7f9;--card:#fff;--accent:#ff2442;--ok:#1a7f37;--warn:#9a6700;--err:#cf222e}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.6 -apple-system,BlinkMacSystemFont,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","WenQuanYi Micro Hei",system-ui,sans-serif}
main{max-width:880px;margin:0 auto;padding:20px 16px 64px}
header.top{position:sticky;top:0;z-index:2;background:rgba(246,247,249,.96);border-bottom:1px solid var(--line);backdrop-filter:blur(4px)}
header.top .in{max-width:880px;margin:0 auto;padding:10px 16px;display:flex;gap:12px;align-items:center;flex-wrap:wrap}
header.top h1{font-size:17px;margin:0;flex:1 1 auto}
.progress{font-size:13px;color:var(--muted);white-space:nowrap}
.meta{color:var(--muted);font-size:13px;margin:4px 0 0}
.note{background:#fff8c5;border:1px solid #eac54f;border-radius:8px;padding:10px 12px;margin:12px 0}
.note.forced{background:#ffebe9;border-color:#ff8182}
.screen{margin-top:28px}
.screen>h2{font-size:18px;margin:0;display:flex;gap:8px;align-items:baseline;flex-wrap:wrap}
.screen>h2 .count{font-size:13px;font-weight:normal;color:var(--muted)}
.where{margin:2px 0 10px;color:var(--muted);font-size:13px}
.item{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px 14px;margin:10px 0}
.item>h3{font-size:15px;margin:0 0 6px;display:flex;gap:8px;flex-wrap:wrap;align-items:baseline}
.item>h3 .sub{font-weight:normal;color:var(--muted);font-size:13px}
.match{display:inline-block;font-size:12px;border:1px solid var(--line);border-radius:999px;padding:0 8px;color:var(--muted)}
.group{font-size:13px;color:var(--muted);margin:8px 0 4px}
.field{border-top:1px dashed var(--line);padding:8px 0}
.item>.field:first-child,.item>h3+.field,.group+.field{border-top:0}
.fhead{display:flex;align-items:center;gap:8px;flex-wrap:wrap}
.label{font-weight:600;font-size:14px}
.len{font-size:12px;color:var(--muted);font-variant-numeric:tabular-nums}
.len.over{color:var(--err);font-weight:600}
.spacer{flex:1 1 auto}
button.copy{font:inherit;font-size:14px;min-width:64px;min-height:34px;padding:4px 14px;border-radius:8px;border:1px solid var(--accent);background:var(--accent);color:#fff;cursor:pointer}
button.copy:active{transform:translateY(1px)}
button.copy:focus-visible{outline:3px solid #0969da;outline-offset:2px}
.field.copied button.copy{background:#fff;color:var(--accent)}
.done{font-size:13px;color:var(--ok);font-weight:600;white-space:nowrap}
.done.fail{color:var(--err)}
.text{margin:6px 0 0;padding:8px 10px;background:#f6f8fa;border-radius:6px;white-space:pre-wrap;word-break:break-word;overflow-wrap:anywhere;font:inherit}
.field.copied .text{background:#eef9f1}
ul.findings{list-style:none;margin:6px 0 0;padding:0;font-size:13px}
ul.findings li{padding:4px 8px;border-left:3px solid var(--warn);background:#fff8c5;margin:3px 0;border-radius:0 6px 6px 0}
ul.findings li.error{border-color:var(--err);background:#ffebe9}
.rule{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px}
.empty{color:var(--muted);font-style:italic}
.kwgrid{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:6px;margin:2px 0 10px}
.field.kw{border:1px solid var(--line);border-radius:8px;padding:5px 6px 5px 10px;display:flex;flex-wrap:wrap;align-items:center;gap:4px 8px}
.field.kw .text{margin:0;padding:0;background:none;flex:1 1 auto;font-weight:600;white-space:pre-wrap}
.field.kw .len{order:2}
.field.kw .done{order:3}
.field.kw button.copy{order:4;min-height:30px;min-width:52px;padding:2px 10px;font-size:13px}
.field.kw ul.findings{order:5;flex:1 1 100%}
.field.kw.copied{background:#eef9f1;border-color:#a6dcb5}
@media (max-width:520px){body{font-size:16px}main{padding:12px 10px 48px}.item{padding:10px}header.top h1{font-size:15px}button.copy{min-height:40px;min-width:72px}}
@media print{header.top{position:static}button.copy,.done{display:none}}
`;

// Plain ES5-level script: runs from file:// and old phone browsers alike.
const SCRIPT = `
(function(){
  var texts = JSON.parse(document.getElementById('xhs-fields').textContent);
  var copied = {};
  var total = texts.length;
  var progress = document.getElementById('progress');
  function fallbackCopy(text){
    var ta = document.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.style.position = 'fixed'; ta.style.top = '0'; ta.style.left = '0'; ta.style.opacity = '0';
    document.body.appendChild(ta);
    ta.focus(); ta.select();
    try { ta.setSelectionRange(0, text.length); } catch (e) {}
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    document.body.removeChild(ta);
    return ok;
  }
  function copyText(text){
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(function(){ return true; }, function(){ return fallbackCopy(text); });
    }
    return Promise.resolve(fallbackCopy(text));
  }
  function updateProgress(){
    var n = 0; for (var k in copied) if (copied.hasOwnProperty(k)) n++;
    if (progress) progress.textContent = progress.getAttribute('data-template').replace('{n}', n).replace('{total}', total);
  }
  document.addEventListener('click', function(ev){
    var target = ev.target;
    var button = target && target.closest ? target.closest('button.copy') : null;
    if (!button) return;
    var index = Number(button.getAttribute('data-index'));
    var field = button.closest('.field');
    var done = field.querySelector('.done');
    copyText(texts[index]).then(function(ok){
      done.hidden = false;
      if (ok) {
        done.className = 'done';
        done.textContent = done.getAttribute('data-ok');
        field.className += field.className.indexOf('copied') < 0 ? ' copied' : '';
        copied[index] = true;
        updateProgress();
      } else {
        done.className = 'done fail';
        done.textContent = done.getAttribute('data-fail');
      }
    });
  });
  updateProgress();
})();
`;

function findingsHtml(findings: readonly SheetFinding[], zh: boolean): string {
  if (findings.length === 0) return '';
  const items = findings
    .map((f) => {
      const level = f.severity === 'error' ? (zh ? '错误' : 'Error') : zh ? '警告' : 'Warning';
      const where = f.source ? `${escapeHtml(f.source)} ` : '';
      const hint = f.suggestion ? `<br>${zh ? '建议改为' : 'Suggestion'}：${escapeHtml(f.suggestion)}` : '';
      return `<li class="${f.severity}">${where}${level} <span class="rule">${escapeHtml(f.ruleId)}</span>：${escapeHtml(f.message)}${hint}</li>`;
    })
    .join('');
  return `<ul class="findings">${items}</ul>`;
}

export function writeHtml(sheet: Sheet): string {
  return renderHtml(sheet).html;
}

/** What the page's 复制 buttons copy, in page order (each field, a product card's ID first). */
export function copyTexts(sheet: Sheet): string[] {
  return renderHtml(sheet).texts;
}

function renderHtml(sheet: Sheet): { html: string; texts: string[] } {
  const zh = sheet.lang === 'zh';
  const t = {
    title: zh ? '小红书客服自动回复 · 逐项粘贴表' : 'Xiaohongshu auto replies · paste sheet',
    copy: zh ? '复制' : 'Copy',
    ok: zh ? '已复制 ✓' : 'Copied ✓',
    fail: zh ? '复制失败，请手动选中文字复制' : 'Copy failed; select the text by hand',
    progress: zh ? '已复制 {n} / {total}' : 'Copied {n} / {total}',
    where: zh ? '后台位置' : 'Where',
    none: zh ? '（无，这一页不用填）' : '(none; nothing to fill in here)',
  };

  // What each 复制 button copies, by data-index, in page order.
  const texts: string[] = [];
  const copyButton = (f: { readonly label: string }, i: number) =>
    `<span class="done" hidden data-ok="${escapeHtml(t.ok)}" data-fail="${escapeHtml(t.fail)}" aria-live="polite"></span>` +
    `<button type="button" class="copy" data-index="${i}" aria-label="${escapeHtml(`${t.copy} ${f.label}`)}">${t.copy}</button>`;
  // The backend's product card starts with picking the product: its ID is pasted into the
  // product search, so it gets a 复制 button like every text; a card without one is flagged.
  const productIdHtml = (item: SheetItem): string => {
    const label = zh ? '商品ID' : 'Product ID';
    if (!item.productId) {
      const message = zh
        ? '这张卡片没有商品ID：后台设置商品卡片要先选商品。在「商品管理」里复制商品ID，填到配置的 product_id 再导出。'
        : 'This card has no product ID: the backend card starts with picking the product. Copy the ID from the product list into product_id and export again.';
      return findingsHtml([{ ruleId: 'placeholder', severity: 'error', message }], zh);
    }
    const i = texts.push(item.productId) - 1;
    return (
      `<div class="field pid" data-key="product_id.${escapeHtml(item.id ?? '')}" data-index="${i}">` +
      `<div class="fhead"><span class="label">${escapeHtml(label)}</span><span class="spacer"></span>${copyButton({ label }, i)}</div>` +
      `<pre class="text">${escapeHtml(item.productId)}</pre></div>`
    );
  };
  const lengthHtml = (f: SheetField) => {
    const limitTitle = f.limitConfirmed
      ? ''
      : ` title="${escapeHtml(zh ? '后台上限未经官方确认，参考同类平台' : 'backend limit unconfirmed; taken from peer platforms')}"`;
    return `<span class="len${f.overLimit ? ' over' : ''}"${limitTitle}>${escapeHtml(lengthNote(f, zh))}</span>`;
  };
  const fieldHtml = (f: SheetField): string => {
    const i = texts.push(f.text) - 1;
    return (
      `<div class="field" data-key="${escapeHtml(f.key)}" data-index="${i}">` +
      `<div class="fhead"><span class="label">${escapeHtml(f.label)}</span>${lengthHtml(f)}<span class="spacer"></span>${copyButton(f, i)}</div>` +
      `<pre class="text">${escapeHtml(f.text)}</pre>` +
      findingsHtml(f.findings, zh) +
      `</div>`
    );
  };
  // Keywords are short and many (up to 10 a rule): compact chips keep a 16-rule sheet scannable.
  const keywordHtml = (f: SheetField): string => {
    const i = texts.push(f.text) - 1;
    return (
      `<div class="field kw" data-key="${escapeHtml(f.key)}" data-index="${i}" title="${escapeHtml(f.label)}">` +
      `<span class="text">${escapeHtml(f.text)}</span>${lengthHtml(f)}${copyButton(f, i)}` +
      findingsHtml(f.findings, zh) +
      `</div>`
    );
  };

  const itemHtml = (item: SheetItem, screenId: string): string => {
    const sub: string[] = [];
    if (item.id) sub.push(`id: ${escapeHtml(item.id)}`);
    if (item.productName) sub.push(`${zh ? '商品' : 'Product'}：${escapeHtml(item.productName)}`);
    const title =
      screenId === 'welcome' || screenId === 'quick_questions'
        ? ''
        : `<h3>${escapeHtml(item.number)} ${escapeHtml(item.title)}` +
          (sub.length ? ` <span class="sub">${sub.join(' · ')}</span>` : '') +
          (item.matchLabel ? ` <span class="match">${zh ? '匹配方式' : 'Match'}：${escapeHtml(item.matchLabel)}</span>` : '') +
          (item.timing ? ` <span class="match">${zh ? '发送时机' : 'When'}：${escapeHtml(item.timing)}</span>` : '') +
          `</h3>`;
    // Built in page order: the buttons' indexes are handed out as each part is drawn.
    const productId = screenId === 'product_cards' ? productIdHtml(item) : '';
    const keywords = item.fields.filter((f) => f.fieldId.endsWith('.keyword'));
    const others = item.fields.filter((f) => !f.fieldId.endsWith('.keyword'));
    const keywordBlock = keywords.length
      ? `<div class="group">${zh ? `关键词（逐个添加，共 ${keywords.length} 个）` : `Keywords (add one by one, ${keywords.length})`}</div>` +
        `<div class="kwgrid">${keywords.map(keywordHtml).join('')}</div>`
      : '';
    return (
      `<article class="item" id="item-${escapeHtml(item.number)}">${title}${findingsHtml(item.findings, zh)}` +
      productId +
      keywordBlock +
      others.map(fieldHtml).join('') +
      `</article>`
    );
  };

  const shop = [sheet.shop.name, sheet.shop.category ? categoryLabel(sheet.shop.category, sheet.lang) : '']
    .filter(Boolean)
    .join(' · ');
  const parts: string[] = [];
  parts.push(
    `<!doctype html>`,
    `<html lang="${zh ? 'zh-CN' : 'en'}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    // No network at all: a page saved to a phone or opened from a USB stick works the same.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`,
    `<title>${escapeHtml(shop ? `${shop} · ${t.title}` : t.title)}</title>`,
    `<style>${CSS}</style></head>`,
    `<body>`,
    `<header class="top"><div class="in"><h1>${escapeHtml(t.title)}</h1>` +
      `<span class="progress" id="progress" data-template="${escapeHtml(t.progress)}"></span></div></header>`,
    `<main>`,
    `<p class="meta">${shop ? `${zh ? '店铺' : 'Shop'}：${escapeHtml(shop)}<br>` : ''}${zh ? '后台' : 'Backend'}：${escapeHtml(sheet.backend)}</p>`,
    `<p class="meta">${
      zh
        ? '按顺序打开每个后台页面，点「复制」后粘贴到对应的输入框；关键词逐个添加。'
        : 'Open each backend screen in order, press Copy and paste into the matching box; add keywords one by one.'
    }</p>`,
  );
  if (sheet.forced) {
    parts.push(
      `<div class="note forced">${escapeHtml(
        zh
          ? `本表在还有 ${sheet.errorCount} 个检查错误时强制导出（--force），粘贴前请先修改标出的内容。`
          : `Exported with --force while ${sheet.errorCount} lint error(s) remain; fix the marked texts before pasting.`,
      )}</div>`,
    );
  }
  if (sheet.findings.length) {
    parts.push(
      `<div class="note"><strong>${escapeHtml(
        zh ? `检查结果：${sheet.errorCount} 个错误，${sheet.warningCount} 个警告` : `Findings: ${sheet.errorCount} errors, ${sheet.warningCount} warnings`,
      )}</strong>${findingsHtml(sheet.findings, zh)}</div>`,
    );
  }
  for (const screen of sheet.screens) {
    const count =
      screen.maxItems !== undefined
        ? `<span class="count">${zh ? `${screen.items.length} / ${screen.maxItems} 条` : `${screen.items.length} / ${screen.maxItems}`}</span>`
        : '';
    parts.push(
      `<section class="screen" id="screen-${escapeHtml(screen.id)}">`,
      `<h2>${screen.number}. ${escapeHtml(screen.title)} ${count}</h2>`,
      `<p class="where">${t.where}：${escapeHtml(screen.location)}</p>`,
      findingsHtml(screen.findings, zh),
      screen.items.length
        ? screen.id === 'quick_questions'
          ? `<article class="item"><div class="kwgrid">${screen.items.map((it) => it.fields.map(keywordHtml).join('')).join('')}</div></article>`
          : screen.id === 'welcome'
          ? `<article class="item">${screen.items.map((it) => it.fields.map(fieldHtml).join('')).join('')}</article>`
          : screen.items.map((it) => itemHtml(it, screen.id)).join('')
        : `<p class="empty">${t.none}</p>`,
      `</section>`,
    );
  }
  parts.push(
    `</main>`,
    `<script type="application/json" id="xhs-fields">${scriptJson(texts)}</script>`,
    `<script>${SCRIPT}</script>`,
    `</body></html>`,
  );
  return { html: parts.join('\n') + '\n', texts };
}
