import { useSyncExternalStore } from 'react';
import { keepHyphenatedWords as whole } from '@/components/keep-hyphenated-words';
import type { ReminderController } from './reminder-controller';
import { nativeEventOf } from './native-event';

/** The flow's reminder, above the step, until the user ticks it off. */
export function ReminderBox({ controller }: { controller: ReminderController }) {
  const { reminder } = useSyncExternalStore(controller.subscribe, controller.getState);
  if (!reminder) return null;
  return (
    <section className="notice warn reminder" data-testid="reminder" aria-label={reminder.title()}>
      <strong>{whole(reminder.title())}</strong>
      <ul>
        {reminder.points.map((point) => (
          <li key={point()}>{whole(point())}</li>
        ))}
      </ul>
      <label>
        <input
          type="checkbox"
          data-testid="reminder-tick"
          checked={false}
          onChange={(event) => void controller.tick(nativeEventOf(event))}
        />{' '}
        {whole(reminder.tick())}
      </label>
    </section>
  );
}
