/**
 * Focus mode: the player takes the whole screen, in real full screen where the browser allows it and
 * as a fixed full-viewport layer where it does not (iOS Safari, an iframe without `allowfullscreen`).
 * The host reflects `on` as its `focus-mode` attribute, which the stylesheet enlarges everything by.
 * Leaving the browser's full screen (its own Esc or gesture) leaves focus mode too.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class FocusModeController implements ReactiveController {
  /** Whether focus mode is on. */
  on = false;
  /** Whether this controller asked for real full screen (and so should leave it). */
  private fullscreen = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Whether Esc should leave focus mode itself (in real full screen the browser takes Esc). */
  get ownsEscape(): boolean {
    return this.on && !this.fullscreen;
  }

  async toggle(): Promise<void> {
    if (this.on) {
      this.exit();
      return;
    }
    this.on = true;
    this.host.requestUpdate();
    try {
      if (document.fullscreenEnabled && typeof this.host.requestFullscreen === 'function') {
        this.fullscreen = true;
        await this.host.requestFullscreen({ navigationUI: 'hide' });
      }
    } catch {
      // No full screen here: the fixed layout stands in.
      this.fullscreen = false;
    }
  }

  exit(): void {
    if (!this.on && !this.fullscreen) return;
    this.on = false;
    if (this.fullscreen && document.fullscreenElement === this.host)
      void document.exitFullscreen().catch(() => undefined);
    this.fullscreen = false;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    if (this.fullscreen && document.fullscreenElement === this.host)
      void document.exitFullscreen().catch(() => undefined);
    this.fullscreen = false;
  }

  private readonly onFullscreenChange = (): void => {
    if (this.fullscreen && document.fullscreenElement !== this.host) {
      this.fullscreen = false;
      this.on = false;
      this.host.requestUpdate();
    }
  };
}
