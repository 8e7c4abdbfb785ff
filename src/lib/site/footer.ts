/**
 * The course line of the footer: the course's name, the organisation when it
 * is not the same name (Klik's own setup would read "Klik · Klik"), and the
 * contact when there is one.
 */
export function footerByline(course: { title: string; organisation: { name: string; contact?: string | undefined } }): string {
  const parts = [course.title.trim()];
  const organisation = course.organisation.name.trim();
  if (organisation && organisation.toLocaleLowerCase('nl') !== parts[0]!.toLocaleLowerCase('nl')) parts.push(organisation);
  const contact = course.organisation.contact?.trim();
  if (contact) parts.push(contact);
  return parts.join(' · ');
}
