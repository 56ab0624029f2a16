/// Page scripts for form controls and text search.
enum FormScripts {
    /// Returns `{checked, x, y}` of a checkbox or radio button, scrolled into view, so that the
    /// caller can click it when its state differs from the one requested.
    static let checkable = """
        (selector) => {
            \(PageScripts.helpers)
            const element = locate(selector, null);
            const name = describe(selector, null);
            const type = (element.type || '').toLowerCase();
            const role = element.getAttribute('role');
            let checked;
            if (element.tagName === 'INPUT' && (type === 'checkbox' || type === 'radio')) {
                checked = element.checked;
            } else if (role === 'checkbox' || role === 'radio' || role === 'switch') {
                checked = element.getAttribute('aria-checked') === 'true';
            } else {
                throw new Error(name + ' is not a checkbox or radio button');
            }
            if (element.disabled) throw new Error(name + ' is disabled');
            return Object.assign({checked: checked}, centre(element, name));
        }
        """

    /// Selects the option of a `<select>` with the given value, label or index, fires `input` and
    /// `change`, and returns the selected option's value.
    static let selectOption = """
        (selector, value, label, index) => {
            \(PageScripts.helpers)
            const element = locate(selector, null);
            const name = describe(selector, null);
            if (element.tagName !== 'SELECT') {
                throw new Error(name + ' is a <' + element.tagName.toLowerCase() + '>, not a <select>');
            }
            if (element.disabled) throw new Error(name + ' is disabled');
            const options = [...element.options];
            let option;
            let wanted;
            if (value !== null) {
                option = options.find((candidate) => candidate.value === value);
                wanted = 'value ' + JSON.stringify(value);
            } else if (label !== null) {
                option = options.find((candidate) =>
                    candidate.label.trim() === label || candidate.text.trim() === label);
                wanted = 'label ' + JSON.stringify(label);
            } else {
                option = options[index];
                wanted = 'index ' + index;
            }
            if (!option) {
                const known = options.map((candidate) => JSON.stringify(candidate.value)).join(', ');
                throw new Error(name + ' has no option with ' + wanted
                    + '; its option values are ' + (known || 'none'));
            }
            element.value = option.value;
            option.selected = true;
            element.dispatchEvent(new Event('input', {bubbles: true}));
            element.dispatchEvent(new Event('change', {bubbles: true}));
            return option.value;
        }
        """

    /// Lists up to 100 visible text nodes that contain the keyword (case-insensitive), each with
    /// its text, the enclosing element's tag and box, and the element's index from `elements` if
    /// it has one.
    static let findText = """
        (keyword) => {
            const needle = keyword.toLowerCase();
            const walker = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT);
            const matches = [];
            while (walker.nextNode() && matches.length < 100) {
                const node = walker.currentNode;
                if (!node.textContent.toLowerCase().includes(needle)) continue;
                const element = node.parentElement;
                if (!element || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(element.tagName)) continue;
                const box = element.getBoundingClientRect();
                const style = getComputedStyle(element);
                if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
                const numbered = element.closest('[\(PageScripts.indexAttribute)]');
                const index = numbered ? numbered.getAttribute('\(PageScripts.indexAttribute)') : null;
                matches.push({
                    text: node.textContent.replace(/\\s+/g, ' ').trim().slice(0, 200),
                    tag: element.tagName.toLowerCase(),
                    index: index === null ? null : Number(index),
                    x: Math.round(box.left), y: Math.round(box.top),
                    width: Math.round(box.width), height: Math.round(box.height),
                });
            }
            return matches;
        }
        """
}
