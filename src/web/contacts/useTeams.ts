import { useQuery } from '@tanstack/react-query';
import { listTeams, TEAMS_KEY } from '../admin/teams/teamsApi';

/** All teams of the gemeente (a handful), for pickers and for showing a team's name. */
export function useTeams(enabled = true) {
  return useQuery({
    queryKey: [...TEAMS_KEY, 'list', 'all'],
    queryFn: () => listTeams(1, 200),
    staleTime: 60_000,
    enabled,
  });
}
