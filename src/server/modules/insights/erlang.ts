// Erlang C for a phone queue. Erlang B is built up iteratively, B(0) = 1 and
// B(n) = A·B(n-1) / (n + A·B(n-1)), which never forms A^n or n! and so stays finite and exact for
// hundreds of agents; C follows from B: C = N·B / (N - A·(1 - B)).

export interface ErlangInput {
  /** Calls arriving in the interval. */
  calls: number;
  intervalSeconds: number;
  ahtSeconds: number;
  agents: number;
  targetSeconds: number;
}

export interface ErlangResult {
  trafficErlangs: number;
  /** Share answered within the target time (0 when the queue is unstable). */
  serviceLevel: number;
  probabilityWaiting: number;
  /** Average speed of answer (Infinity when agents <= traffic). */
  asaSeconds: number;
  occupancy: number;
}

export function erlangB(traffic: number, agents: number): number {
  let b = 1;
  for (let n = 1; n <= agents; n++) b = (traffic * b) / (n + traffic * b);
  return b;
}

/** Probability that a call has to wait, for `agents` servers offered `traffic` Erlangs. */
export function erlangC(traffic: number, agents: number): number {
  if (traffic <= 0) return 0;
  if (agents <= traffic) return 1;
  const b = erlangB(traffic, agents);
  return (agents * b) / (agents - traffic * (1 - b));
}

export function erlang(input: ErlangInput): ErlangResult {
  const { calls, intervalSeconds, ahtSeconds, agents, targetSeconds } = input;
  const traffic = (calls * ahtSeconds) / intervalSeconds;
  if (traffic <= 0)
    return { trafficErlangs: 0, serviceLevel: 1, probabilityWaiting: 0, asaSeconds: 0, occupancy: 0 };
  if (agents <= traffic)
    return {
      trafficErlangs: traffic,
      serviceLevel: 0,
      probabilityWaiting: 1,
      asaSeconds: Number.POSITIVE_INFINITY,
      occupancy: 1,
    };
  const pw = erlangC(traffic, agents);
  const serviceLevel = 1 - pw * Math.exp((-(agents - traffic) * targetSeconds) / ahtSeconds);
  return {
    trafficErlangs: traffic,
    serviceLevel,
    probabilityWaiting: pw,
    asaSeconds: (pw * ahtSeconds) / (agents - traffic),
    occupancy: traffic / agents,
  };
}

export interface StaffingTarget {
  serviceLevel: number;
  targetSeconds: number;
  maxOccupancy: number;
  /** Share of paid time agents are not on the phone (breaks, training, absence), 0..<1. */
  shrinkage: number;
}

export interface StaffingResult extends ErlangResult {
  agents: number;
  /** Agents to schedule: agents / (1 - shrinkage), rounded up. */
  scheduled: number;
}

/** The fewest agents that meet the service level and keep occupancy at most the maximum. */
export function agentsNeeded(
  load: Omit<ErlangInput, 'agents' | 'targetSeconds'>,
  target: StaffingTarget,
): StaffingResult {
  const traffic = (load.calls * load.ahtSeconds) / load.intervalSeconds;
  if (traffic <= 0) return { ...erlang({ ...load, agents: 0, targetSeconds: 0 }), agents: 0, scheduled: 0 };
  // Occupancy alone already needs traffic / maxOccupancy agents; start there, never below 1.
  let agents = Math.max(1, Math.ceil(traffic / target.maxOccupancy - 1e-9));
  for (; ; agents++) {
    const r = erlang({ ...load, agents, targetSeconds: target.targetSeconds });
    if (r.serviceLevel >= target.serviceLevel && r.occupancy <= target.maxOccupancy)
      return { ...r, agents, scheduled: Math.ceil(agents / (1 - target.shrinkage) - 1e-9) };
  }
}
