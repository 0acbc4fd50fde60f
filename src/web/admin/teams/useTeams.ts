import { useQuery } from '@tanstack/react-query';
import { listTeams, TEAMS_KEY } from './teamsApi';

/**
 * All teams of the gemeente (a handful), for pickers and for showing a team's name. One query key
 * for every screen, so the list is fetched once and refreshed when Beheer changes a team.
 */
export function useTeams(enabled = true) {
  const query = useQuery({
    queryKey: [...TEAMS_KEY, 'list', 'all'],
    queryFn: async () => (await listTeams(1, 200)).items,
    staleTime: 60_000,
    enabled,
  });
  const teams = query.data ?? [];
  const nameOf = (id: string | null) => (id ? (teams.find((team) => team.id === id)?.name ?? id) : '');
  return { query, teams, nameOf, options: teams.map((team) => ({ value: team.id, label: team.name })) };
}
