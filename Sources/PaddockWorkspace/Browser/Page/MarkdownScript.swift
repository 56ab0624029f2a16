/// The page script behind `GET /v1/browser/page/markdown`: a small DOM-to-Markdown converter.
///
/// It renders headings, paragraphs, links, emphasis, inline code, code blocks, images, block
/// quotes, nested lists and tables (first row as the header). Hidden elements, scripts, styles and
/// forms' option lists are skipped. It is not Readability: navigation bars and footers stay in.
enum MarkdownScript {
    static let source = #"""
        () => {
            const skipped = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'HEAD',
                'META', 'LINK', 'SELECT', 'OPTION', 'BUTTON', 'INPUT', 'TEXTAREA']);
            const blockTags = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
                'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
                'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'UL', 'BODY']);
            const shown = (element) => {
                const style = getComputedStyle(element);
                return style.display !== 'none' && style.visibility !== 'hidden';
            };
            const isBlock = (node) => node.nodeType === 1 && blockTags.has(node.tagName);
            const squash = (text) => text.replace(/\s+/g, ' ');
            const wrap = (marker, text) => {
                const trimmed = text.trim();
                return trimmed ? marker + trimmed + marker : '';
            };
            const inlineOne = (child) => {
                if (child.nodeType === 3) return squash(child.textContent);
                if (child.nodeType !== 1 || skipped.has(child.tagName) || !shown(child)) return '';
                switch (child.tagName) {
                case 'BR': return '\n';
                case 'A': {
                    const text = inline(child).trim();
                    const href = child.getAttribute('href');
                    const linked = href && text && !href.startsWith('javascript:');
                    return linked ? '[' + text + '](' + child.href + ')' : text;
                }
                case 'STRONG': case 'B': return wrap('**', inline(child));
                case 'EM': case 'I': return wrap('*', inline(child));
                case 'DEL': case 'S': return wrap('~~', inline(child));
                case 'CODE': case 'KBD': case 'SAMP': return wrap('`', child.textContent);
                case 'IMG': return child.alt ? '![' + child.alt + '](' + child.src + ')' : '';
                default: return isBlock(child) ? ' ' + inline(child) + ' ' : inline(child);
                }
            };
            const inline = (node) => [...node.childNodes].map(inlineOne).join('');
            const list = (element, depth) => {
                const lines = [];
                let number = Number(element.getAttribute('start') || 1);
                for (const item of element.children) {
                    if (item.tagName !== 'LI' || !shown(item)) continue;
                    const marker = element.tagName === 'OL' ? (number++) + '. ' : '- ';
                    const nested = [];
                    let text = '';
                    for (const child of item.childNodes) {
                        if (child.nodeType === 1 && (child.tagName === 'UL' || child.tagName === 'OL')) {
                            nested.push(list(child, depth + 1));
                        } else {
                            text += inlineOne(child);
                        }
                    }
                    text = squash(text).trim();
                    lines.push('  '.repeat(depth) + marker + text);
                    lines.push(...nested.filter((block) => block));
                }
                return lines.join('\n');
            };
            const table = (element) => {
                const rows = [...element.querySelectorAll('tr')].filter((row) => row.closest('table') === element);
                if (rows.length === 0) return '';
                const cells = rows.map((row) => [...row.children]
                    .filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH')
                    .map((cell) => squash(inline(cell)).trim().replace(/\|/g, '\\|')));
                const width = Math.max(...cells.map((row) => row.length));
                const line = (row) => '| ' + Array.from({length: width}, (_, i) => row[i] || '').join(' | ') + ' |';
                const out = [line(cells[0]), '|' + ' --- |'.repeat(width)];
                for (const row of cells.slice(1)) out.push(line(row));
                return out.join('\n');
            };
            const blocks = (node, out) => {
                let run = '';
                const flush = () => {
                    const text = run.replace(/[ \t]+\n/g, '\n').replace(/\n[ \t]+/g, '\n').replace(/ +/g, ' ').trim();
                    if (text) out.push(text);
                    run = '';
                };
                for (const child of node.childNodes) {
                    if (!isBlock(child)) {
                        run += inlineOne(child);
                        continue;
                    }
                    if (skipped.has(child.tagName) || !shown(child)) continue;
                    flush();
                    const tag = child.tagName;
                    if (/^H[1-6]$/.test(tag)) {
                        const text = squash(inline(child)).trim();
                        if (text) out.push('#'.repeat(Number(tag[1])) + ' ' + text);
                    } else if (tag === 'PRE') {
                        const code = child.querySelector('code');
                        const language = ((code ? code.className : '').match(/language-(\S+)/) || [])[1] || '';
                        out.push('```' + language + '\n' + child.textContent.replace(/\n$/, '') + '\n```');
                    } else if (tag === 'UL' || tag === 'OL') {
                        const text = list(child, 0);
                        if (text) out.push(text);
                    } else if (tag === 'TABLE') {
                        const text = table(child);
                        if (text) out.push(text);
                    } else if (tag === 'BLOCKQUOTE') {
                        const inner = [];
                        blocks(child, inner);
                        if (inner.length) out.push(inner.join('\n\n').split('\n').map((l) => '> ' + l).join('\n'));
                    } else if (tag === 'HR') {
                        out.push('---');
                    } else {
                        blocks(child, out);
                    }
                }
                flush();
            };
            const out = [];
            if (document.body) blocks(document.body, out);
            return {markdown: out.join('\n\n'), title: document.title, url: location.href};
        }
        """#
}
