import { STATUSES, type Status } from '@sundhedsaftale/data';

/** Statuses from a space-separated attribute value (`status-filter`); unknown words are ignored. */
export function parseStatuses(value: string | undefined | null): Status[] {
  return (value ?? '')
    .split(/\s+/)
    .filter((s): s is Status => (STATUSES as readonly string[]).includes(s));
}
