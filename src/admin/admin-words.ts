import { t } from '../i18n/index.ts';
import { HubRequestError } from '../storage/hub/client.ts';
import { roomErrorText } from '../room/errors.ts';
import type { CollectBody } from '../live/service-api.ts';

/** Words for what the hub said to the admin, in the reader's language (room words for the rest). */
export function adminErrorText(e: unknown): string {
  if (e instanceof HubRequestError) {
    if (e.code === 'wrong-passphrase') return t('admin.login.wrong');
    if (e.code === 'not-admin') return t('admin.loggedOut');
  }
  return roomErrorText(e);
}

/** The admin's log-in has ended (expired, or another tab logged out): the page asks again. */
export const loggedOut = (e: unknown): boolean => e instanceof HubRequestError && e.code === 'not-admin';

/** "6 Dec 2026" in the UI's language. */
export function day(iso: string): string {
  return new Intl.DateTimeFormat(document.documentElement.lang || 'en', { dateStyle: 'medium' }).format(new Date(iso));
}

/** "6 Dec 2026, 11:20" in the UI's language. */
export function moment(iso: string): string {
  return new Intl.DateTimeFormat(document.documentElement.lang || 'en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** Today as YYYY-MM-DD in the reader's own time zone (the consent form's default date). */
export function today(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** The first thing a person must fix, in words, or null when the entry can be saved. */
export function collectionProblem(b: CollectBody): string | null {
  if (!b.title.trim()) return t('admin.form.needTitle');
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(b.language.trim())) return t('admin.form.needLanguage');
  if (!b.consent.by.trim()) return t('admin.form.needBy');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(b.consent.at) || Number.isNaN(Date.parse(b.consent.at))) return t('admin.form.needDate');
  if (!b.consent.uses.length) return t('admin.form.needUses');
  return null;
}
