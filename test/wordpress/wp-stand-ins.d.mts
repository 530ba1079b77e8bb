// Types for wp-stand-ins.mjs, which the Chromium test of the block editor imports as plain JavaScript.

export interface StandInNode {
  type: string | { displayName: string };
  props: Record<string, unknown>;
  children: unknown[];
}

export interface BlockSettings {
  edit(props: {
    attributes: Record<string, unknown>;
    setAttributes: (changes: Record<string, unknown>) => void;
  }): StandInNode;
  save(props: { attributes: Record<string, unknown> }): StandInNode | null;
  deprecated?: { save: () => unknown }[];
}

export interface StandIns {
  wp: Record<string, unknown>;
  registered: Record<string, BlockSettings>;
}

export function wpStandIns(): StandIns;
export function runEditorScript(source: string, standIns?: StandIns): BlockSettings | undefined;
export function findAll(node: unknown, name: string): StandInNode[];
export function serialize(node: unknown): string;
