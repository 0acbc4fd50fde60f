/** The in-app path to follow a melding; the server's followPath is used only when it is one of ours. */
export function followPathOf(
  gemeente: string,
  caseNumber: string,
  token: string,
  serverPath?: string,
): string {
  if (serverPath && /^\/melding\/[^/?#]+\/[^/?#]+\?token=[^&#]+$/.test(serverPath)) return serverPath;
  const query = new URLSearchParams({ token }).toString();
  return `/melding/${encodeURIComponent(gemeente)}/${encodeURIComponent(caseNumber)}?${query}`;
}
