import { useQuery } from '@tanstack/react-query';
import { caseAdminKeys, listAllTeams } from './caseAdminApi';

/** The gemeente's teams for pickers, and their names for tables. */
export function useTeams() {
  const query = useQuery({ queryKey: caseAdminKeys.teams, queryFn: listAllTeams, staleTime: 60_000 });
  const teams = query.data ?? [];
  const nameOf = (id: string | null) => (id ? (teams.find((team) => team.id === id)?.name ?? id) : '');
  return { query, teams, nameOf, options: teams.map((team) => ({ value: team.id, label: team.name })) };
}
