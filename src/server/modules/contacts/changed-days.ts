// Which days' contact figures changed after the fact. Aggregates over contacts (the insights
// rollups) refresh recent days by themselves; a change that reaches further back is written here,
// in the same transaction as the change, and the consumer takes the rows when it has caught up.
// A day is marked when a contact on it more than a day old is registered, imported or corrected,
// and when a late or new outgoing contact changes when an older incoming e-mail was answered.
import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { rowsOf } from '../../platform/db/migrate.js';
import { contactChangedDays, contacts } from './tables.js';

const day = (col: string) => sql.raw(`(${col}.occurred_at at time zone 'Europe/Amsterdam')::date`);
// Changes to contacts of the last day are not marked: consumers refresh at least that far back.
const LATE = sql`now() - interval '1 day'`;

/** Marks the days the given contacts (as they are now in this transaction) weigh on. */
export async function markChangedContacts(tx: Tx, tenantId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const idList = `{${ids.join(',')}}`;
  await tx.execute(sql`
    insert into ${contactChangedDays} (tenant_id, day)
    select distinct ${tenantId}::uuid, d.day from (
      select ${day('c')} as day from ${contacts} c
      where c.tenant_id = ${tenantId}::uuid and c.id = any(${idList}::uuid[]) and c.occurred_at < ${LATE}
      union
      -- An outgoing contact answers the party's incoming e-mails since its previous outgoing one.
      select ${day('e')} from ${contacts} c join ${contacts} e on e.tenant_id = c.tenant_id
        and e.party_id = c.party_id and e.channel = 'email' and e.direction = 'in'
        and e.occurred_at <= c.occurred_at and e.occurred_at < ${LATE}
      where c.tenant_id = ${tenantId}::uuid and c.id = any(${idList}::uuid[]) and c.direction = 'out'
        and c.party_id is not null and not exists (
          select 1 from ${contacts} o where o.tenant_id = c.tenant_id and o.party_id = c.party_id
            and o.direction = 'out' and o.id <> c.id
            and o.occurred_at >= e.occurred_at and o.occurred_at < c.occurred_at)
    ) d
    on conflict (tenant_id, day) do update set marked_at = excluded.marked_at`);
}

/** Takes (deletes and returns) the marked days, oldest first. */
export async function takeChangedDays(tx: Tx, tenantId: string): Promise<string[]> {
  const rows = rowsOf<{ day: string }>(
    await tx.execute(sql`delete from ${contactChangedDays} where tenant_id = ${tenantId}::uuid
      returning day::text as day`),
  );
  return rows.map((r) => r.day).sort();
}

/** Whether a day between from and to (inclusive) is marked and not yet taken. */
export async function changedDayBetween(tx: Tx, tenantId: string, from: string, to: string) {
  const rows = rowsOf<{ found: boolean }>(
    await tx.execute(sql`select exists (select 1 from ${contactChangedDays} where tenant_id = ${tenantId}::uuid
      and day between ${from}::date and ${to}::date) as found`),
  );
  return rows[0]?.found === true;
}
