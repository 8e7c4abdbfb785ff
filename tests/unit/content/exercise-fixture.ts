/** The smallest valid exercise, for tests that write exercise files into a temporary course. */
export function minimalExercise(id: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    title: `Oefening ${id}`,
    lesson: 'een-les',
    kind: 'reply',
    channel: 'platform',
    situation: 'Een situatie.',
    client: { name: 'Noor', message: 'Hoi, ik weet het even niet meer.' },
    coach: { name: 'Bas' },
    task: 'Schrijf een antwoord.',
    criteria: ['salutation'],
    modelAnswer: 'Beste Noor,\n\nGroet,\nBas',
    reflection: 'Wat viel je op?',
    ...fields,
  };
}
