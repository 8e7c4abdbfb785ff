/**
 * Keeping the client's message and the editor in view together on a wide
 * screen, where they stand side by side. Pure: the page passes measured boxes.
 */

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * How far to scroll (in px; positive is down) so that the message pane and the
 * editor are both fully in view below `inset` (the sticky header): 0 when they
 * already are, or when they do not stand side by side (a phone, where the
 * message is one tap away instead). Otherwise the top of the desk goes to `inset`.
 */
export function scrollToShowBoth(deskTop: number, pane: Box, editor: Box, viewportHeight: number, inset: number): number {
  const sideBySide = pane.right <= editor.left || editor.right <= pane.left;
  if (!sideBySide) return 0;
  const inView = (box: Box) => box.top >= inset - 1 && box.bottom <= viewportHeight + 1;
  if (inView(pane) && inView(editor)) return 0;
  return Math.round(deskTop - inset);
}
