// Klantcontact: parties (residents and organisations), contact topics, contacts on every channel,
// the resident history, and exchange with the Common Ground stack (Open Klant export, CSV import).
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { partyRoutes } from './routes-parties.js';
import { contactRoutes } from './routes-contacts.js';
import { exchangeRoutes } from './routes-exchange.js';

export { CONTACT_CHANNELS, CONTACT_OUTCOMES } from './tables.js';
export { QUEUED_CHANNELS, type RegisterInput, type ContactSource } from './contacts.js';
export { registerContact } from './contact-register.js';
export { createParty } from './parties.js';
export { findPartyById, partyReachability, partyPseudonym, type Reachability } from './party-store.js';
export { seedContactTopics } from './topics.js';
export * as contactAnalytics from './analytics.js';
export type { ContactView as Contact, PartyView as Party, TopicView as ContactTopic } from './schemas.js';

export async function contactsModule(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await partyRoutes(app, deps);
  await contactRoutes(app, deps);
  await exchangeRoutes(app, deps);
}
