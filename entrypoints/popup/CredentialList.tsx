import { CredentialCard } from '@/components/CredentialCard';
import { ENVIRONMENT_TEXT } from '@/components/environment-text';
import type { CredentialSet } from '@/utils/vault/credential-set';
import type { Environment } from '@/utils/environments';
import { t } from '@/utils/i18n/t';
import type { EnvironmentColumn, GstinGroup } from './group-sets';

interface CardActions {
  onCopy: (text: string) => Promise<void>;
  onForget: (id: string) => Promise<void>;
}

/**
 * The kept sets, one section per GSTIN. A GSTIN with both sandbox and production sets shows
 * them side by side (stacked when the popup is narrow), each column headed with what its
 * credentials are for, so that the values of one are not typed with those of the other.
 */
export function CredentialList({ groups, onCopy, onForget }: { groups: readonly GstinGroup[] } & CardActions) {
  return groups.map((group) => {
    const sideBySide = group.columns.length > 1;
    return (
      <section
        key={group.key}
        className="credential-group"
        aria-label={group.gstin ? `GSTIN ${group.gstin}` : t('popup_group_label_not_given')}
        data-testid="credential-group"
        data-gstin={group.gstin}
      >
        <h2>{group.gstin ? `GSTIN ${group.gstin}` : t('card_gstin_not_given')}</h2>
        {sideBySide && (
          <p className="hint" data-testid="both-environments-hint">
            {t('popup_both_environments_hint')}
          </p>
        )}
        <div className={`env-columns${sideBySide ? ' side-by-side' : ''}`}>
          {group.columns.map((column) => (
            <EnvColumn key={column.env} column={column} onCopy={onCopy} onForget={onForget} />
          ))}
        </div>
      </section>
    );
  });
}

/**
 * One environment's sets for a GSTIN: the one to use in full, the others folded away beneath it.
 * The one to use is the newest set the portal created, else the newest the user submitted; a
 * suggestion never pressed is shown in full only when there is nothing else, so a later click on
 * "Suggest" never hides the credentials that work.
 */
function EnvColumn({ column, onCopy, onForget }: { column: EnvironmentColumn } & CardActions) {
  const text = ENVIRONMENT_TEXT[column.env];
  const newest = pickSetToUse(column.sets);
  const older = column.sets.filter((set) => set !== newest);
  return (
    <div className={`env-column env-${column.env}`} data-testid="env-column" data-env={column.env}>
      <h3 className="env-heading" data-testid="env-heading">
        {text.heading()}
      </h3>
      {newest && <CredentialCard set={newest} onCopy={onCopy} onForget={onForget} />}
      {older.length > 0 && <OlderSets env={column.env} sets={older} onCopy={onCopy} onForget={onForget} />}
    </div>
  );
}

/** `sets` newest first. */
export function pickSetToUse(sets: readonly CredentialSet[]): CredentialSet | undefined {
  return sets.find((set) => set.status === 'confirmed') ?? sets.find((set) => set.status !== 'suggested') ?? sets[0];
}

function OlderSets({ env, sets, onCopy, onForget }: { env: Environment; sets: CredentialSet[] } & CardActions) {
  const word = ENVIRONMENT_TEXT[env].word();
  return (
    <details className="older-sets" data-testid="older-sets">
      <summary>
        {sets.length === 1
          ? t('popup_older_sets_one', { env: word })
          : t('popup_older_sets', { count: sets.length, env: word })}
      </summary>
      {sets.map((set) => (
        <CredentialCard key={set.id} set={set} onCopy={onCopy} onForget={onForget} />
      ))}
    </details>
  );
}
