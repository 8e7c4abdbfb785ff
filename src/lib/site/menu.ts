/**
 * The site menu on narrow screens: a disclosure button that shows the main
 * sections (and the course outline) and hides them again. Enter or Space opens
 * it and moves focus to the first link; Escape closes it and gives focus back
 * to the button, as does a click outside the menu.
 */

export function initMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-menu-toggle]');
  if (!button) return;
  const panels = (button.getAttribute('aria-controls') ?? '')
    .split(/\s+/)
    .map((id) => document.getElementById(id))
    .filter((el): el is HTMLElement => el !== null);
  if (panels.length === 0) return;

  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  const setOpen = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    for (const panel of panels) panel.dataset.open = String(open);
  };
  setOpen(false);

  button.addEventListener('click', () => {
    const open = !isOpen();
    setOpen(open);
    if (open) panels[0]?.querySelector<HTMLElement>('a, input, button')?.focus();
  });

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && isOpen()) {
      setOpen(false);
      button.focus();
    }
  });

  // Hidden by a click elsewhere only while the button is shown (narrow screens).
  document.addEventListener('click', (event) => {
    if (!isOpen() || button.offsetParent === null) return;
    const target = event.target as Node;
    if (button.contains(target) || panels.some((panel) => panel.contains(target))) return;
    setOpen(false);
  });
}
