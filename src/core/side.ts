/** A body side, as the counter and the player name it. Lives in core so pure modules never import the DOM side. */
export type Side = 'left' | 'right';
