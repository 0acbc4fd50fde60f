import { getJson, request, withQuery } from '../../api/http';
import { ADVICE_KEY } from '../adviceApi';
import type { Context, Provenance, SchemeCode } from '../types';

export const PLANS_KEY = [...ADVICE_KEY, 'plans'] as const;
const BASE = '/api/v1/advice/plans';

export type TargetMode = 'every-group' | 'population';

export interface GroupReach {
  group: string;
  reach: number;
}

export interface PlanPhase {
  phase: number;
  phaseName: string;
  feasible: boolean;
  target: number;
  mode: TargetMode;
  channelCodes: string[];
  channelNames: string[];
  totalCost: number;
  reach: GroupReach[];
  populationReach: number | null;
  leastServedGroup: GroupReach | null;
  reasons: string[];
  /** Only when not feasible. */
  message?: string;
  bestReach?: { groups: GroupReach[]; population: number | null };
}

export interface Plan {
  id: string;
  name: string;
  context: Context;
  datasetId: string;
  scheme: SchemeCode;
  areaId: string | null;
  targetMode: TargetMode;
  target: number;
  channels: { code: string; cost: number }[];
  result: {
    provenance: Provenance;
    area: { id: string; name: string } | null;
    groups: { code: string; name: string; populationShare: number }[];
    missingGroups: string[];
    phases: PlanPhase[];
    totalCost: number;
    solvedAt: string;
  };
  version: number;
  updatedAt: string;
}

export interface NewPlan {
  name: string;
  context: Context;
  dataset: string;
  scheme: SchemeCode;
  area: string | null;
  targetMode: TargetMode;
  target: number;
  channels: { code: string; cost: number }[];
}

export interface PlanComparison {
  a: { id: string; name: string; totalCost: number };
  b: { id: string; name: string; totalCost: number };
  costDifference: number;
  phases: {
    phase: number;
    phaseName: string;
    both: string[];
    onlyA: string[];
    onlyB: string[];
    costA: number;
    costB: number;
    feasibleA: boolean;
    feasibleB: boolean;
    leastServedA: GroupReach | null;
    leastServedB: GroupReach | null;
    populationReachA: number | null;
    populationReachB: number | null;
  }[];
}

export const fetchPlans = async () => (await getJson<{ items: Plan[] }>(BASE)).items;

export async function createPlan(plan: NewPlan, idempotencyKey: string): Promise<Plan> {
  const { data } = await request<Plan>('POST', BASE, {
    body: plan,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
  return data;
}

export async function deletePlan(id: string): Promise<void> {
  await request<void>('DELETE', `${BASE}/${encodeURIComponent(id)}`);
}

export const fetchPlanComparison = (a: string, b: string) =>
  getJson<PlanComparison>(withQuery('/api/v1/advice/plan-comparison', { a, b }));

export const exportHref = (id: string, format: 'csv' | 'pdf') =>
  `${BASE}/${encodeURIComponent(id)}/export.${format}`;
