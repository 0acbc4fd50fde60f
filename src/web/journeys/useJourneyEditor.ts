import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError, type ProblemFieldError } from '../api/problem';
import { getJourney, JOURNEYS_KEY, saveJourney } from './journeysApi';
import type { Journey, JourneyDocument, JourneyInput } from './types';

export interface SaveFailure {
  message: string;
  errors: ProblemFieldError[];
}

/** What the page lets users change besides the map itself. */
export type JourneyMetaDraft = Pick<JourneyInput, 'title' | 'description' | 'lifeEvent' | 'personaIds'>;

function metaOf(journey: Journey): JourneyMetaDraft {
  return {
    title: journey.title,
    description: journey.description ?? '',
    lifeEvent: journey.lifeEvent,
    personaIds: journey.personaIds,
  };
}

function inputOf(journey: Journey, meta: JourneyMetaDraft, document: JourneyDocument): JourneyInput {
  const description = meta.description?.trim();
  return {
    title: meta.title.trim(),
    ...(description ? { description } : {}),
    trajectory: journey.trajectory,
    lifeEvent: meta.lifeEvent.trim(),
    state: journey.state,
    audience: journey.audience,
    personaIds: meta.personaIds,
    counterpartId: journey.counterpartId,
    document,
  };
}

/**
 * Load, edit and save one journey map. The map and its meta are a local draft until "Opslaan";
 * the save sends the ETag of the version the draft started from, so a concurrent save answers 412
 * and the page offers to reload instead of overwriting the other person's work.
 */
export function useJourneyEditor(id: string) {
  const queryClient = useQueryClient();
  const key = [...JOURNEYS_KEY, 'detail', id];
  const query = useQuery({ queryKey: key, queryFn: () => getJourney(id) });
  // Local edits only; null means "show what the server sent", so the first render needs no
  // extra pass to copy the answer into state.
  const [docEdits, setDocEdits] = useState<JourneyDocument | null>(null);
  const [metaEdits, setMetaEdits] = useState<JourneyMetaDraft | null>(null);
  // The ETag of the version the first edit was made on, pinned: a background refetch must not move
  // it forward, or the save would silently overwrite what someone else saved in between.
  const [baseEtag, setBaseEtag] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<SaveFailure | null>(null);

  const loaded = query.data?.data;
  const draft = docEdits ?? loaded?.document ?? null;
  const meta = metaEdits ?? (loaded ? metaOf(loaded) : null);
  const discardEdits = () => {
    setDocEdits(null);
    setMetaEdits(null);
    setBaseEtag(null);
  };
  const pin = () => {
    if (baseEtag === null) setBaseEtag(query.data?.etag ?? null);
    setSaved(false);
  };

  const save = useMutation({
    mutationFn: () => saveJourney(id, baseEtag ?? query.data?.etag ?? '', inputOf(loaded!, meta!, draft!)),
    onMutate: () => {
      setSaved(false);
      setFailure(null);
    },
    onSuccess: (response) => {
      queryClient.setQueryData(key, response);
      discardEdits();
      void queryClient.invalidateQueries({ queryKey: [...JOURNEYS_KEY, 'list'] });
      setSaved(true);
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 412) return setStale(true);
      setFailure({
        message: isApiError(error) ? (error.problem.detail ?? error.message) : String(error),
        errors: isApiError(error) ? (error.problem.errors ?? []) : [],
      });
    },
  });

  const reload = async () => {
    await query.refetch();
    discardEdits();
    setStale(false);
    setSaved(false);
    setFailure(null);
  };

  const edit = (next: JourneyDocument) => {
    pin();
    setDocEdits(next);
  };
  const setMeta = (next: JourneyMetaDraft) => {
    pin();
    setMetaEdits(next);
  };

  const dirty =
    !!loaded &&
    ((docEdits !== null && JSON.stringify(loaded.document) !== JSON.stringify(docEdits)) ||
      (metaEdits !== null && JSON.stringify(metaOf(loaded)) !== JSON.stringify(metaEdits)));
  // The ETag the user's view rests on: a delete with it fails (412) when someone saved meanwhile.
  const etag = baseEtag ?? query.data?.etag ?? null;
  return {
    query,
    journey: loaded,
    draft,
    edit,
    meta,
    setMeta,
    save,
    stale,
    saved,
    failure,
    reload,
    dirty,
    etag,
  };
}
