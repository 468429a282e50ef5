import { t } from '../i18n/t';

/**
 * A tick's detail in the language spoken now. The board stores it in English, as store.ts writes
 * it ("Logged in as …", "12 invoices deleted", "API user … created"), so that stored boards stay
 * as they are; a detail of another shape is shown as it was stored.
 */
export function tickDetailInWords(detail: string): string {
  const loggedIn = /^Logged in as (.+)$/s.exec(detail);
  if (loggedIn) return t('board_detail_logged_in', { username: loggedIn[1]! });
  const deleted = /^(\d+) invoices? deleted$/.exec(detail);
  if (deleted) {
    const count = Number(deleted[1]);
    return count === 1 ? t('board_detail_deleted_one') : t('board_detail_deleted', { count });
  }
  const created = /^API user (.+) created$/s.exec(detail);
  if (created) return t('board_detail_api_user_created', { username: created[1]! });
  return detail;
}
