/// The JavaScript that page operations evaluate in the page. Each is a function expression that
/// `PageHandle.run` calls with JSON arguments.
enum PageScripts {
    /// The attribute that `elements` sets on each interactive element: its index.
    static let indexAttribute = "data-paddock-index"

    /// Helpers shared by the element scripts: `locate(selector, index)` finds one element by CSS
    /// selector (`css=` prefix optional), XPath (`xpath=` prefix or a leading `//`) or index, and
    /// throws an Error that names the selector or index when nothing matches; `centre(element)`
    /// scrolls it into view and returns the centre of its box in viewport coordinates.
    static let helpers = """
        const locate = (selector, index) => {
            if (index !== null && index !== undefined) {
                const found = document.querySelector('[\(indexAttribute)="' + index + '"]');
                if (!found) {
                    throw new Error('no element has index ' + index + '; call GET /v1/browser/page/elements '
                        + 'to get the indices of the current page');
                }
                return found;
            }
            let found = null;
            if (selector.startsWith('xpath=') || selector.startsWith('//') || selector.startsWith('(//')) {
                const path = selector.startsWith('xpath=') ? selector.slice(6) : selector;
                try {
                    found = document.evaluate(path, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null)
                        .singleNodeValue;
                } catch (error) {
                    throw new Error('invalid XPath selector ' + JSON.stringify(selector) + ': ' + error.message);
                }
            } else {
                const css = selector.startsWith('css=') ? selector.slice(4) : selector;
                try {
                    found = document.querySelector(css);
                } catch (error) {
                    throw new Error('invalid CSS selector ' + JSON.stringify(selector) + ': ' + error.message);
                }
            }
            if (!found) throw new Error('no element matches selector ' + JSON.stringify(selector));
            return found;
        };
        const describe = (selector, index) =>
            index !== null && index !== undefined ? 'element ' + index : 'element ' + JSON.stringify(selector);
        const centre = (element, name) => {
            element.scrollIntoView({block: 'center', inline: 'center', behavior: 'instant'});
            const box = element.getBoundingClientRect();
            const style = getComputedStyle(element);
            if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') {
                throw new Error(name + ' is not visible (its box is ' + box.width + 'x' + box.height + ')');
            }
            return {x: box.left + box.width / 2, y: box.top + box.height / 2};
        };
        """

    /// Scrolls the element into view and returns `{x, y}`, its centre.
    static let elementCentre = """
        (selector, index) => {
            \(helpers)
            return centre(locate(selector, index), describe(selector, index));
        }
        """

    /// Focuses the element and selects its content, so that inserted text replaces it. Returns
    /// `"selected"`, or `"assigned"` for inputs such as dates whose value was set directly.
    static let prepareFill = """
        (selector, index, text) => {
            \(helpers)
            const element = locate(selector, index);
            const name = describe(selector, index);
            const tag = element.tagName.toLowerCase();
            element.scrollIntoView({block: 'center', inline: 'center', behavior: 'instant'});
            if (element.disabled) throw new Error(name + ' is disabled');
            if (tag === 'input' || tag === 'textarea') {
                const type = (element.type || 'text').toLowerCase();
                if (['checkbox', 'radio', 'file', 'button', 'submit', 'reset', 'image', 'hidden'].includes(type)) {
                    throw new Error(name + ' is an <input type="' + type + '">, which cannot be filled with text');
                }
                element.focus();
                if (['date', 'time', 'datetime-local', 'month', 'week', 'color', 'range'].includes(type)) {
                    element.value = text;
                    element.dispatchEvent(new Event('input', {bubbles: true}));
                    element.dispatchEvent(new Event('change', {bubbles: true}));
                    return 'assigned';
                }
                element.select();
                return 'selected';
            }
            if (element.isContentEditable) {
                element.focus();
                const range = document.createRange();
                range.selectNodeContents(element);
                const selection = window.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);
                return 'selected';
            }
            throw new Error(name + ' is a <' + tag + '>, which cannot be filled; '
                + 'use an input, a textarea or a contenteditable element');
        }
        """

    /// Fires `change` on the focused element after text was inserted into it.
    static let finishFill = """
        () => {
            const element = document.activeElement;
            if (element) element.dispatchEvent(new Event('change', {bubbles: true}));
            return element ? element.value ?? element.textContent : null;
        }
        """

    /// Returns a description of the focused element when it does not accept text, such as
    /// `<body>`, or null when it is an input, a textarea or a contenteditable element.
    static let focusProblem = """
        () => {
            const element = document.activeElement;
            if (!element) return 'nothing';
            const tag = element.tagName.toLowerCase();
            if (tag === 'textarea' || element.isContentEditable) return null;
            if (tag === 'input') {
                const type = (element.type || 'text').toLowerCase();
                const textless = ['checkbox', 'radio', 'file', 'button', 'submit', 'reset', 'image', 'range', 'color'];
                return textless.includes(type) ? '<input type="' + type + '">' : null;
            }
            return '<' + tag + '>';
        }
        """

    /// Scrolls the element into view.
    static let scrollToElement = """
        (selector) => {
            \(helpers)
            const element = locate(selector, null);
            element.scrollIntoView({block: 'center', inline: 'center', behavior: 'instant'});
            return {x: window.scrollX, y: window.scrollY};
        }
        """

    /// Scrolls by `dx`, `dy` pixels and returns the new scroll position.
    static let scrollBy = """
        (dx, dy) => {
            window.scrollBy({left: dx, top: dy, behavior: 'instant'});
            return {x: window.scrollX, y: window.scrollY};
        }
        """

    /// Scrolls to `x`, `y` and returns the new scroll position.
    static let scrollTo = """
        (x, y) => {
            window.scrollTo({left: x, top: y, behavior: 'instant'});
            return {x: window.scrollX, y: window.scrollY};
        }
        """

    /// Returns the state of the first element matching the selector: `"detached"`, `"hidden"` or
    /// `"visible"`. Invalid selectors throw.
    static let elementState = """
        (selector) => {
            \(helpers)
            let element;
            try {
                element = locate(selector, null);
            } catch (error) {
                if (error.message.startsWith('no element matches')) return 'detached';
                throw error;
            }
            const box = element.getBoundingClientRect();
            const style = getComputedStyle(element);
            const shown = box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
            return shown ? 'visible' : 'hidden';
        }
        """

    /// Returns the whole document as HTML, doctype included.
    static let documentHTML = """
        () => {
            const type = document.doctype;
            const doctype = type ? '<!DOCTYPE ' + type.name + (type.publicId ? ' PUBLIC "' + type.publicId + '"' : '')
                + (type.systemId ? ' "' + type.systemId + '"' : '') + '>\\n' : '';
            return doctype + document.documentElement.outerHTML;
        }
        """

    /// Returns the inner HTML of the body.
    static let bodyHTML = "() => document.body ? document.body.innerHTML : ''"

    /// Returns the visible text of the body, as `innerText` renders it.
    static let visibleText = "() => document.body ? document.body.innerText : ''"

    /// Returns `{url, title, width, height}` of the page; width and height are the viewport's.
    static let pageSummary = """
        () => ({url: location.href, title: document.title, width: window.innerWidth, height: window.innerHeight})
        """
}
