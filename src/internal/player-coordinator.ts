/**
 * Several players on one page: only one plays at a time. A player registers itself while connected
 * and calls `claimPlayback` when the user starts or resumes it; every other registered player is then
 * asked to pause (as if its own pause button were pressed, so it fires its own `ex-pause`).
 *
 * A module-level Set rather than a window event: it needs no DOM, works across shadow roots and
 * bundles that share this module, and holds only connected players (a removed player unregisters in
 * `disconnectedCallback`, so nothing leaks). Two copies of the library on one page do not see each
 * other; that is accepted, since the element tag can only be registered by one of them.
 */

/** What the coordinator needs from a player. */
export interface CoordinatedPlayer {
  /** Pauses when playing; does nothing otherwise. */
  pauseForOtherPlayer(): void;
}

const players = new Set<CoordinatedPlayer>();

/** Adds a connected player. */
export function registerPlayer(player: CoordinatedPlayer): void {
  players.add(player);
}

/** Removes a player (on disconnect). */
export function unregisterPlayer(player: CoordinatedPlayer): void {
  players.delete(player);
}

/** `player` starts playing: every other registered player pauses. */
export function claimPlayback(player: CoordinatedPlayer): void {
  for (const other of [...players]) {
    if (other === player) continue;
    try {
      other.pauseForOtherPlayer();
    } catch (error) {
      // One broken player must not stop the others from pausing.
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}

/** How many players are registered (for tests). */
export function registeredPlayerCount(): number {
  return players.size;
}
