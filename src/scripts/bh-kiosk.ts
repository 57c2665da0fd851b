/**
 * Kiosk mode in the browser: loaded only when <html data-kiosk> is set (KioskHead.astro), as
 * one classic script with its imports bundled in.
 *
 * <bh-kiosk>    on every page: idle timer and "still there?" countdown, reset to the attract
 *               loop, no way out of the site (outside links become QR codes, no new windows,
 *               no history left behind), Back and Home, the service worker for offline use.
 * <bh-attract>  the attract loop (/kiosk/): featured brands cross-fading; a touch enters.
 * <bh-keyboard> the on-screen keyboard of the search page.
 */
import { KIOSK_KEYS } from '../kiosk.config';
import { leavesSite } from '../lib/leaves-site';
import { drawQr } from '../lib/qr-draw';

/** Seconds from `?name=` on the attract loop (kept for this browser session), or the default. */
function timing(name: 'idle' | 'countdown', fallback: number, onAttract: boolean): number {
  const key = KIOSK_KEYS[name];
  const param = onAttract ? new URLSearchParams(location.search).get(name) : null;
  if (param !== null) {
    if (Number(param) > 0) sessionStorage.setItem(key, param);
    else sessionStorage.removeItem(key);
  }
  const seconds = Number(sessionStorage.getItem(key));
  return seconds > 0 ? seconds : fallback;
}

/**
 * Shows the QR code of `address` in `frame`: drawn here, by the drawing the printed fact sheet's
 * code comes from (src/lib/qr-draw.ts), so any address has one, offline too. An address too long
 * for a code leaves the frame empty, and the address written out beside it stands alone.
 */
async function showCode(frame: HTMLElement, address: string, alt: string, size: number) {
  frame.dataset.address = address;
  frame.replaceChildren();
  const svg = await drawQr(address).catch(() => undefined);
  // Another code was asked for in the meantime.
  if (svg === undefined || frame.dataset.address !== address) return;
  const src = `data:image/svg+xml,${encodeURIComponent(svg)}`;
  frame.replaceChildren(Object.assign(new Image(size, size), { src, alt }));
}

/** The pages of this visit, newest last: what Back goes to. Emptied by every reset. */
const trail = {
  read(): string[] {
    try {
      return JSON.parse(sessionStorage.getItem(KIOSK_KEYS.trail) ?? '[]') as string[];
    } catch {
      return [];
    }
  },
  write(pages: string[]): void {
    sessionStorage.setItem(KIOSK_KEYS.trail, JSON.stringify(pages.slice(-50)));
  },
};

class BhKiosk extends HTMLElement {
  #attract = localStorage.getItem(KIOSK_KEYS.flag) ?? '/kiosk/';
  #onAttract = document.querySelector('bh-attract') !== null;
  #strings: Record<string, string> = {};
  #idleMs = 0;
  #countdownSeconds = 0;
  #remaining = 0;
  #idleTimer: ReturnType<typeof setTimeout> | undefined;
  #tickTimer: ReturnType<typeof setInterval> | undefined;
  /** Videos playing now: the idle timer waits while any plays. */
  #playing = new Set<EventTarget>();
  #resetting = false;
  #registration: ServiceWorkerRegistration | undefined;
  #countdown!: HTMLDialogElement;
  #qr!: HTMLDialogElement;

  connectedCallback(): void {
    this.#strings = JSON.parse(this.dataset.strings ?? '{}');
    this.#idleMs = timing('idle', Number(this.dataset.idle), this.#onAttract) * 1000;
    this.#countdownSeconds = timing('countdown', Number(this.dataset.countdown), this.#onAttract);
    this.#countdown = this.querySelector('dialog.countdown')!;
    this.#qr = this.querySelector('dialog.qr')!;
    if (this.#onAttract) trail.write([]);

    this.#keepInside();
    this.#setUpDock();
    this.#setUpDialogs();
    for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart']) {
      addEventListener(type, () => this.#onActivity(), { capture: true, passive: true });
    }
    document.addEventListener('play', (e) => this.#onMedia(e, true), true);
    for (const type of ['pause', 'ended', 'emptied']) {
      document.addEventListener(type, (e) => this.#onMedia(e, false), true);
    }
    this.#arm();

    const notFound = Number(this.dataset.notFound);
    if (notFound > 0) setTimeout(() => location.replace(this.dataset.home!), notFound * 1000);
    void this.#serviceWorker();
  }

  // --- no way out ------------------------------------------------------------------------------

  /**
   * Outside links show their QR code; links to new windows open here; every page of the site
   * replaces the current history entry, so the browser's history never holds a visit (Back is
   * the dock's, from the visit's own trail, which a reset empties).
   */
  #keepInside(): void {
    document.addEventListener(
      'click',
      (event) => {
        const link = (event.target as Element | null)?.closest?.('a[href]');
        if (!(link instanceof HTMLAnchorElement) || event.defaultPrevented) return;
        const url = new URL(link.href, location.href);
        if (leavesSite(url, location.origin) || link.hasAttribute('download')) {
          event.preventDefault();
          this.#showQr(url.href);
        } else if (link.target && link.target !== '_self') {
          event.preventDefault();
          this.#go(url.href);
        }
      },
      true,
    );
    if ('navigation' in window) {
      navigation.addEventListener('navigate', (event) => {
        if (event.navigationType !== 'push' || !event.cancelable || event.hashChange) return;
        if (event.destination.sameDocument || event.formData) return;
        const url = new URL(event.destination.url);
        if (leavesSite(url, location.origin)) {
          event.preventDefault();
          this.#showQr(url.href);
        } else if (url.origin === location.origin) {
          event.preventDefault();
          this.#go(url.href);
        }
      });
    }
    // The header's search box has no keyboard on other pages: it leads to the search page.
    document.addEventListener('focusin', (event) => {
      const field = event.target;
      if (!(field instanceof HTMLInputElement) || field.type !== 'search') return;
      if (document.querySelector('bh-keyboard')) {
        const own = document.querySelector<HTMLInputElement>('main input[type="search"]');
        if (own && own !== field) own.focus();
      } else {
        field.blur();
        this.#go(this.dataset.search!);
      }
    });
  }

  /** Goes to a page of the site in place of this one, remembering this one for Back. */
  #go(href: string): void {
    if (!this.#onAttract && href !== location.href) trail.write([...trail.read(), location.href]);
    location.replace(href);
  }

  #setUpDock(): void {
    // On a brand page: its own QR code, from the dock, wherever the visitor has scrolled to.
    const pageQr = document.querySelector<HTMLElement>('.page-qr');
    const address = pageQr?.querySelector('.address')?.textContent?.trim();
    const takeHome = this.querySelector<HTMLButtonElement>('.take-home')!;
    takeHome.hidden = !address;
    if (pageQr && address) {
      const frame = pageQr.querySelector<HTMLElement>('.code')!;
      void showCode(frame, address, frame.dataset.alt ?? '', 240);
      const lead = pageQr.querySelector('p')?.textContent ?? '';
      takeHome.addEventListener('click', () => this.#showQr(address, lead));
    }
    const back = this.querySelector<HTMLButtonElement>('.back')!;
    back.hidden = this.#onAttract || trail.read().length === 0;
    back.addEventListener('click', () => {
      const pages = trail.read();
      const previous = pages.pop();
      trail.write(pages);
      if (previous) location.replace(previous);
    });
  }

  #showQr(address: string, lead = this.#strings['kiosk.qrLead'] ?? ''): void {
    this.#qr.querySelector('.lead')!.textContent = lead;
    const alt = (this.#strings['kiosk.qrAlt'] ?? '{address}').replace('{address}', address);
    void showCode(this.#qr.querySelector<HTMLElement>('.code')!, address, alt, 360);
    this.#qr.querySelector('.address')!.textContent = address.replace(/^mailto:/, '');
    if (!this.#qr.open) this.#qr.showModal();
  }

  #setUpDialogs(): void {
    this.#qr.querySelector('.close')!.addEventListener('click', () => this.#qr.close());
    // A tap beside the box (on the backdrop) closes it too.
    this.#qr.addEventListener('click', (event) => {
      if (event.target === this.#qr) this.#qr.close();
    });
    this.#countdown.addEventListener('cancel', (event) => {
      event.preventDefault();
      this.#onActivity();
    });
  }

  // --- idle timer, countdown and reset ---------------------------------------------------------

  /** Any touch, key or wheel: the visitor is here. Closes the countdown and starts again. */
  #onActivity(): void {
    if (this.#resetting) return;
    if (this.#countdown.open) {
      clearInterval(this.#tickTimer);
      this.#countdown.close();
      // The touch that says "still here" does nothing else: its click goes nowhere.
      const swallow = (event: Event) => {
        event.preventDefault();
        event.stopPropagation();
      };
      addEventListener('click', swallow, { capture: true, once: true });
      setTimeout(() => removeEventListener('click', swallow, { capture: true }), 700);
    }
    this.#arm();
  }

  /** Starts the idle timer, unless this is the attract loop or a video is playing. */
  #arm(): void {
    clearTimeout(this.#idleTimer);
    if (this.#onAttract || this.#playing.size > 0 || this.#countdown.open) return;
    this.#idleTimer = setTimeout(() => this.#startCountdown(), this.#idleMs);
  }

  #onMedia(event: Event, playing: boolean): void {
    if (!(event.target instanceof HTMLVideoElement)) return;
    if (playing) this.#playing.add(event.target);
    else this.#playing.delete(event.target);
    if (playing) clearTimeout(this.#idleTimer);
    else this.#arm();
  }

  #startCountdown(): void {
    this.#remaining = this.#countdownSeconds;
    const seconds = this.#countdown.querySelector('.seconds')!;
    seconds.textContent = String(this.#remaining);
    if (this.#qr.open) this.#qr.close();
    this.#countdown.showModal();
    this.#tickTimer = setInterval(() => {
      this.#remaining -= 1;
      seconds.textContent = String(Math.max(this.#remaining, 0));
      if (this.#remaining <= 0) void this.#reset();
    }, 1000);
  }

  /**
   * Back to the attract loop with nothing of the visit left: the session's storage (search
   * text, the trail) is emptied and the page replaced, so scroll and form state go with it.
   * A new build waiting in the service worker is taken now, between two visitors.
   */
  async #reset(): Promise<void> {
    if (this.#resetting) return;
    this.#resetting = true;
    clearInterval(this.#tickTimer);
    clearTimeout(this.#idleTimer);
    const keep = [KIOSK_KEYS.idle, KIOSK_KEYS.countdown].map(
      (key) => [key, sessionStorage.getItem(key)] as const,
    );
    sessionStorage.clear();
    for (const [key, value] of keep) if (value !== null) sessionStorage.setItem(key, value);
    await this.#takeUpdate();
    location.replace(this.#attract);
  }

  // --- offline ---------------------------------------------------------------------------------

  /**
   * Registers the service worker (dist/sw.js, src/integrations/service-worker.ts), which keeps
   * the whole site for offline use. A new build installs in the background and waits; it is
   * taken at the next reset, or at once while the attract loop shows (nobody is visiting).
   */
  async #serviceWorker(): Promise<void> {
    if (!('serviceWorker' in navigator) || !isSecureContext) return;
    const container = navigator.serviceWorker;
    const ready = () => {
      if (container.controller) this.dataset.offline = 'ready';
    };
    container.addEventListener('controllerchange', ready);
    ready();
    try {
      this.#registration = await container.register('/sw.js', { updateViaCache: 'none' });
    } catch {
      return;
    }
    if (!this.#onAttract) return;
    const registration = this.#registration;
    const takeNow = async () => {
      if (!registration.waiting || !container.controller) return;
      await this.#takeUpdate();
      location.reload();
    };
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed') void takeNow();
      });
    });
    await takeNow();
    const minutes = Number(this.dataset.updateMinutes) || 10;
    setInterval(() => void registration.update().catch(() => {}), minutes * 60_000);
  }

  /** Makes a waiting service worker the active one; resolves when it controls this page. */
  async #takeUpdate(): Promise<void> {
    const waiting = this.#registration?.waiting;
    if (!waiting || !navigator.serviceWorker.controller) return;
    await new Promise<void>((resolve) => {
      navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
      setTimeout(resolve, 3000);
      waiting.postMessage({ type: 'skip-waiting' });
    });
  }
}

/** The attract loop: one featured brand after another, cross-fading (instant when motion is
 * reduced: the base styles shorten every transition). The "begin" link covers the screen. */
class BhAttract extends HTMLElement {
  connectedCallback(): void {
    const slides = [...this.querySelectorAll<HTMLElement>('.slide')];
    const seconds = Number(this.dataset.seconds) || 9;
    let current = 0;
    if (slides.length > 1) {
      setInterval(() => {
        // Care mode: no motion, the loop holds still.
        if (document.documentElement.hasAttribute('data-care')) return;
        slides[current]!.removeAttribute('data-current');
        current = (current + 1) % slides.length;
        slides[current]!.setAttribute('data-current', '');
      }, seconds * 1000);
    }
    // A key (a keyboard plugged in for maintenance) enters as a touch does.
    addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') this.querySelector('a')?.click();
    });
  }
}

/** The on-screen keyboard: types into the search field and tells the search with `input`. */
/** Screens too short for the field, a result and the keyboard at once (kiosk.css, KioskShell). */
const SHORT_SCREEN = '(max-height: 1050px)';

class BhKeyboard extends HTMLElement {
  #field: HTMLInputElement | null = null;

  connectedCallback(): void {
    this.#field = document.querySelector<HTMLInputElement>('main input[type="search"]');
    const field = this.#field;
    if (!field) return;
    // No system keyboard on a touch screen: this one is the keyboard.
    field.inputMode = 'none';
    const open = () => (this.hidden = false);
    field.addEventListener('focus', open);
    field.addEventListener('pointerdown', open);
    // Keys keep the focus (and the caret) in the field.
    for (const type of ['pointerdown', 'mousedown']) {
      this.addEventListener(type, (event) => {
        if ((event.target as Element).closest('button')) event.preventDefault();
      });
    }
    this.addEventListener('click', (event) => {
      const key = (event.target as Element).closest<HTMLButtonElement>('button');
      if (key) this.#press(field, key);
    });
    open();
    field.focus({ preventScroll: true });
  }

  #press(field: HTMLInputElement, key: HTMLButtonElement): void {
    const { value } = field;
    const start = field.selectionStart ?? value.length;
    const end = field.selectionEnd ?? start;
    switch (key.dataset.action) {
      case 'done':
        this.hidden = true;
        field.blur();
        return;
      case 'clear':
        field.value = '';
        break;
      case 'backspace':
        if (start !== end) field.setRangeText('', start, end, 'end');
        else if (start > 0) field.setRangeText('', start - 1, start, 'end');
        break;
      default:
        field.setRangeText(key.dataset.key ?? '', start, end, 'end');
    }
    if (field.value !== value) field.dispatchEvent(new Event('input', { bubbles: true }));
    // As a phone's keyboard does: the field goes to the top, so the results show above the keys.
    // A short screen has room above the keys for the results alone: their heading, which repeats
    // the query, goes to the top instead.
    const short = matchMedia(SHORT_SCREEN).matches;
    const top = (short && document.querySelector('.results-head')) || field.form || field;
    top.scrollIntoView({ block: 'start' });
  }
}

// KioskHead.astro adds this script from <head>: the elements come alive once the page is parsed.
function define(): void {
  customElements.define('bh-kiosk', BhKiosk);
  customElements.define('bh-attract', BhAttract);
  customElements.define('bh-keyboard', BhKeyboard);
}
if (document.readyState === 'loading') addEventListener('DOMContentLoaded', define, { once: true });
else define();
