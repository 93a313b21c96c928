/**
 * Copy-link buttons: each `[data-copy-link]` gets a working "Copy link"
 * button (and "Share" where the browser can share), and each heading anchor
 * in an article body gets one too. The copied URL is the exact address, with
 * its fragment, resolved against the page the reader is on.
 */

const RESET_AFTER_MS = 4000;

/** Wires one copy-link element: its button copies, and its status says so. */
export function wireCopyLink(container: HTMLElement): void {
  const path = container.dataset['copyLink'];
  const button = container.querySelector<HTMLButtonElement>('.copy-link-button');
  const text = container.querySelector<HTMLElement>('.copy-link-text');
  const status = container.querySelector<HTMLElement>('.copy-link-status');
  if (!path || !button || !text || !status) return;
  const url = new URL(path, location.href).href;
  button.hidden = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(url);
      text.textContent = 'Link copied';
      status.textContent = `Link copied to the clipboard: ${url}`;
    } catch {
      text.textContent = 'Copy link';
      status.textContent = `Could not copy. The link is ${url}`;
    }
    clearTimeout(timer);
    timer = setTimeout(() => {
      text.textContent = 'Copy link';
      status.textContent = '';
    }, RESET_AFTER_MS);
  });

  if (typeof navigator.share === 'function') {
    const share = document.createElement('button');
    share.type = 'button';
    share.className = 'copy-link-button';
    share.textContent = 'Share';
    const hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.textContent = ` ${container.dataset['copyLabel'] ?? ''}`;
    share.append(hidden);
    share.addEventListener('click', () => {
      navigator.share({ url, title: document.title }).catch(() => undefined);
    });
    button.after(share);
  }
}

/** Adds a copy-link element after each heading anchor of an article body. */
function addHeadingButtons(): void {
  for (const anchor of document.querySelectorAll<HTMLAnchorElement>('.prose .heading-anchor')) {
    const heading = anchor.closest('h2, h3, h4, h5, h6');
    const container = document.createElement('span');
    container.className = 'copy-link';
    container.dataset['copyLink'] = anchor.getAttribute('href') ?? '';
    container.dataset['copyLabel'] = `the section “${heading?.firstChild?.textContent?.trim() ?? ''}”`;
    container.innerHTML =
      '<button type="button" class="copy-link-button"><span class="copy-link-text">Copy link</span><span class="visually-hidden"></span></button><span class="copy-link-status" role="status"></span>';
    container.querySelector('.visually-hidden')!.textContent = ` to ${container.dataset['copyLabel']}`;
    anchor.after(container);
  }
}

/** Wires every copy-link element of the page. */
export function startCopyLinks(): void {
  addHeadingButtons();
  for (const container of document.querySelectorAll<HTMLElement>('[data-copy-link]')) wireCopyLink(container);
}
