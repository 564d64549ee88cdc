/** Elements that never hold article text. */
const NEVER_CONTENT = [
    'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas',
    'form', 'button', 'input', 'select', 'textarea', 'dialog',
    '[hidden]', '[aria-hidden="true"]', '[role="dialog"]', '[role="alertdialog"]', '[role="banner"]', '[role="complementary"]',
    '[data-ad]', '[data-ad-unit]', '[data-ad-slot]',
].join(', ');
/**
 * Class or id tokens of boilerplate: ads, sponsored blocks, cookie/consent banners,
 * newsletter and share widgets, comments. Matched against whole tokens (`ad-slot`,
 * `ads`), never substrings, so `header`, `load-more` or `shadow` survive.
 */
const BOILERPLATE_TOKEN = /^(?:ads?|adv|advert\w*|ad[-_]\w+|\w+[-_]ads?|sponsor\w*|promo\w*|newsletter\w*|subscribe\w*|signup|cookie\w*|gdpr\w*|consent\w*|share[-_]?\w*|social\w*|comments?|disqus\w*|paywall\w*|outbrain|taboola)$/i;
/**
 * Removes boilerplate Readability's own scoring can keep — an advertisement placed
 * between two paragraphs looks like content to it — before Readability runs.
 * Returns how many elements were removed.
 */
export function removeBoilerplate(document) {
    let removed = 0;
    for (const el of [...document.querySelectorAll(NEVER_CONTENT)]) {
        el.remove();
        removed++;
    }
    for (const el of [...document.querySelectorAll('[class], [id]')]) {
        const tokens = `${el.className} ${el.id}`.split(/\s+/).filter(Boolean);
        if (tokens.some((t) => BOILERPLATE_TOKEN.test(t))) {
            el.remove();
            removed++;
        }
    }
    return removed;
}
//# sourceMappingURL=clean-dom.js.map