import type { Catalogue } from '../types';

/** The engagement profiles are Citisens' model: their notice goes wherever they are shown. */
export function ProfileRights({ catalogue, scheme }: { catalogue: Catalogue | undefined; scheme: string }) {
  if (scheme !== 'profile' || !catalogue?.profileRights) return null;
  return (
    <p className="utrecht-paragraph utrecht-paragraph--small bb-provenance">{catalogue.profileRights}</p>
  );
}
