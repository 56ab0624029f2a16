/// The page script behind `GET /v1/browser/page/elements`.
///
/// It lists visible interactive elements and numbers them in a `data-paddock-index` attribute, so
/// that click and fill by index find the element again. An element keeps its index until the
/// document is replaced: the next free index lives on `window`, which a navigation discards.
enum ElementsScript {
    /// The elements counted as interactive.
    static let interactiveSelector = [
        "a[href]", "button", "input:not([type=hidden])", "select", "textarea", "summary", "[role=button]",
        "[role=link]", "[role=checkbox]", "[role=radio]", "[role=tab]", "[role=menuitem]", "[role=option]",
        "[role=switch]", "[role=textbox]", "[role=combobox]", "[contenteditable='']", "[contenteditable=true]",
        "[onclick]", "[tabindex]:not([tabindex='-1'])",
    ].joined(separator: ", ")

    static let source = """
        () => {
            const attribute = '\(PageScripts.indexAttribute)';
            let next = window.__paddockNextElementIndex || 0;
            const items = [];
            for (const element of document.querySelectorAll("\(interactiveSelector)")) {
                const box = element.getBoundingClientRect();
                const style = getComputedStyle(element);
                if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || style.display === 'none') {
                    continue;
                }
                let index = element.getAttribute(attribute);
                if (index === null) {
                    index = String(next++);
                    element.setAttribute(attribute, index);
                }
                const tag = element.tagName.toLowerCase();
                const label = element.innerText || element.value || element.getAttribute('aria-label')
                    || element.title || element.placeholder || element.alt || '';
                items.push({
                    index: Number(index),
                    tag: tag,
                    type: element.getAttribute('type'),
                    role: element.getAttribute('role'),
                    text: String(label).replace(/\\s+/g, ' ').trim().slice(0, 200),
                    id: element.id || null,
                    name: element.getAttribute('name'),
                    href: tag === 'a' ? element.href : null,
                    placeholder: element.getAttribute('placeholder'),
                    value: 'value' in element && tag !== 'button' ? String(element.value) : null,
                    disabled: element.disabled === true,
                    selector: '[' + attribute + '="' + index + '"]',
                    x: Math.round(box.left), y: Math.round(box.top),
                    width: Math.round(box.width), height: Math.round(box.height),
                    in_viewport: box.bottom > 0 && box.right > 0 && box.top < window.innerHeight
                        && box.left < window.innerWidth,
                });
            }
            window.__paddockNextElementIndex = next;
            items.sort((a, b) => a.index - b.index);
            return items;
        }
        """
}
